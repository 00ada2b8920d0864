package com.reptempo.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A halt inside a way, read from the ladder of level passages, told from a smooth way, a rest and breathing. */
class WayStallTest {
    private static final double DT = 0.08;

    /** A way of amp_deg rising in move_s with a halt of pause_s at the fraction at of its travel, 0.5 s of rest first. */
    static double[] way(double amp_deg, double move_s, double at, double pause_s) {
        double tAt = MinJerk.timeAt(at) * move_s;
        int n = (int) ((0.5 + move_s + pause_s) / DT) + 1;
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            double s = i * DT - 0.5;
            double u;
            if (s < 0) u = 0;
            else if (s < tAt) u = s / move_s;
            else if (s < tAt + pause_s) u = tAt / move_s;
            else u = Math.min(1, (s - pause_s) / move_s);
            a[i] = amp_deg * MinJerk.position(u);
        }
        return a;
    }

    @Test
    void aHaltHalfwayOutIsAStall() {
        Excursion e = MidMovementStopTest.rep(2.5, 3.0, 1.0, 0, 3.0, 0.05, 0.1);
        assertTrue(stalled(e, 3.0, 3.0));
    }

    @Test
    void aSmoothRepWithOrWithoutAHoldHasNoStall() {
        assertFalse(stalled(MidMovementStopTest.rep(2.5, 3.0, 0, 0, 3.0, 0.05, 0.1), 3.0, 3.0));
        assertFalse(stalled(MidMovementStopTest.rep(2.5, 3.0, 0, 3.0, 3.0, 0.05, 0.1), 3.0, 3.0));
    }

    @Test
    void aStopLongerThanAHesitationIsARestNotAStall() {
        // 3 s halfway: longer than 0.45 x the 3 s phase; she settled and started again.
        assertFalse(stalled(MidMovementStopTest.rep(2.5, 3.0, 3.0, 0, 3.0, 0.05, 0.1), 3.0, 3.0));
        assertTrue(stalled(MidMovementStopTest.rep(2.5, 3.0, 3.0, 0, 3.0, 0.05, 0.1), 8.0, 8.0),
                "the same stop inside a phase of 8 s target is a hesitation");
    }

    @Test
    void aHaltNearTheRestIsNotCounted() {
        double[] low = way(2.0, 3.0, 0.17, 1.0);
        assertTrue(WayStall.longestStall(low, 0, DT, 0, 1) > 0.8, "the halt is measured");
        assertEquals(0, WayStall.longestStall(low, 0, DT, WayStall.MIN_LEVEL, WayStall.MAX_LEVEL));
        double[] mid = way(2.0, 3.0, 0.35, 1.0);
        double excess = WayStall.longestStall(mid, 0, DT, WayStall.MIN_LEVEL, WayStall.MAX_LEVEL);
        assertEquals(1.0, excess, 0.25);
        assertTrue(WayStall.stalls(mid, 0, DT, 3.0));
        assertFalse(WayStall.stalls(way(2.0, 3.0, 0.35, 0), 0, DT, 3.0));
    }

    @Test
    void breathingOnARepAtItsPaceIsNoStall() {
        assertFalse(stalled(MidMovementStopTest.rep(2.0, 3.0, 0, 0, 3.0, 0.3, 0.15), 3.0, 3.0));
    }

    @Test
    void breathingOnATooSlowWayCanPassForAStallWhichIsWhyTooSlowRepsAreLeftAlone() {
        // 2 deg over 8 s with a 0.3 deg breath every 4 s: the breath holds the way still for a second.
        // RepAssembler therefore does not apply the rule to a rep judged too-slow.
        assertTrue(stalled(MidMovementStopTest.rep(2.0, 8.0, 0, 0, 8.0, 0.3, 0.15), 3.0, 3.0));
    }

    /** {@link WayStall#stalled} of e, resampled as the assembler does. */
    private static boolean stalled(Excursion e, double outMax_s, double backMax_s) {
        return WayStall.stalled(e, EvenMovement.of(e), outMax_s, backMax_s);
    }
}

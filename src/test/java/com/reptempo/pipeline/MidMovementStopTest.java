package com.reptempo.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stops in the middle of a way, told from the top hold and from breathing on a slow rep. */
class MidMovementStopTest {
    private static final double DT = 0.01;

    /** A rep of amp_deg: out in out_s (with a pause of pause_s halfway when > 0), a hold, back in back_s; plus breathing. */
    static Excursion rep(double amp_deg, double out_s, double pause_s, double hold_s, double back_s,
                         double breath_deg, double sigma_deg) {
        double total = 0.5 + out_s + pause_s + hold_s + back_s + 0.5;
        int n = (int) (total / DT) + 1;
        double[] t = new double[n];
        double[] phi = new double[n];
        double firstEnd = 0.5 + out_s / 2;
        for (int i = 0; i < n; i++) {
            double s = i * DT;
            t[i] = s;
            double a;
            if (s < 0.5) a = 0;
            else if (pause_s <= 0 && s < 0.5 + out_s) a = amp_deg * MinJerk.position((s - 0.5) / out_s);
            else if (pause_s > 0 && s < firstEnd) a = 0.5 * amp_deg * MinJerk.position((s - 0.5) / (out_s / 2));
            else if (pause_s > 0 && s < firstEnd + pause_s) a = 0.5 * amp_deg;
            else if (pause_s > 0 && s < firstEnd + pause_s + out_s / 2) {
                a = 0.5 * amp_deg + 0.5 * amp_deg * MinJerk.position((s - firstEnd - pause_s) / (out_s / 2));
            } else if (s < 0.5 + out_s + pause_s + hold_s) a = amp_deg;
            else if (s < 0.5 + out_s + pause_s + hold_s + back_s) {
                a = amp_deg * (1 - MinJerk.position((s - 0.5 - out_s - pause_s - hold_s) / back_s));
            } else a = 0;
            phi[i] = a + breath_deg * Math.sin(2 * Math.PI * s / 4.0);
        }
        int peak = 0;
        for (int i = 1; i < n; i++) if (phi[i] > phi[peak]) peak = i;
        return new Excursion(0, n - 1, t, phi, phi, phi[peak], peak, phi[peak] / sigma_deg, 0, 1, 0, 0, 0, 1,
                Excursion.End.RETURNED, 0);
    }

    @Test
    void aPauseHalfwayOutIsAStopAndItsWayIsJerky() {
        double s = sparc(rep(2.5, 2.0, 0.9, 0, 3.0, 0.05, 0.1));
        assertTrue(s < -2.0, "the stopped way's SPARC is below the default limit: " + s);
    }

    @Test
    void aSmoothRepAndItsTopHoldAreNoStop() {
        assertEquals(0, sparc(rep(2.5, 3.0, 0, 0, 3.0, 0.05, 0.1)));
        assertEquals(0, sparc(rep(2.5, 3.0, 0, 3.0, 3.0, 0.05, 0.1)));
    }

    @Test
    void breathingOnASlowRepIsNoStop() {
        // 2 deg over 8 s (about 0.25 deg/s) with a 0.3 deg breath every 4 s: the breath can reverse
        // the movement, but the movement is nowhere 10 wobbles per second fast.
        Excursion slow = rep(2.0, 8.0, 0, 0, 8.0, 0.3, 0.15);
        assertEquals(0, sparc(slow));
    }

    @Test
    void withoutTheSpeedGuardBreathingWouldLookLikeAStop() {
        Excursion slow = rep(2.0, 8.0, 0, 0, 8.0, 0.3, 0.001);
        assertTrue(sparc(slow) < 0, "the dip itself is deep");
    }

    /**
     * A 2.5 deg rep out in 3 s, back in 2.2 s to a quarter of its travel, still there for 1 s, then the
     * last quarter home in 0.6 s (rest wobble 0.1 deg, so the speed guard is 1 deg/s).
     */
    static Excursion pausedAQuarterAboveTheRest() {
        double amp = 2.5;
        int n = (int) ((0.5 + 3.0 + 2.2 + 1.0 + 0.6 + 0.5) / DT) + 1;
        double[] t = new double[n];
        double[] phi = new double[n];
        for (int i = 0; i < n; i++) {
            double s = i * DT;
            t[i] = s;
            double a;
            if (s < 0.5) a = 0;
            else if (s < 3.5) a = amp * MinJerk.position((s - 0.5) / 3.0);
            else if (s < 5.7) a = amp * (1 - 0.75 * MinJerk.position((s - 3.5) / 2.2));
            else if (s < 6.7) a = 0.25 * amp;
            else if (s < 7.3) a = 0.25 * amp * (1 - MinJerk.position((s - 6.7) / 0.6));
            else a = 0;
            phi[i] = a;
        }
        int peak = 0;
        for (int i = 1; i < n; i++) if (phi[i] > phi[peak]) peak = i;
        return new Excursion(0, n - 1, t, phi, phi, phi[peak], peak, phi[peak] / 0.1, 0, 1, 0, 0, 0, 1,
                Excursion.End.RETURNED, 0);
    }

    @Test
    void theSpeedAfterAStopLowOnTheWayIsTakenWhereSheMovesAgain() {
        // The last quarter moves fastest at an eighth of the travel, below the stretch searched for
        // the stop (20-80 %): within that stretch it is still slower than the speed guard.
        double s = sparc(pausedAQuarterAboveTheRest());
        assertTrue(s < 0, "the way back with a stop at a quarter of its travel is judged whole: " + s);
    }

    /** A 2.5 deg rep after a fidget that moved 0.75 deg along the rep's axis and offAxis_deg across it. */
    static Excursion afterFidget(double offAxis_deg) {
        int n = (int) ((0.5 + 0.8 + 1.2 + 2.5 + 3.0 + 0.5) / DT) + 1;
        double[] t = new double[n];
        double[] phi = new double[n];
        double[] theta = new double[n];
        for (int i = 0; i < n; i++) {
            double s = i * DT;
            t[i] = s;
            double f = s < 0.5 ? 0 : s < 1.3 ? MinJerk.position((s - 0.5) / 0.8) : 1;
            if (s < 2.5) phi[i] = 0.75 * f;
            else if (s < 5.0) phi[i] = 0.75 + 1.75 * MinJerk.position((s - 2.5) / 2.5);
            else if (s < 8.0) phi[i] = 2.5 * (1 - MinJerk.position((s - 5.0) / 3.0));
            else phi[i] = 0;
            double across = offAxis_deg * f;
            theta[i] = Math.sqrt(phi[i] * phi[i] + across * across);
        }
        return new Excursion(0, n - 1, t, theta, phi, 2.5, 500, 50, 0, 1, 0, 0, 0, 1, Excursion.End.RETURNED, 0);
    }

    @Test
    void theRestAfterAFidgetOffTheRepsAxisIsNoStop() {
        assertTrue(sparc(afterFidget(0)) < 0, "on the rep's axis the gap is a stop");
        assertEquals(0, sparc(afterFidget(0.75)));
    }
    /**
     * A 2.5 deg rep (out in 3 s, back in 3 s) after a bump along its own axis: up 1 deg in 0.8 s, back
     * to the rest in 0.8 s, still for 1 s (rest wobble 0.05 deg). The detector's movement holds both.
     */
    static Excursion afterABumpBackToRest() {
        int n = (int) ((0.5 + 1.6 + 1.0 + 3.0 + 3.0 + 0.5) / DT) + 1;
        double[] t = new double[n];
        double[] phi = new double[n];
        int peak = 0;
        for (int i = 0; i < n; i++) {
            double s = i * DT;
            t[i] = s;
            if (s < 0.5) phi[i] = 0;
            else if (s < 1.3) phi[i] = MinJerk.position((s - 0.5) / 0.8);
            else if (s < 2.1) phi[i] = 1 - MinJerk.position((s - 1.3) / 0.8);
            else if (s < 3.1) phi[i] = 0;
            else if (s < 6.1) phi[i] = 2.5 * MinJerk.position((s - 3.1) / 3.0);
            else if (s < 9.1) phi[i] = 2.5 * (1 - MinJerk.position((s - 6.1) / 3.0));
            else phi[i] = 0;
            if (phi[i] > phi[peak]) peak = i;
        }
        return new Excursion(0, n - 1, t, phi, phi, 2.5, peak, 50, 0, 1, 0, 0, 0, 1, Excursion.End.RETURNED, 0);
    }

    @Test
    void aWayThatTurnsBackToTheRestIsTwoMovementsNotAStop() {
        // The bump's top is zero speed between fast stretches at 40 % of the travel; but the rotation
        // falls back to the rest after it, which no pause does.
        assertEquals(0, sparc(afterABumpBackToRest()));
        assertTrue(MidMovementStop.lastSetOff_s(EvenMovement.of(afterABumpBackToRest())) > 2.5, "the rep sets off after the bump");
    }

    /** {@link MidMovementStop#stoppedWaySparc} of e, resampled as the assembler does. */
    static double sparc(Excursion e) {
        return MidMovementStop.stoppedWaySparc(e, EvenMovement.of(e), Double.NEGATIVE_INFINITY);
    }
}

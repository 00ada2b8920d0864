package com.reptempo.pipeline;

import com.reptempo.model.PhaseKind;
import com.reptempo.model.PhaseResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which stretch of the rotation the smoothness of a rep's way out is measured on. */
class SmoothnessTest {
    @Test
    void aBumpBackToTheRestBeforeTheWayOutIsNotPartOfIt() {
        // The way-out phase extrapolated back over the bump (0.5-6.1 s, 5.6 s against a 3 s target):
        // judged from where the rotation set off for the last time, the smooth way is not jerky.
        Excursion e = MidMovementStopTest.afterABumpBackToRest();
        List<PhaseResult> phases = List.of(new PhaseResult("lift", PhaseKind.MOVEMENT, 0.5, 6.1, 3, 3),
                new PhaseResult("lower", PhaseKind.MOVEMENT, 6.1, 9.1, 3, 3));
        double s = Smoothness.measure(e, EvenMovement.of(e), phases, 0).sparc();
        assertTrue(s > -2.0, "smooth from where it set off: " + s);
    }
    /**
     * A 3.2 deg arm/leg extension (out in 3.5 s, hold 3 s, back in 3.5 s) after a shift of the body
     * along its own axis that left the pelvis 0.8 deg off its old rest, still there for 2.5 s: the
     * detector's movement holds both, and its way out does not fall back, so it is not two movements by
     * {@link MidMovementStop#lastSetOff_s}.
     */
    static Excursion afterAShiftToANewRest() {
        double dt = 0.01;
        int n = (int) ((0.5 + 1.0 + 2.5 + 3.5 + 3.0 + 3.5 + 0.5) / dt) + 1;
        double[] t = new double[n];
        double[] phi = new double[n];
        int peak = 0;
        for (int i = 0; i < n; i++) {
            double s = i * dt;
            t[i] = s;
            if (s < 0.5) phi[i] = 0;
            else if (s < 1.5) phi[i] = 0.8 * MinJerk.position((s - 0.5) / 1.0);
            else if (s < 4.0) phi[i] = 0.8;
            else if (s < 7.5) phi[i] = 0.8 + 2.4 * MinJerk.position((s - 4.0) / 3.5);
            else if (s < 10.5) phi[i] = 3.2;
            else if (s < 14.0) phi[i] = 3.2 * (1 - MinJerk.position((s - 10.5) / 3.5));
            else phi[i] = 0;
            phi[i] += 0.03 * Math.sin(2 * Math.PI * s / 4.0);
            if (phi[i] > phi[peak]) peak = i;
        }
        return new Excursion(0, n - 1, t, phi, phi, phi[peak], peak, 60, 0, 1, 0, 0, 0, 1, Excursion.End.RETURNED, 0);
    }

    /** The phases timed for {@link #afterAShiftToANewRest}: its way out extrapolated back over the shift. */
    private static List<PhaseResult> phasesAfterTheShift() {
        return List.of(new PhaseResult("extend", PhaseKind.MOVEMENT, 0.5, 7.5, 3, 4),
                new PhaseResult("hold", PhaseKind.HOLD, 7.5, 10.5, 3, 4),
                new PhaseResult("return", PhaseKind.MOVEMENT, 10.5, 14.0, 3, 4));
    }

    @Test
    void aShiftToANewRestBeforeTheWayOutIsNotPartOfIt() {
        // The way-out phase extrapolated back over the shift (0.5-7.5 s, 7 s against a 3-4 s target): a
        // still of 2.5 s is a rest, not a hesitation (at most 0.45 x 4 s), and the way is judged from it.
        Excursion e = afterAShiftToANewRest();
        EvenMovement even = EvenMovement.of(e);
        List<PhaseResult> phases = phasesAfterTheShift();
        double restEnd_s = MidMovementStop.restEnd_s(even, WayStall.MAX_TARGET_FRACTION * 4);
        assertTrue(restEnd_s > 3.8 && restEnd_s < 4.6, "sets off from the new rest at 4.0 s: " + restEnd_s);
        double s = Smoothness.measure(e, even, phases, 0).sparc();
        assertTrue(s > -2.0, "smooth from where it set off: " + s);
    }

    @Test
    void theStopOfAWayIsLookedForFromTheRestItSetOffFrom() {
        // The still at the shift's new rest lies at 25 % of the travel: searched from the old rest it is a
        // stop on the way; from the new rest, where the rep's way out begins, the way has none. The
        // assembler's checks for a partial or too-slow rep read the latter.
        Excursion e = afterAShiftToANewRest();
        EvenMovement even = EvenMovement.of(e);
        List<PhaseResult> phases = phasesAfterTheShift();
        assertTrue(MidMovementStop.stoppedWaySparc(e, even, Double.NEGATIVE_INFINITY) < 0, "a stop when searched from the old rest");
        assertEquals(0, Smoothness.measure(e, even, phases, 0).stoppedWaySparc());
    }

    @Test
    void aHesitationOnTheWayIsNoRest() {
        // Out in 2 s with a 0.9 s pause halfway (the simulator's mid-rep pause): still for less than
        // 0.45 x the 3 s target maximum, so the whole way is judged, and it is jerky.
        Excursion e = MidMovementStopTest.rep(2.5, 2.0, 0.9, 0, 3.0, 0.05, 0.1);
        EvenMovement even = EvenMovement.of(e);
        assertEquals(Double.NEGATIVE_INFINITY, MidMovementStop.restEnd_s(even, WayStall.MAX_TARGET_FRACTION * 3));
        List<PhaseResult> phases = List.of(new PhaseResult("lift", PhaseKind.MOVEMENT, 0.5, 3.4, 3, 3),
                new PhaseResult("lower", PhaseKind.MOVEMENT, 3.4, 6.4, 3, 3));
        double s = Smoothness.measure(e, even, phases, 0).sparc();
        assertTrue(s < -2.0, "the paused way stays jerky: " + s);
    }
}

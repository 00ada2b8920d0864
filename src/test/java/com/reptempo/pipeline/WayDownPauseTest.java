package com.reptempo.pipeline;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.FaultKind;
import com.reptempo.model.FaultThresholds;
import com.reptempo.model.RepResult;
import com.reptempo.model.Side;
import com.reptempo.storage.RoutineJson;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rep whose movement the detector closed at a pause on the way down, told from a rep that settled off its rest. */
class WayDownPauseTest {
    private static final double DT = 0.01;
    private static final ExerciseDefinition REAR_LEG_LIFT = RoutineJson.bundled().get("rear-leg-lift");

    /**
     * A smooth 2.5 deg rep: 0.5 s still, out in 3 s, back in back_s to left (a fraction of the travel), then still
     * there for 0.5 s and closed SETTLED; extra_s of stillness first (a movement longer than a rep).
     */
    static Excursion cutAt(double left, double back_s, double extra_s) {
        double amp = 2.5;
        double lead = 0.5 + extra_s;
        int n = (int) ((lead + 3.0 + back_s + 0.5) / DT) + 1;
        double[] t = new double[n];
        double[] phi = new double[n];
        for (int i = 0; i < n; i++) {
            double s = i * DT;
            t[i] = s;
            if (s < lead) phi[i] = 0;
            else if (s < lead + 3.0) phi[i] = amp * MinJerk.position((s - lead) / 3.0);
            else if (s < lead + 3.0 + back_s) phi[i] = amp * (1 - (1 - left) * MinJerk.position((s - lead - 3.0) / back_s));
            else phi[i] = left * amp;
        }
        int peak = 0;
        for (int i = 1; i < n; i++) if (phi[i] > phi[peak]) peak = i;
        return new Excursion(0, n - 1, t, phi, phi, phi[peak], peak, phi[peak] / 0.05, 0, 1, 0, 0, 0, 1,
                Excursion.End.SETTLED, 0);
    }

    /** {@link WayDownPause#cut} of a rear-leg-lift rep, with the movement's way back left found as the assembler does. */
    private static boolean cut(Excursion e, boolean partialRange) {
        return WayDownPause.cut(e, REAR_LEG_LIFT, partialRange, PhaseTimer.wayBackLeftUnlessReturned(e));
    }

    @Test
    void aRepStoppedHalfwayDownIsCutAtAPause() {
        assertTrue(cut(cutAt(0.5, 1.5, 0), false));
    }

    @Test
    void aRepThatSettledALittleOffItsRestIsNot() {
        assertFalse(cut(cutAt(0.2, 2.8, 0), false));
    }

    @Test
    void aPartialRepOrAMovementLongerThanARepIsNot() {
        assertFalse(cut(cutAt(0.5, 1.5, 0), true), "partial range");
        assertFalse(cut(cutAt(0.5, 1.5, 3.0), false), "longer than the 6 s of a whole rep");
    }

    @Test
    void theRepCutAtThePauseIsJudgedJerkyAlthoughItsSpeedIsSmooth() {
        Excursion e = cutAt(0.5, 1.5, 0);
        RepResult r = new RepAssembler(REAR_LEG_LIFT, FaultThresholds.DEFAULTS)
                .assemble(1, e, PhaseTimer.time(e, 0), Side.LEFT, 2.5, 0, 0.05);
        assertTrue(r.smoothness() > FaultThresholds.DEFAULTS.jerkySparcLimit(), "smooth by SPARC: " + r.smoothness());
        assertTrue(r.has(FaultKind.JERKY));
        Excursion settled = cutAt(0.2, 2.8, 0);
        assertFalse(new RepAssembler(REAR_LEG_LIFT, FaultThresholds.DEFAULTS)
                .assemble(1, settled, PhaseTimer.time(settled, 0), Side.LEFT, 2.5, 0, 0.05).has(FaultKind.JERKY));
    }
}

package com.reptempo.pipeline;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.PhaseKind;
import com.reptempo.model.PhaseTarget;

/** The detector's limits for an exercise, from its phase targets. */
final class DetectorSettings {
    /** Reps of the routine turn the pelvis a few tens of degrees at most; beyond this is a change of posture. */
    static final double MAX_RANGE_DEG = 45;
    /** Custom exercises may turn the sensor much further (a limb). */
    static final double MAX_RANGE_CUSTOM_DEG = 170;

    private DetectorSettings() {
    }

    static ExcursionDetector.Settings forExercise(ExerciseDefinition ex) {
        double maxHold = 0;
        double maxRep = 0;
        for (PhaseTarget p : ex.phases()) {
            if (p.kind() == PhaseKind.HOLD) maxHold = Math.max(maxHold, p.max_s());
            maxRep += p.max_s();
        }
        double stuck = Math.max(8.0, 2.5 * maxHold + 2.0);
        double range = "custom".equals(ex.id()) ? MAX_RANGE_CUSTOM_DEG : MAX_RANGE_DEG;
        return new ExcursionDetector.Settings(stuck, range, Math.max(30, 4 * maxRep));
    }
}

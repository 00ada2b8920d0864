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

    /**
     * A movement that goes from half its peak to the peak faster than this fraction of the
     * exercise's shortest movement phase (minimum) is a quick step, not a rep
     * ({@link ExcursionDetector#STEP_STILL_S}): a minimum-jerk phase covers its second half in half
     * its time, and a rushed rep does a phase in at least 0.4 of its minimum, so 0.2 of it.
     */
    static final double QUICK_RISE_FRACTION = 0.18;

    private DetectorSettings() {
    }

    static ExcursionDetector.Settings forExercise(ExerciseDefinition ex) {
        double maxHold = 0;
        double maxRep = 0;
        double minMove = Double.POSITIVE_INFINITY;
        for (PhaseTarget p : ex.phases()) {
            if (p.kind() == PhaseKind.HOLD) maxHold = Math.max(maxHold, p.max_s());
            if (p.kind() == PhaseKind.MOVEMENT) minMove = Math.min(minMove, p.min_s());
            maxRep += p.max_s();
        }
        double quickRise = Double.isInfinite(minMove) ? 0 : QUICK_RISE_FRACTION * minMove;
        double stuck = Math.max(8.0, 2.5 * maxHold + 2.0);
        double range = "custom".equals(ex.id()) ? MAX_RANGE_CUSTOM_DEG : MAX_RANGE_DEG;
        return new ExcursionDetector.Settings(stuck, range, Math.max(30, 4 * maxRep), quickRise);
    }
}

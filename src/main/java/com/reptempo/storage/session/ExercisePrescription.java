package com.reptempo.storage.session;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.PhaseTarget;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a physiotherapist prescribed for one exercise: target reps, phase tempo ranges and fault
 * thresholds. Null reps and missing phases keep the routine's values.
 *
 * @param exerciseId the exercise, e.g. "cobra-lift"
 * @param minReps    target reps, lower end (per side for per-side exercises), or null
 * @param maxReps    target reps, upper end, or null
 * @param phases     phase ranges by phase name (only the phases that change)
 * @param thresholds fault thresholds that change
 */
public record ExercisePrescription(String exerciseId, Integer minReps, Integer maxReps, List<PhaseRange> phases,
                                   ThresholdOverrides thresholds) {
    public ExercisePrescription {
        Objects.requireNonNull(exerciseId, "exerciseId");
        phases = phases == null ? List.of() : List.copyOf(phases);
        thresholds = thresholds == null ? ThresholdOverrides.NONE : thresholds;
    }

    /**
     * The routine's exercise with this prescription applied.
     *
     * @throws IllegalArgumentException naming what does not fit (unknown phase, bad range, bad threshold)
     */
    public ExerciseDefinition applyTo(ExerciseDefinition base) {
        if (!base.id().equals(exerciseId)) {
            throw new IllegalArgumentException("prescription for " + exerciseId + " applied to " + base.id());
        }
        List<PhaseTarget> targets = new ArrayList<>(base.phases());
        for (PhaseRange r : phases) {
            int i = indexOf(targets, r.name());
            if (i < 0) {
                throw new IllegalArgumentException(exerciseId + ": unknown phase '" + r.name() + "'; its phases are "
                        + base.phases().stream().map(PhaseTarget::name).toList());
            }
            targets.set(i, new PhaseTarget(r.name(), targets.get(i).kind(), r.min_s(), r.max_s()));
        }
        int min = minReps != null ? minReps : base.minReps();
        int max = maxReps != null ? maxReps : Math.max(base.maxReps(), min);
        if (min > 100 || max > 100) throw new IllegalArgumentException(exerciseId + ": at most 100 reps can be prescribed");
        return new ExerciseDefinition(base.id(), base.name(), base.position(), base.instructions(), base.placement(),
                base.sides(), min, max, targets, base.formFaults(), thresholds.over(base.thresholds()));
    }

    private static int indexOf(List<PhaseTarget> targets, String name) {
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i).name().equals(name)) return i;
        }
        return -1;
    }
}

package com.reptempo.simulator;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.FaultKind;
import com.reptempo.model.FaultThresholds;
import com.reptempo.model.PhaseKind;
import com.reptempo.model.PhaseTarget;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The pipeline faults a realised rep should get, from its truth and the exercise's thresholds
 * (the rules of {@link FaultKind} and {@link FaultThresholds}).
 */
final class ExpectedFaults {
    private ExpectedFaults() {
    }

    /** Median of the set's rep amplitudes, degrees (the "typical range" for partial-range). */
    static double medianAmplitude_deg(List<RepTruth> reps) {
        double[] a = reps.stream().mapToDouble(RepTruth::amplitude_deg).sorted().toArray();
        if (a.length == 0) return 0;
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }

    /** The expected faults of {@code rep} in a set whose median amplitude is {@code median_deg}, sorted. */
    static List<FaultKind> of(ExerciseDefinition ex, RepTruth rep, double median_deg) {
        FaultThresholds t = ex.thresholds();
        Set<FaultKind> out = EnumSet.noneOf(FaultKind.class);
        for (int i = 0; i < rep.phases().size(); i++) {
            PhaseTarget target = ex.phases().get(i);
            double d = rep.phases().get(i).duration_s();
            if (target.kind() == PhaseKind.MOVEMENT && d < t.tooFastFactor() * target.min_s()) out.add(FaultKind.TOO_FAST);
            if (d > t.tooSlowFactor() * target.max_s()) out.add(FaultKind.TOO_SLOW);
            if (target.kind() == PhaseKind.HOLD && d < t.shortHoldFactor() * target.min_s()) out.add(FaultKind.SHORT_HOLD);
        }
        if (rep.peakPelvisRotation_deg() > t.maxPelvisRotation_deg()) out.addAll(ex.formFaults());
        if (rep.amplitude_deg() < t.partialRangeFraction() * median_deg) out.add(FaultKind.PARTIAL_RANGE);
        if (!rep.pauses().isEmpty()) out.add(FaultKind.JERKY);
        return Arrays.stream(FaultKind.values()).filter(out::contains).toList();
    }
}

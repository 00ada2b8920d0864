package com.reptempo.pipeline;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Fault;
import com.reptempo.model.FaultKind;
import com.reptempo.model.FaultThresholds;

import java.util.ArrayList;
import java.util.List;

/**
 * Form faults of a rep. {@code back-lift} / {@code unstable-pelvis} (whichever the exercise checks)
 * when the sensor, which rides on the pelvis, turned more than maxPelvisRotation_deg from the
 * rep's starting orientation; {@code partial-range} when the rep's range is below
 * partialRangeFraction × the set's typical (median) range; {@code jerky} when the smoothness
 * (SPARC) of its movement phases, or of a way with a stop in its middle ({@link MidMovementStop}),
 * is below jerkySparcLimit.
 */
final class FormJudge {
    /**
     * Smoothness is only judged for reps at least this many times larger than the rest wobble:
     * below that, breathing and tremor shape the speed profile as much as the movement does. Such a rep can still be
     * jerky by a stop in its way ({@link MidMovementStop}, judged in {@link RepAssembler}).
     */
    static final double MIN_SMOOTHNESS_SNR = 10;

    private FormJudge() {
    }

    static List<Fault> judge(ExerciseDefinition ex, FaultThresholds th, double range_deg, double pelvis_deg,
                             double typicalRange_deg, double smoothness, double wobble_deg) {
        List<Fault> faults = new ArrayList<>();
        for (FaultKind k : new FaultKind[] {FaultKind.BACK_LIFT, FaultKind.UNSTABLE_PELVIS}) {
            if (ex.formFaults().contains(k) && pelvis_deg > th.maxPelvisRotation_deg()) {
                double dev = pelvis_deg - th.maxPelvisRotation_deg();
                faults.add(new Fault(k, null, dev, 100 * dev / th.maxPelvisRotation_deg()));
            }
        }
        faults.addAll(partialRange(th, range_deg, typicalRange_deg));
        if (smoothness < th.jerkySparcLimit() && range_deg >= MIN_SMOOTHNESS_SNR * wobble_deg) {
            double dev = smoothness - th.jerkySparcLimit();
            faults.add(new Fault(FaultKind.JERKY, null, smoothness, 100 * dev / Math.abs(th.jerkySparcLimit())));
        }
        return faults;
    }

    /** The partial-range fault alone (re-judged at the end of the set against the whole set's median). */
    static List<Fault> partialRange(FaultThresholds th, double range_deg, double typicalRange_deg) {
        if (!(typicalRange_deg > 0) || range_deg >= th.partialRangeFraction() * typicalRange_deg) return List.of();
        double fraction = range_deg / typicalRange_deg;
        return List.of(new Fault(FaultKind.PARTIAL_RANGE, null, fraction,
                100 * (range_deg - th.partialRangeFraction() * typicalRange_deg) / (th.partialRangeFraction() * typicalRange_deg)));
    }
}

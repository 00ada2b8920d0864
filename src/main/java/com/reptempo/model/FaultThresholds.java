package com.reptempo.model;

/**
 * When a rep is flagged. Defaults follow the product design and may be changed per patient.
 *
 * @param tooFastFactor          a movement phase shorter than this × target min is too fast (0.75)
 * @param tooSlowFactor          a phase longer than this × target max is too slow (1.5)
 * @param shortHoldFactor        a hold shorter than this × target min is a short hold (0.75)
 * @param maxPelvisRotation_deg  pelvis rotation from the rep's start beyond this is a form fault (5°)
 * @param partialRangeFraction   a rep whose range is below this fraction of the set's typical
 *                               range is partial (0.6)
 * @param jerkySparcLimit        a rep whose movement-phase SPARC smoothness is below this (more
 *                               negative = less smooth) is jerky (-2.0; the pipeline measures SPARC
 *                               on the low-passed rotation, see docs/PIPELINE.md)
 */
public record FaultThresholds(double tooFastFactor, double tooSlowFactor, double shortHoldFactor,
                              double maxPelvisRotation_deg, double partialRangeFraction, double jerkySparcLimit) {
    /** The product defaults. */
    public static final FaultThresholds DEFAULTS = new FaultThresholds(0.75, 1.5, 0.75, 5.0, 0.6, -2.0);

    public FaultThresholds {
        if (!(tooFastFactor > 0 && tooFastFactor <= 1)) throw new IllegalArgumentException("tooFastFactor must be in (0, 1]");
        if (!(tooSlowFactor >= 1)) throw new IllegalArgumentException("tooSlowFactor must be >= 1");
        if (!(shortHoldFactor > 0 && shortHoldFactor <= 1)) throw new IllegalArgumentException("shortHoldFactor must be in (0, 1]");
        if (!(maxPelvisRotation_deg > 0 && maxPelvisRotation_deg < 90)) throw new IllegalArgumentException("maxPelvisRotation_deg must be in (0, 90)");
        if (!(partialRangeFraction > 0 && partialRangeFraction < 1)) throw new IllegalArgumentException("partialRangeFraction must be in (0, 1)");
        if (!(jerkySparcLimit < 0)) throw new IllegalArgumentException("jerkySparcLimit must be negative");
    }
}

package com.reptempo.storage.session;

import com.reptempo.model.FaultThresholds;

/**
 * Fault thresholds a physiotherapist changed; null fields keep the exercise's own value.
 * Field meanings as in {@link FaultThresholds}.
 */
public record ThresholdOverrides(Double tooFastFactor, Double tooSlowFactor, Double shortHoldFactor,
                                 Double maxPelvisRotation_deg, Double partialRangeFraction, Double jerkySparcLimit) {
    /** Changes nothing. */
    public static final ThresholdOverrides NONE = new ThresholdOverrides(null, null, null, null, null, null);

    /** Every value of {@code t}, as overrides. */
    public static ThresholdOverrides all(FaultThresholds t) {
        return new ThresholdOverrides(t.tooFastFactor(), t.tooSlowFactor(), t.shortHoldFactor(),
                t.maxPelvisRotation_deg(), t.partialRangeFraction(), t.jerkySparcLimit());
    }

    /**
     * {@code base} with these overrides applied.
     *
     * @throws IllegalArgumentException when a value is out of its allowed range
     */
    public FaultThresholds over(FaultThresholds base) {
        return new FaultThresholds(
                tooFastFactor != null ? tooFastFactor : base.tooFastFactor(),
                tooSlowFactor != null ? tooSlowFactor : base.tooSlowFactor(),
                shortHoldFactor != null ? shortHoldFactor : base.shortHoldFactor(),
                maxPelvisRotation_deg != null ? maxPelvisRotation_deg : base.maxPelvisRotation_deg(),
                partialRangeFraction != null ? partialRangeFraction : base.partialRangeFraction(),
                jerkySparcLimit != null ? jerkySparcLimit : base.jerkySparcLimit());
    }
}

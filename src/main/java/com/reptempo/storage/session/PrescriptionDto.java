package com.reptempo.storage.session;

import java.util.List;

/**
 * prescription.json as plain records (also embedded in session.json as the prescription in
 * force). Mapped by {@link PrescriptionJson}.
 */
public final class PrescriptionDto {
    private PrescriptionDto() {
    }

    /** The whole prescription; {@code updated} is an ISO date such as "2025-03-02". */
    public record Document(int schemaVersion, String patient, String setBy, String updated,
                           List<ExerciseEntry> exercises) {
    }

    /** One exercise; null fields keep the routine's values. */
    public record ExerciseEntry(String id, Integer minReps, Integer maxReps, List<Range> phases, Thresholds thresholds) {
    }

    /** A phase's target range by phase name. */
    public record Range(String name, Double min_s, Double max_s) {
    }

    /** Fault thresholds; null keeps the exercise's value. */
    public record Thresholds(Double tooFastFactor, Double tooSlowFactor, Double shortHoldFactor,
                             Double maxPelvisRotation_deg, Double partialRangeFraction, Double jerkySparcLimit) {
    }
}

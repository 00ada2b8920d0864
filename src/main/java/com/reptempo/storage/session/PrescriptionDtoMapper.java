package com.reptempo.storage.session;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Maps {@link Prescription} to and from {@link PrescriptionDto}. Errors are IllegalArgumentExceptions with a message. */
final class PrescriptionDtoMapper {
    private PrescriptionDtoMapper() {
    }

    static PrescriptionDto.Document toDto(Prescription p) {
        return new PrescriptionDto.Document(PrescriptionJson.SCHEMA_VERSION, p.patient(), p.setBy().isEmpty() ? null : p.setBy(),
                p.updated() == null ? null : p.updated().toString(),
                p.exercises().stream().map(PrescriptionDtoMapper::exercise).toList());
    }

    private static PrescriptionDto.ExerciseEntry exercise(ExercisePrescription e) {
        List<PrescriptionDto.Range> phases = e.phases().stream()
                .map(r -> new PrescriptionDto.Range(r.name(), r.min_s(), r.max_s())).toList();
        return new PrescriptionDto.ExerciseEntry(e.exerciseId(), e.minReps(), e.maxReps(), phases.isEmpty() ? null : phases,
                e.thresholds().equals(ThresholdOverrides.NONE) ? null : thresholds(e.thresholds()));
    }

    static PrescriptionDto.Thresholds thresholds(ThresholdOverrides t) {
        return new PrescriptionDto.Thresholds(t.tooFastFactor(), t.tooSlowFactor(), t.shortHoldFactor(),
                t.maxPelvisRotation_deg(), t.partialRangeFraction(), t.jerkySparcLimit());
    }

    static ThresholdOverrides thresholds(PrescriptionDto.Thresholds t) {
        if (t == null) return ThresholdOverrides.NONE;
        return new ThresholdOverrides(t.tooFastFactor(), t.tooSlowFactor(), t.shortHoldFactor(),
                t.maxPelvisRotation_deg(), t.partialRangeFraction(), t.jerkySparcLimit());
    }

    static Prescription toDomain(PrescriptionDto.Document d) {
        if (d.patient() == null) throw new IllegalArgumentException("\"patient\" is missing");
        LocalDate updated;
        try {
            updated = d.updated() == null ? null : LocalDate.parse(d.updated());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"updated\" must be a date such as 2025-03-02, got '" + d.updated() + "'", e);
        }
        List<PrescriptionDto.ExerciseEntry> entries = d.exercises() == null ? List.of() : d.exercises();
        return new Prescription(d.patient(), d.setBy(), updated, entries.stream().map(PrescriptionDtoMapper::exercise).toList());
    }

    private static ExercisePrescription exercise(PrescriptionDto.ExerciseEntry e) {
        if (e == null || e.id() == null) throw new IllegalArgumentException("an exercise entry has no \"id\"");
        List<PhaseRange> phases = e.phases() == null ? List.of() : e.phases().stream().map(r -> range(e.id(), r)).toList();
        return new ExercisePrescription(e.id(), e.minReps(), e.maxReps(), phases, thresholds(e.thresholds()));
    }

    private static PhaseRange range(String exercise, PrescriptionDto.Range r) {
        if (r == null || r.name() == null || r.min_s() == null || r.max_s() == null) {
            throw new IllegalArgumentException(exercise + ": every phase needs \"name\", \"min_s\" and \"max_s\"");
        }
        return new PhaseRange(r.name(), r.min_s(), r.max_s());
    }
}

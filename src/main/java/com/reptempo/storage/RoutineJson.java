package com.reptempo.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.FaultKind;
import com.reptempo.model.FaultThresholds;
import com.reptempo.model.PhaseKind;
import com.reptempo.model.PhaseTarget;
import com.reptempo.model.Placement;
import com.reptempo.model.Routine;
import com.reptempo.model.SideMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the routine definition JSON (the bundled {@code routine.json}, or a physiotherapist's
 * override with the same schema). The JSON is mapped onto plain DTO records first and then
 * validated into the model, so the model stays free of Jackson.
 */
public final class RoutineJson {
    /** Highest routine schema version this program reads. */
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    record ThresholdsDto(Double tooFastFactor, Double tooSlowFactor, Double shortHoldFactor,
                         Double maxPelvisRotation_deg, Double partialRangeFraction, Double jerkySparcLimit) {
        FaultThresholds over(FaultThresholds base) {
            return new FaultThresholds(
                    tooFastFactor != null ? tooFastFactor : base.tooFastFactor(),
                    tooSlowFactor != null ? tooSlowFactor : base.tooSlowFactor(),
                    shortHoldFactor != null ? shortHoldFactor : base.shortHoldFactor(),
                    maxPelvisRotation_deg != null ? maxPelvisRotation_deg : base.maxPelvisRotation_deg(),
                    partialRangeFraction != null ? partialRangeFraction : base.partialRangeFraction(),
                    jerkySparcLimit != null ? jerkySparcLimit : base.jerkySparcLimit());
        }
    }

    record DefaultsDto(ThresholdsDto thresholds) {
    }

    record PhaseDto(String name, PhaseKind kind, double min_s, double max_s) {
    }

    record ExerciseDto(String id, String name, String position, String instructions, Placement placement,
                       SideMode sides, int minReps, int maxReps, List<PhaseDto> phases, List<String> formFaults,
                       ThresholdsDto thresholds) {
    }

    record RoutineDto(int schemaVersion, DefaultsDto defaults, List<ExerciseDto> exercises) {
    }

    /** The routine bundled with the program. */
    public static Routine bundled() {
        try (InputStream in = RoutineJson.class.getResourceAsStream("routine.json")) {
            if (in == null) throw new IllegalStateException("routine.json missing from the program's resources");
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled routine.json is broken", e);
        }
    }

    /** Reads and validates a routine; the message names what is wrong. */
    public static Routine read(InputStream in) throws IOException {
        RoutineDto dto;
        try {
            dto = MAPPER.readValue(in, RoutineDto.class);
        } catch (JsonProcessingException e) {
            throw new SampleFileException("routine definition is not valid: " + e.getOriginalMessage(), e);
        }
        if (dto.schemaVersion() < 1 || dto.schemaVersion() > SCHEMA_VERSION) {
            throw new SampleFileException("routine definition has schema version " + dto.schemaVersion()
                    + "; this program reads version " + SCHEMA_VERSION + " (update RepTempo)");
        }
        if (dto.exercises() == null || dto.exercises().isEmpty()) {
            throw new SampleFileException("routine definition has no exercises");
        }
        FaultThresholds base = dto.defaults() != null && dto.defaults().thresholds() != null
                ? dto.defaults().thresholds().over(FaultThresholds.DEFAULTS) : FaultThresholds.DEFAULTS;
        try {
            return new Routine(dto.exercises().stream().map(e -> toModel(e, base)).toList());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new SampleFileException("routine definition is not valid: " + e.getMessage(), e);
        }
    }

    private static ExerciseDefinition toModel(ExerciseDto e, FaultThresholds base) {
        if (e.phases() == null) throw new IllegalArgumentException(e.id() + ": no phases");
        List<PhaseTarget> phases = e.phases().stream()
                .map(p -> new PhaseTarget(p.name(), p.kind(), p.min_s(), p.max_s())).toList();
        Set<FaultKind> form = new LinkedHashSet<>();
        if (e.formFaults() != null) e.formFaults().forEach(f -> form.add(FaultKind.fromId(f)));
        FaultThresholds t = e.thresholds() != null ? e.thresholds().over(base) : base;
        return new ExerciseDefinition(e.id(), e.name(), e.position() == null ? "" : e.position(),
                e.instructions() == null ? "" : e.instructions(),
                e.placement() == null ? Placement.UNSPECIFIED : e.placement(), e.sides(), e.minReps(), e.maxReps(),
                phases, form, t);
    }

    private RoutineJson() {
    }
}

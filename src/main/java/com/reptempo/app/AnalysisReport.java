package com.reptempo.app;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Fault;
import com.reptempo.model.FaultKind;
import com.reptempo.model.PhaseResult;
import com.reptempo.model.RepResult;
import com.reptempo.model.SetResult;
import com.reptempo.model.Side;
import com.reptempo.model.TargetText;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The analysis of a set as plain DTO records for JSON ({@code analyze --json}; schema in the
 * README's "Analysis" section). Times in seconds, rounded to the millisecond; the model records
 * are never serialised directly.
 */
public final class AnalysisReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The whole document. */
    @JsonPropertyOrder({"exercise", "count", "countsBySide", "reps", "summary"})
    public record Document(String exercise, int count, SideCounts countsBySide, List<Rep> reps, Summary summary) {
    }

    /** Reps per side; null for exercises not done per side. */
    public record SideCounts(int left, int right) {
    }

    /** One rep. */
    @JsonPropertyOrder({"index", "start_s", "end_s", "side", "phases", "faults", "faultDetails", "quality", "range_deg",
            "pelvisRotation_deg", "smoothness"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Rep(int index, double start_s, double end_s, String side, List<Phase> phases, List<String> faults,
                      List<FaultDetail> faultDetails, double quality, double range_deg, double pelvisRotation_deg,
                      double smoothness) {
    }

    /** One phase. */
    @JsonPropertyOrder({"name", "kind", "start_s", "end_s", "duration_s", "target_min_s", "target_max_s"})
    public record Phase(String name, String kind, double start_s, double end_s, double duration_s, double target_min_s,
                        double target_max_s) {
    }

    /** A fault with its size. */
    @JsonPropertyOrder({"id", "phase", "deviation", "deviation_percent"})
    public record FaultDetail(String id, String phase, double deviation, double deviation_percent) {
    }

    /** The set as a whole. */
    @JsonPropertyOrder({"exercise_name", "quality", "start_s", "end_s", "target_reps", "faults", "mean_range_deg",
            "mean_duration_s"})
    public record Summary(String exercise_name, double quality, double start_s, double end_s, String target_reps,
                          Map<String, Integer> faults, double mean_range_deg, double mean_duration_s) {
    }

    private AnalysisReport() {
    }

    public static Document of(SetResult set, ExerciseDefinition exercise) {
        List<Rep> reps = set.reps().stream().map(AnalysisReport::rep).toList();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (FaultKind k : FaultKind.values()) {
            int n = (int) set.reps().stream().filter(r -> r.has(k)).count();
            counts.put(k.id(), n);
        }
        double meanRange = set.reps().stream().mapToDouble(RepResult::range_deg).average().orElse(0);
        double meanDuration = set.reps().stream().mapToDouble(RepResult::duration_s).average().orElse(0);
        String target = TargetText.PLAIN.repRange(exercise) + (exercise.perSide() ? " per side" : "");
        Summary summary = new Summary(exercise.name(), set.quality(), r3(set.start_s()), r3(set.end_s()), target, counts,
                r3(meanRange), r3(meanDuration));
        SideCounts sides = exercise.perSide() ? new SideCounts(set.count(Side.LEFT), set.count(Side.RIGHT)) : null;
        return new Document(exercise.id(), set.count(), sides, reps, summary);
    }

    private static Rep rep(RepResult r) {
        List<Phase> phases = r.phases().stream().map(AnalysisReport::phase).toList();
        List<String> ids = r.faults().stream().map(f -> f.kind().id()).distinct().toList();
        List<FaultDetail> details = r.faults().stream().map(AnalysisReport::detail).toList();
        return new Rep(r.index(), r3(r.start_s()), r3(r.end_s()), r.side() == null ? null : r.side().name().toLowerCase(Locale.ROOT),
                phases, ids, details, r.quality(), r3(r.range_deg()), r3(r.pelvisRotation_deg()), r3(r.smoothness()));
    }

    private static Phase phase(PhaseResult p) {
        return new Phase(p.name(), p.kind().name(), r3(p.start_s()), r3(p.end_s()), r3(p.duration_s()), p.targetMin_s(),
                p.targetMax_s());
    }

    private static FaultDetail detail(Fault f) {
        return new FaultDetail(f.kind().id(), f.phase(), r3(f.deviation()), Math.round(f.deviationPercent() * 10) / 10.0);
    }

    static double r3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** The document as indented JSON. */
    public static String json(Document d) {
        try {
            return MAPPER.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a document back (golden tests compare documents). */
    public static Document parse(String json) {
        try {
            return MAPPER.readValue(json, Document.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

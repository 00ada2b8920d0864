package com.reptempo.cli;

import com.reptempo.app.AnalysisReport;
import com.reptempo.app.AnalyzeRecording;
import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.PhaseResult;
import com.reptempo.model.RepResult;
import com.reptempo.model.Routine;
import com.reptempo.model.SetResult;
import com.reptempo.model.Side;
import com.reptempo.pipeline.PipelineOptions;
import com.reptempo.storage.RoutineJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code reptempo analyze FILE --exercise ID [--json]}: counts, times and judges the reps of one set. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Count the reps of one set in a recording, time every phase against the targets and flag faults.",
                "FILE is a RepTempo CSV (t_s,ax_g,ay_g,az_g[,gx_dps,gy_dps,gz_dps]) or a raw capture (.rtraw)."})
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The recording.")
    Path file;

    @Option(names = "--exercise", required = true, paramLabel = "ID",
            description = "Exercise id from the routine, e.g. heel-scoop, cobra-lift, rear-leg-lift, arm-leg-extension, custom.")
    String exercise;

    @Option(names = "--json", description = "Print exactly one JSON document (schema in the README).")
    boolean json;

    @Option(names = "--first-side", paramLabel = "SIDE", defaultValue = "right",
            description = "Side of the set's first rep for exercises done per side: left or right (default: ${DEFAULT-VALUE}).")
    String firstSide;

    @Option(names = "--from", paramLabel = "SECONDS", description = "Analyse only from this time on (one set of a longer recording).")
    Double from;

    @Option(names = "--to", paramLabel = "SECONDS", description = "Analyse only up to this time.")
    Double to;

    @Option(names = "--routine", paramLabel = "FILE", description = "A routine definition overriding the bundled one (a physiotherapist's prescription).")
    Path routineFile;

    @Override
    public Integer call() throws IOException {
        Routine routine = routine();
        ExerciseDefinition ex = routine.find(exercise).orElseThrow(() -> new UserFacingException("unknown exercise '"
                + exercise + "'; known: " + routine.exercises().stream().map(ExerciseDefinition::id).collect(Collectors.joining(", "))));
        Side side = side(firstSide);
        AnalyzeRecording.Recording rec = AnalyzeRecording.read(file);
        if (from != null || to != null) {
            double a = from == null ? Double.NEGATIVE_INFINITY : from;
            double b = to == null ? Double.POSITIVE_INFINITY : to;
            if (!(b > a)) throw new UserFacingException("--to must be after --from");
            rec = new AnalyzeRecording.Recording(rec.file(), AnalyzeRecording.span(rec.samples(), a, b), rec.hasGyro());
        }
        SetResult result = AnalyzeRecording.analyze(rec, ex, PipelineOptions.defaults().withFirstSide(side));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(AnalysisReport.json(AnalysisReport.of(result, ex)));
        } else {
            printHuman(out, rec, ex, result);
        }
        out.flush();
        return 0;
    }

    private Routine routine() throws IOException {
        if (routineFile == null) return RoutineJson.bundled();
        if (!Files.isRegularFile(routineFile)) throw new UserFacingException("no such routine file: " + routineFile);
        try (InputStream in = Files.newInputStream(routineFile)) {
            return RoutineJson.read(in);
        }
    }

    static Side side(String s) {
        String v = s.trim().toLowerCase(Locale.ROOT);
        if (v.equals("left")) return Side.LEFT;
        if (v.equals("right")) return Side.RIGHT;
        throw new UserFacingException("--first-side must be left or right, got '" + s + "'");
    }

    private static void printHuman(PrintWriter out, AnalyzeRecording.Recording rec, ExerciseDefinition ex, SetResult r) {
        out.printf(Locale.ROOT, "%s: %s, %.1f s, %d samples%s%n", rec.file().getFileName(), ex.name(), rec.duration_s(),
                rec.samples().size(), rec.hasGyro() ? "" : " (accelerometer only)");
        String sides = ex.perSide() ? String.format(Locale.ROOT, " (left %d, right %d)", r.count(Side.LEFT), r.count(Side.RIGHT)) : "";
        out.printf(Locale.ROOT, "%d reps%s, set quality %.0f/100%n", r.count(), sides, r.quality());
        for (RepResult rep : r.reps()) {
            String phases = rep.phases().stream().map(AnalyzeCommand::phase).collect(Collectors.joining(", "));
            String faults = rep.faults().isEmpty() ? "good" : rep.faults().stream().map(f -> f.kind().id()
                    + (f.phase() != null ? " (" + f.phase() + ")" : "")).distinct().collect(Collectors.joining(", "));
            out.printf(Locale.ROOT, "  #%-2d %7.1f-%7.1f s %-5s %s | range %.1f deg | %s | quality %.0f%n", rep.index(),
                    rep.start_s(), rep.end_s(), rep.side() == null ? "" : rep.side().name().toLowerCase(Locale.ROOT), phases,
                    rep.range_deg(), faults, rep.quality());
        }
    }

    private static String phase(PhaseResult p) {
        String target = p.targetMin_s() == p.targetMax_s() ? String.format(Locale.ROOT, "%.0f", p.targetMin_s())
                : String.format(Locale.ROOT, "%.0f-%.0f", p.targetMin_s(), p.targetMax_s());
        return String.format(Locale.ROOT, "%s %.1f/%s s", p.name(), p.duration_s(), target);
    }
}

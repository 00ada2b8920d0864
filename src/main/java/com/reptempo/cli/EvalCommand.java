package com.reptempo.cli;

import com.reptempo.app.EvalFolder;
import com.reptempo.app.EvalScore;
import com.reptempo.storage.RoutineJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code reptempo eval DIR}: scores the pipeline on every labelled recording in a folder. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Run the analysis over every labelled recording in a folder and score it against the labels:",
                "simulator sessions (X.csv with X.truth.json beside it) and/or a labels.json (id -> exercise, reps)."})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder.")
    Path dir;

    @Option(names = "--quiet", description = "Only the figures, not one line per set.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        EvalFolder.Result result = EvalFolder.run(dir, RoutineJson.bundled());
        PrintWriter out = spec.commandLine().getOut();
        if (!quiet) {
            for (EvalFolder.Item i : result.items()) {
                out.printf(Locale.ROOT, "%-60s %-18s true %3d  found %3d  %s%n", i.source(), i.exercise(), i.trueCount(),
                        i.count(), i.error() == 0 ? "ok" : String.format(Locale.ROOT, "%+d", i.error()));
            }
        }
        EvalScore.Report r = result.report();
        out.printf(Locale.ROOT, "sets %d: count exact %.1f%%, within one %.1f%%, mean absolute count error %.3f%n", r.sets(),
                r.exactPercent(), r.withinOnePercent(), r.meanAbsCountError());
        if (r.trueReps() > 0) {
            out.printf(Locale.ROOT, "reps %d true, %d found, %d matched: precision %.4f, recall %.4f%n", r.trueReps(),
                    r.detectedReps(), r.matchedReps(), r.precision(), r.recall());
            if (r.sideChecked() > 0) out.printf(Locale.ROOT, "side accuracy %.4f (%d reps)%n", r.sideAccuracy(), r.sideChecked());
            out.printf(Locale.ROOT, "phase boundaries: median error %.3f s, p90 %.3f s (%d boundaries)%n", r.boundaryMedian_s(),
                    r.boundaryP90_s(), r.boundaries());
            for (EvalScore.FaultScore f : r.faults()) {
                out.printf(Locale.ROOT, "  %-16s precision %s recall %s (tp %d, fp %d, fn %d)%n", f.fault(), fmt(f.precision()),
                        fmt(f.recall()), f.truePositives(), f.falsePositives(), f.falseNegatives());
            }
        }
        out.printf(Locale.ROOT, "speed: %d samples analysed at %.2f million samples/s%n", result.samples(),
                result.samplesPerSecond() / 1e6);
        out.flush();
        return 0;
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "  n/a" : String.format(Locale.ROOT, "%.3f", v);
    }
}

package com.reptempo.cli;

import com.reptempo.model.Sample;
import com.reptempo.simulator.Pacing;
import com.reptempo.simulator.SessionPlan;
import com.reptempo.simulator.SimulatedSession;
import com.reptempo.storage.SampleCsvWriter;
import com.reptempo.storage.TruthJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code reptempo simulate}: writes a simulated session as CSV with its ground truth beside it. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Writes a simulated sensor session (CSV) and its ground truth (X.truth.json beside X.csv).",
                "The data are simulated, not recorded from a person."})
public final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SimulationOptions simulation;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV file to write; the truth goes to FILE.truth.json.")
    Path out;

    @Override
    public Integer call() throws IOException {
        SessionPlan plan = simulation.plan(Pacing.ONCE);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) throw new UserFacingException("folder " + parent + " does not exist");
        SimulatedSession session = SimulatedSession.generate(plan);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             SampleCsvWriter csv = new SampleCsvWriter(w, plan.sensor().hasGyro())) {
            for (Sample s : session.samples()) csv.write(s);
        }
        Path truth = TruthJson.truthPathFor(out);
        TruthJson.write(truth, plan, session.truth());
        int repCount = session.truth().allReps().size();
        long faulty = session.truth().allReps().stream().filter(r -> !r.injectedFaults().isEmpty()).count();
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %d samples, %.1f s at %d Hz, %d set(s), %d reps (%d with injected faults), %d non-reps; truth in %s%n",
                out, session.samples().size(), session.truth().duration_s(), simulation.rate, session.truth().sets().size(), repCount,
                faulty, session.truth().allNonReps().size(), truth);
        spec.commandLine().getOut().flush();
        return 0;
    }
}

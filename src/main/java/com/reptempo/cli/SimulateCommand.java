package com.reptempo.cli;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Routine;
import com.reptempo.model.Sample;
import com.reptempo.simulator.FaultPlan;
import com.reptempo.simulator.InjectedFault;
import com.reptempo.simulator.Mounting;
import com.reptempo.simulator.SensorSpec;
import com.reptempo.simulator.SessionPlan;
import com.reptempo.simulator.SetPlan;
import com.reptempo.simulator.SimulatedSession;
import com.reptempo.storage.RoutineJson;
import com.reptempo.storage.SampleCsvWriter;
import com.reptempo.storage.TruthJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code reptempo simulate}: writes a simulated session as CSV with its ground truth beside it. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Writes a simulated sensor session (CSV) and its ground truth (X.truth.json beside X.csv).",
                "The data are simulated, not recorded from a person."})
public final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--exercise", required = true, paramLabel = "ID",
            description = "Exercise id (heel-scoop, cobra-lift, rear-leg-lift, arm-leg-extension) or 'routine' for all four.")
    String exercise;

    @Option(names = "--reps", paramLabel = "N", description = "Reps (per side for per-side exercises); default: the exercise's minimum.")
    Integer reps;

    @Option(names = "--tempo", paramLabel = "F", defaultValue = "1.0",
            description = "Multiplies phase durations: 0.6 = rushing, 1 = on target (default), 0.3..3.")
    double tempo;

    @Option(names = "--faults", paramLabel = "KIND", split = ",",
            description = "Faults to inject: rushed, too-slow, short-hold, pelvis-rotation, partial-range, mid-rep-pause, abandoned; or all, none.")
    List<String> faults = new ArrayList<>();

    @Option(names = "--fault-rate", paramLabel = "P", description = "Probability of a fault in further reps, 0..1 (default 0.3 with --faults).")
    Double faultRate;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default 1).")
    long seed;

    @Option(names = "--rate", paramLabel = "HZ", defaultValue = "100", description = "Sample rate, 10..1000 Hz (default 100).")
    int rate;

    @Option(names = "--no-gyro", description = "Simulate an accelerometer-only sensor.")
    boolean noGyro;

    @Option(names = "--mounting", paramLabel = "NAME", defaultValue = "upright",
            description = "How the sensor is worn: upright, upside-down, tilted, sideways, inverted, random.")
    String mounting;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV file to write; the truth goes to FILE.truth.json.")
    Path out;

    @Override
    public Integer call() throws IOException {
        SessionPlan plan = plan();
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
                out, session.samples().size(), session.truth().duration_s(), rate, session.truth().sets().size(), repCount,
                faulty, session.truth().allNonReps().size(), truth);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private SessionPlan plan() {
        Routine routine = RoutineJson.bundled();
        List<ExerciseDefinition> exercises = exercises(routine);
        if (reps != null && (reps < 1 || reps > 100)) throw new UserFacingException("--reps must be 1..100, got " + reps);
        if (!(tempo >= 0.3 && tempo <= 3)) throw new UserFacingException("--tempo must be 0.3..3 (0.6 = rushing), got " + tempo);
        if (rate < 10 || rate > 1000) throw new UserFacingException("--rate must be 10..1000 Hz, got " + rate);
        if (faultRate != null && !(faultRate >= 0 && faultRate <= 1)) throw new UserFacingException("--fault-rate must be 0..1, got " + faultRate);
        Set<InjectedFault> kinds = faultKinds(exercises);
        FaultPlan faultPlan = kinds.isEmpty() ? FaultPlan.NONE
                : FaultPlan.of(kinds, faultRate != null ? faultRate : FaultPlan.DEFAULT_RATE);
        Mounting m;
        try {
            m = Mounting.named(mounting, seed);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("--mounting: " + e.getMessage());
        }
        SensorSpec sensor = SensorSpec.mpu6050(rate);
        List<SetPlan> sets = exercises.stream().map(e -> new SetPlan(e, reps != null ? reps : e.minReps())).toList();
        return SessionPlan.of(sets).withSensor(noGyro ? sensor.withoutGyro() : sensor).withMounting(m).withSeed(seed)
                .withTempo(tempo).withFaults(faultPlan);
    }

    private List<ExerciseDefinition> exercises(Routine routine) {
        List<String> known = routine.exercises().stream().map(ExerciseDefinition::id).filter(SessionPlan::supports).toList();
        String id = exercise.trim().toLowerCase(Locale.ROOT);
        if (id.equals("routine")) return routine.exercises().stream().filter(e -> SessionPlan.supports(e.id())).toList();
        ExerciseDefinition e = routine.find(id).orElseThrow(() -> new UserFacingException(
                "unknown exercise '" + exercise + "'; use one of: " + String.join(", ", known) + ", routine"));
        if (!SessionPlan.supports(id)) {
            throw new UserFacingException("the simulator has no motion model for '" + id + "'; use one of: "
                    + String.join(", ", known) + ", routine");
        }
        return List.of(e);
    }

    private Set<InjectedFault> faultKinds(List<ExerciseDefinition> exercises) {
        Set<InjectedFault> kinds = EnumSet.noneOf(InjectedFault.class);
        for (String f : faults) {
            String n = f.trim().toLowerCase(Locale.ROOT);
            if (n.equals("none")) continue;
            if (n.equals("all")) {
                kinds.addAll(EnumSet.allOf(InjectedFault.class));
                continue;
            }
            InjectedFault k;
            try {
                k = InjectedFault.fromId(n);
            } catch (IllegalArgumentException e) {
                throw new UserFacingException("--faults: " + e.getMessage() + ", all, none");
            }
            if (exercises.stream().noneMatch(k::appliesTo)) {
                throw new UserFacingException("--faults: '" + k.id() + "' does not apply to "
                        + String.join(", ", exercises.stream().map(ExerciseDefinition::id).toList())
                        + (k == InjectedFault.SHORT_HOLD ? " (no hold phase)" : " (no pelvis check)"));
            }
            kinds.add(k);
        }
        return kinds;
    }
}

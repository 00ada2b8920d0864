package com.reptempo.cli;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Routine;
import com.reptempo.simulator.FaultPlan;
import com.reptempo.simulator.InjectedFault;
import com.reptempo.simulator.Mounting;
import com.reptempo.simulator.Pacing;
import com.reptempo.simulator.SensorSpec;
import com.reptempo.simulator.SessionPlan;
import com.reptempo.simulator.SetPlan;
import com.reptempo.storage.RoutineJson;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a simulated person does and with which sensor: shared by {@code simulate} and the demo
 * sensor of {@code record --demo}. Validates every value with a one-line message.
 */
final class SimulationOptions {
    static final String EXERCISE_IDS = "heel-scoop, cobra-lift, rear-leg-lift, arm-leg-extension or routine";

    @Option(names = "--exercise", paramLabel = "ID",
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

    /**
     * The plan these options describe, paced {@code pacing} ({@link Pacing#LOOP} repeats its sets with
     * rests for as long as it is read).
     */
    SessionPlan plan(Pacing pacing) {
        if (exercise == null) throw new UserFacingException("--exercise is required: " + EXERCISE_IDS);
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
                .withTempo(tempo).withFaults(faultPlan).withPacing(pacing);
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

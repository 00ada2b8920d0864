package com.reptempo.simulator;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Routine;

import java.util.List;
import java.util.Objects;

/**
 * Everything that determines a simulated session: the same plan gives the same samples and truth.
 * Build one with {@link #of}, {@link #singleSet} or {@link #routine} and adjust it with the
 * {@code with...} methods.
 *
 * @param sets         the sets, in order
 * @param pacing       when the person starts her sets and whether the session ends: once through
 *                     the sets, over and over, or each set on cue (the live demo)
 * @param sensor       the simulated sensor
 * @param mounting     how the sensor is turned on the body
 * @param seed         random seed
 * @param tempo        multiplies every normal phase duration (0.6 = rushing, 1 = on target); 0.3..3
 * @param faults       which faults to inject
 * @param disturbances fidgets, bumps, breathing, tremor
 */
public record SessionPlan(List<SetPlan> sets, Pacing pacing, SensorSpec sensor, Mounting mounting, long seed,
                          double tempo, FaultPlan faults, Disturbances disturbances) {
    public SessionPlan {
        sets = List.copyOf(sets);
        if (sets.isEmpty()) throw new IllegalArgumentException("a session needs at least one set");
        Objects.requireNonNull(pacing, "pacing");
        Objects.requireNonNull(sensor, "sensor");
        Objects.requireNonNull(mounting, "mounting");
        Objects.requireNonNull(faults, "faults");
        Objects.requireNonNull(disturbances, "disturbances");
        if (!(tempo >= 0.3 && tempo <= 3)) throw new IllegalArgumentException("tempo must be 0.3..3");
    }

    /** These sets once, with defaults: MPU-6050 at 100 Hz, upright, seed 1, tempo 1, good form, realistic disturbances. */
    public static SessionPlan of(List<SetPlan> sets) {
        return new SessionPlan(sets, Pacing.ONCE, SensorSpec.mpu6050(100), Mounting.upright(), 1, 1.0, FaultPlan.NONE,
                Disturbances.DEFAULT);
    }

    /** One set of {@code exercise}. */
    public static SessionPlan singleSet(ExerciseDefinition exercise, int repsPerSide) {
        return of(List.of(new SetPlan(exercise, repsPerSide)));
    }

    /** Every exercise of the routine the simulator models, in routine order, at its minimum reps. */
    public static SessionPlan routine(Routine routine) {
        return of(routine.exercises().stream().filter(e -> supports(e.id())).map(SetPlan::of).toList());
    }

    /** True when the simulator has a motion model for this exercise id. */
    public static boolean supports(String exerciseId) {
        return ExerciseMotion.supports(exerciseId);
    }

    /** The same plan paced another way: once through its sets, over and over, or each set on cue. */
    public SessionPlan withPacing(Pacing p) {
        return new SessionPlan(sets, p, sensor, mounting, seed, tempo, faults, disturbances);
    }

    /** The same plan with another sensor. */
    public SessionPlan withSensor(SensorSpec s) {
        return new SessionPlan(sets, pacing, s, mounting, seed, tempo, faults, disturbances);
    }

    /** The same plan with another mounting. */
    public SessionPlan withMounting(Mounting m) {
        return new SessionPlan(sets, pacing, sensor, m, seed, tempo, faults, disturbances);
    }

    /** The same plan with another random seed. */
    public SessionPlan withSeed(long s) {
        return new SessionPlan(sets, pacing, sensor, mounting, s, tempo, faults, disturbances);
    }

    /** The same plan with another tempo factor (0.3..3; 0.6 = rushing). */
    public SessionPlan withTempo(double t) {
        return new SessionPlan(sets, pacing, sensor, mounting, seed, t, faults, disturbances);
    }

    /** The same plan injecting these faults. */
    public SessionPlan withFaults(FaultPlan f) {
        return new SessionPlan(sets, pacing, sensor, mounting, seed, tempo, f, disturbances);
    }

    /** The same plan with other non-rep disturbances. */
    public SessionPlan withDisturbances(Disturbances d) {
        return new SessionPlan(sets, pacing, sensor, mounting, seed, tempo, faults, d);
    }
}

package com.reptempo.simulator;

import com.reptempo.model.ExerciseDefinition;

import java.util.Objects;

/**
 * One set to simulate.
 *
 * @param exercise    the exercise (must be one the simulator models, see {@link SessionPlan#supports})
 * @param repsPerSide reps, per side for exercises done per side (1..100)
 */
public record SetPlan(ExerciseDefinition exercise, int repsPerSide) {
    public SetPlan {
        Objects.requireNonNull(exercise, "exercise");
        if (repsPerSide < 1 || repsPerSide > 100) throw new IllegalArgumentException("reps must be 1..100");
        if (!ExerciseMotion.supports(exercise.id())) {
            throw new IllegalArgumentException("the simulator has no motion model for exercise '" + exercise.id() + "'");
        }
    }

    /** The exercise's minimum reps. */
    public static SetPlan of(ExerciseDefinition exercise) {
        return new SetPlan(exercise, exercise.minReps());
    }

    /** Total reps of the set (both sides). */
    public int totalReps() {
        return exercise.perSide() ? 2 * repsPerSide : repsPerSide;
    }
}

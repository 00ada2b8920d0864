package com.reptempo.model;

import java.util.List;
import java.util.Objects;

/**
 * The analysis of one set of one exercise.
 *
 * @param exerciseId  the exercise
 * @param reps        the reps, in order
 * @param quality     0..100 for the whole set
 * @param start_s     first sample analysed, seconds
 * @param end_s       last sample analysed, seconds
 */
public record SetResult(String exerciseId, List<RepResult> reps, double quality, double start_s, double end_s) {
    public SetResult {
        Objects.requireNonNull(exerciseId, "exerciseId");
        reps = List.copyOf(reps);
    }

    public int count() {
        return reps.size();
    }

    /** Reps on one side. */
    public int count(Side side) {
        return (int) reps.stream().filter(r -> r.side() == side).count();
    }
}

package com.reptempo.simulator;

import java.util.List;

/**
 * The ground truth of a whole simulated session.
 *
 * @param initialStill the still period at the start (standing, sensor already worn)
 * @param sets         the sets, in order
 * @param sampleCount  samples generated
 * @param duration_s   time of the last sample, seconds
 */
public record SessionTruth(TimeSpan initialStill, List<SetTruth> sets, long sampleCount, double duration_s) {
    public SessionTruth {
        sets = List.copyOf(sets);
    }

    /** Every counted rep of every set, in order. */
    public List<RepTruth> allReps() {
        return sets.stream().flatMap(s -> s.reps().stream()).toList();
    }

    /** Every labelled non-rep of every set, in order. */
    public List<NonRepTruth> allNonReps() {
        return sets.stream().flatMap(s -> s.nonReps().stream()).toList();
    }
}

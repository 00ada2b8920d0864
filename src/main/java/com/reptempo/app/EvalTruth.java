package com.reptempo.app;

import com.reptempo.model.Side;

import java.util.List;
import java.util.Set;

/** Ground truth for evaluating the pipeline, from a simulator truth file or a labels.json entry. */
public final class EvalTruth {
    private EvalTruth() {
    }

    /** One labelled rep: its span, side (or null), phase boundaries (start, every inner boundary, end) and expected fault ids. */
    public record Rep(double start_s, double end_s, Side side, double[] boundaries_s, Set<String> faults) {
    }

    /**
     * One labelled set.
     *
     * @param source    where it comes from (file name, set number)
     * @param exercise  exercise id
     * @param from_s    first sample to analyse
     * @param to_s      last sample to analyse
     * @param count     true number of reps
     * @param reps      the reps with their timing, or null when only the count is known
     * @param firstSide side of the first rep (the user tells the pipeline), or null
     */
    public record LabelledSet(String source, String exercise, double from_s, double to_s, int count, List<Rep> reps,
                              Side firstSide) {
        public boolean detailed() {
            return reps != null;
        }
    }
}

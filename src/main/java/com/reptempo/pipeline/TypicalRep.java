package com.reptempo.pipeline;

/**
 * The person's typical rep in this set so far: the running medians of the accepted reps' range,
 * width (time above half the peak), duration, way out and way back, and her pace against the exercise's
 * targets. {@link RepClassifier} judges every movement against it. Single-threaded.
 */
final class TypicalRep {
    /** Typical values need this many reps. */
    static final int TYPICAL_AFTER = 3;
    /** The typical range is at least this fraction of one of the largest reps (reps vary by about ±12 %). */
    static final double TYPICAL_OF_LARGE = 0.8;
    /**
     * A rep below this fraction of the largest is a partial rep, not her full range: partial reps
     * reach 25-40 % of her range, her full reps vary by about ±12 % (never below about 0.75 of the
     * largest). With three reps, when the second largest is this far below the largest, two of
     * three are partial: the largest still sets the typical range, as it did with two.
     */
    static final double PARTIAL_OF_LARGEST = 0.5;
    /** Her tempo scales the width rules only once this many reps are known (a few rushed reps early must not). */
    static final int TEMPO_AFTER = 5;
    /** Her pace against the targets is taken within these bounds. */
    static final double MIN_TEMPO = 0.8;
    static final double MAX_TEMPO = 1.25;

    private final double outlierRange_deg;
    private final double targetWidth_s;
    private final RunningMedian ranges = new RunningMedian();
    private final RunningMedian widths = new RunningMedian();
    private final RunningMedian durations = new RunningMedian();
    private final RunningMedian returns = new RunningMedian();
    private final RunningMedian outs = new RunningMedian();

    /**
     * @param outlierRange_deg reps beyond this range (a form fault) do not teach the typical range
     * @param targetWidth_s    the width of a rep done at the targets, the typical width until reps are known
     */
    TypicalRep(double outlierRange_deg, double targetWidth_s) {
        this.outlierRange_deg = outlierRange_deg;
        this.targetWidth_s = targetWidth_s;
    }

    /**
     * A movement judged a rep: it teaches the typical range and width, and from the rep's measured
     * phases (null: not known) the typical duration, way out and way back. Reps beyond the pelvis limit (a
     * form fault, when the exercise checks it) do not count towards the typical range.
     */
    void accepted(Excursion e, RepTiming timing) {
        if (!outlier(e)) ranges.add(e.peak_deg());
        widths.add(e.timeAboveHalf_s());
        if (timing != null) {
            durations.add(timing.duration_s());
            returns.add(timing.back_s());
            outs.add(timing.out_s());
        }
    }

    /**
     * Forgets the typical range after a run of movements given up alike ({@link GivenUpRun}): it was
     * learned from a first "rep" that was not one, and every real rep since measured as a fraction
     * of it. The reps accepted next teach it afresh.
     */
    void forgetRanges() {
        ranges.clear();
    }

    /** True for a rep beyond the pelvis limit (a form fault): it says nothing about the person's typical rep. */
    boolean outlier(Excursion e) {
        return e.peak_deg() > outlierRange_deg;
    }

    /**
     * Typical range of the reps so far, degrees, or NaN before the first: their median (the lower
     * median while there are only two), but at least {@link #TYPICAL_OF_LARGE} of the largest (of
     * the second largest from three reps on), so that partial reps early in a set do not make
     * every full rep look oversized.
     */
    double range_deg() {
        int n = ranges.size();
        if (n == 0) return Double.NaN;
        double median = n == 2 ? ranges.lowerMedian() : ranges.median();
        double largest = ranges.largest(1);
        boolean twoPartial = n == 3 && ranges.largest(2) < PARTIAL_OF_LARGEST * largest;
        return Math.max(median, TYPICAL_OF_LARGE * (n >= 3 && !twoPartial ? ranges.largest(2) : largest));
    }

    /** True once {@link #TYPICAL_AFTER} ranges are known. */
    boolean rangeSettled() {
        return ranges.size() >= TYPICAL_AFTER;
    }

    /** Typical width of the reps so far (after {@link #TYPICAL_AFTER}), else the targets', seconds. */
    double width_s() {
        return widthKnown() ? widths.median() : targetWidth_s;
    }

    /** The width of a rep done at the targets, seconds. */
    double targetWidth_s() {
        return targetWidth_s;
    }

    /** True once {@link #TYPICAL_AFTER} widths are known. */
    boolean widthKnown() {
        return widths.size() >= TYPICAL_AFTER;
    }

    /** Typical duration of the reps so far (median, after {@link #TYPICAL_AFTER}), else NaN, seconds. */
    double duration_s() {
        return durations.size() >= TYPICAL_AFTER ? durations.median() : Double.NaN;
    }

    /** Typical way back of the reps so far (median, after {@link #TYPICAL_AFTER}), else NaN, seconds. */
    double return_s() {
        return returns.size() >= TYPICAL_AFTER ? returns.median() : Double.NaN;
    }

    /** Typical way out of the reps so far (median, after {@link #TYPICAL_AFTER}), else NaN, seconds. */
    double out_s() {
        return outs.size() >= TYPICAL_AFTER ? outs.median() : Double.NaN;
    }

    /**
     * Her pace against the targets: the typical width over the targets' width, within
     * {@link #MIN_TEMPO}-{@link #MAX_TEMPO} (1 until {@link #TYPICAL_AFTER} reps are known).
     */
    double pace() {
        return Math.max(MIN_TEMPO, Math.min(MAX_TEMPO, width_s() / targetWidth_s));
    }

    /**
     * Her pace as {@link #pace}, but 1 until {@link #TEMPO_AFTER} reps are known: a few rushed reps
     * early in a set must not make a fidget look like a rep.
     */
    double tempoFactor() {
        if (widths.size() < TEMPO_AFTER) return 1;
        return Math.max(MIN_TEMPO, Math.min(MAX_TEMPO, widths.median() / targetWidth_s));
    }
}

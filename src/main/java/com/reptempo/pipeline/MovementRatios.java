package com.reptempo.pipeline;

/**
 * One movement measured against the exercise's targets and the person's reps so far, once, for
 * {@link RepClassifier}'s rules. Ratios against a typical value not known yet are NaN.
 *
 * @param width_s  time the movement spent above half its peak, seconds
 * @param quick    width over the quickest rep's at her tempo ({@link QuickMovementRules#QUICKEST})
 * @param typicalRange_deg the typical range of the reps so far, degrees (NaN before the first)
 * @param range    peak over the typical range (NaN before the first rep)
 * @param width    width over the typical width (the targets' until a few reps are known)
 * @param duration duration (start of the way out to end of the way back) over the typical rep's
 *                 (NaN when the movement's phases or the typical duration are unknown)
 * @param back     way back over the typical rep's (NaN when unknown)
 * @param pace     her pace against the targets ({@link RepClassifier#pace()})
 * @param cos      cosine between the movement's direction and the nearest cluster of reps so far
 *                 (NaN while unknown)
 * @param speed    the mean of its way out's and way back's peak speeds ({@link PeakSpeed}), each over the peak speed
 *                 of a minimum-jerk ramp of the typical range over the typical way out or back (NaN while unknown)
 * @param taught   summed range of the reps that taught that cluster over the typical range (NaN
 *                 while unknown)
 */
record MovementRatios(double width_s, double quick, double typicalRange_deg, double range, double width, double duration, double back,
                      double pace, double cos, double taught, double speed) {
    /** True once the movement's direction can be compared with the reps'. */
    boolean directionKnown() {
        return !Double.isNaN(cos);
    }

    /** True once the typical range is known (from the first rep accepted). */
    boolean typicalKnown() {
        return !Double.isNaN(typicalRange_deg);
    }

    /** True when the movement points like the reps so far: the cosine is known and at least {@code min}. */
    boolean pointsLikeReps(double min) {
        return directionKnown() && cos >= min;
    }

    /** True when the movement points away from the reps so far: the cosine is known and below {@code max}. */
    boolean pointsAwayFromReps(double max) {
        return directionKnown() && cos < max;
    }
}

package com.reptempo.pipeline;

/**
 * A quick movement held ({@link Verdict#HELD}) because it pointed where no side's reps point yet:
 * the rushed first rep of the other side, or a shift on the mat. A rep if the next rep that is not
 * a pelvis outlier points the same way (within {@link #SAME_AXIS_COS}: reps of one side share
 * their axis), or if it points like one side's reps after all, or if, in an exercise done on
 * alternating sides, the next rep is of the same side as the rep before the held movement
 * ({@link SideClassifier#repeatsSide}: she alternates, so the side's rep between them was the held
 * movement); otherwise a shift (fidget).
 * Still waiting at the end of the set, nothing confirms it: dropped without a word. Followed by
 * another held movement, it is counted at once ({@link #countsBefore}), outranks the newcomer
 * ({@link #outranks}), or is replaced by it.
 */
final class HeldQuickMovement extends WaitingMovement {
    /** A held quick movement is a rep when it points this close to the next rep or to a side's reps. */
    static final double SAME_AXIS_COS = 0.95;

    /**
     * A held movement paused at its top at least this long, seconds: a rep's way out and way back
     * are two movements, each coming to rest (a hold between them, or in an exercise without one a
     * stop at the far point), so even a rushed rep dwells there (0.03 s and more in nearly every
     * rushed heel scoop), while a shift on the mat (the switch between blocks, a fidget) is one
     * movement out and back that turns without stopping.
     */
    static final double TOP_HOLD_MIN_S = 0.02;

    /** Paused at its top at least {@link #TOP_HOLD_MIN_S}: shaped like a rep, not like a shift. */
    static boolean heldAtTop(RepTiming timing) {
        return timing.top_s() >= TOP_HOLD_MIN_S;
    }

    /**
     * Shaped like a rushed rep, not like a shift: paused at its top ({@link #heldAtTop}), along a side's
     * axis (cosine to the nearest side's reps cos at least {@link #SAME_AXIS_COS}; NaN: unknown, false)
     * and of a rep's range (range, a fraction of the typical range, from
     * {@link QuickMovementRules#QUICK_RANGE_LO} to {@link QuickMovementRules#QUICK_RANGE_HI}). A shift
     * (the switch between blocks, a fidget) turns without stopping, about whatever axis it takes.
     *
     * @param timing the movement's measured phases (null: unknown, false)
     */
    static boolean rushedRepShape(RepTiming timing, double range, double cos) {
        return timing != null && heldAtTop(timing) && cos >= SAME_AXIS_COS
                && range >= QuickMovementRules.QUICK_RANGE_LO && range <= QuickMovementRules.QUICK_RANGE_HI;
    }

    /**
     * A held movement is counted at once when the next held one points the same way (within
     * {@link #SAME_AXIS_COS}) and the first was partial (below {@link QuickMovementRules#QUICK_RANGE_LO}
     * of the typical range: she tried the new side gingerly) or paused at its top
     * ({@link #heldAtTop}: a rushed rep). Two movements in a row along one new axis are then the other
     * side's reps. A first one of a rep's range that turned straight back is rather the switch between
     * the blocks, a shift whose random axis happened to point like the new side, followed by the new
     * side's rushed first rep: the later one replaces it as before.
     */
    static boolean countsBefore(TimedMovement held, Excursion next, double typicalRange_deg) {
        Excursion first = held.excursion();
        double cos = first.cosTo(next);
        if (first.peak_deg() < QuickMovementRules.QUICK_RANGE_LO * typicalRange_deg) return cos >= PARTIAL_HELD_COS;
        return heldAtTop(held.timing()) && cos >= SAME_AXIS_COS;
    }

    /**
     * The waiting held movement outranks the next held one when it paused at its top and the next
     * did not ({@link #heldAtTop}): the next is a shift (a fidget or the switch), and the waiting
     * one, a rushed rep of the new side, still waits for the rep that confirms it.
     */
    static boolean outranks(TimedMovement held, RepTiming next) {
        return heldAtTop(held.timing()) && !heldAtTop(next);
    }

    /**
     * A next rep below this fraction of the held movement's range is partial: its direction, a tilt over
     * a small range, is turned 20-30 degrees by breathing and drift, so it confirms a held movement that
     * paused at its top when it points like it within {@link QuickMovementRules#YOUNG_CLUSTER_COS} (as a
     * cluster taught by little range does, {@link QuickMovementRules#YOUNG_CLUSTER_RANGE}) rather than
     * {@link #SAME_AXIS_COS} (accr routine 4122 set 1: the second block's rushed first rep, 0.05 s at its
     * top, then a partial rep at a third of its range pointing 0.90 like it).
     */
    static final double PARTIAL_NEXT_RANGE = QuickMovementRules.QUICK_RANGE_LO;

    /**
     * A partial held movement (below {@link QuickMovementRules#QUICK_RANGE_LO} of the typical range) is
     * counted before the next held one when the two point alike within this cosine (the young cluster's
     * {@link QuickMovementRules#YOUNG_CLUSTER_COS}): its own direction is a tilt over a third of the
     * range, turned 20-30 degrees by breathing and drift, so it cannot point like the new side's rushed
     * rep within {@link #SAME_AXIS_COS} (accr routine 4120 set 1: the second block's partial first rep
     * pointing 0.82 like the rushed rep after it was replaced by it).
     */
    static final double PARTIAL_HELD_COS = QuickMovementRules.YOUNG_CLUSTER_COS;

    @Override
    boolean wasRep(TimedMovement waited, Excursion next, SideClassifier sides) {
        Excursion w = waited.excursion();
        if (pointsLikeARep(w, next, sides)) return true;
        return waited.timing() != null && heldAtTop(waited.timing()) && next.peak_deg() < PARTIAL_NEXT_RANGE * w.peak_deg()
                && w.cosTo(next) >= QuickMovementRules.YOUNG_CLUSTER_COS;
    }

    /**
     * The held movement points like the next rep or like a side's reps ({@link #SAME_AXIS_COS}), or,
     * in alternation, the next rep repeats the side before it ({@link SideClassifier#repeatsSide}).
     */
    private static boolean pointsLikeARep(Excursion waited, Excursion next, SideClassifier sides) {
        double same = waited.cosTo(next);
        double known = sides.nearestCos(waited);
        return same >= SAME_AXIS_COS || known >= SAME_AXIS_COS || sides.repeatsSide(next);
    }

    @Override
    boolean repAtEndOfSet() {
        return false;
    }

    @Override
    Verdict droppedAs() {
        return Verdict.FIDGET;
    }
}

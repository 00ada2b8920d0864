package com.reptempo.pipeline;

/**
 * A small movement of an exercise done on alternating sides ({@link Verdict#AWAITS_NEXT_SIDE}): a
 * partial rep if the next rep is of the other side (she alternates), an attempt given up if it is
 * of the same side (she tried that leg again). Still waiting at the end of the set: counted.
 * While a side has no cluster of reps yet (early in the set, {@link RepsSoFar#SIDE_DECIDES_RANGE}),
 * the two movements' own directions tell whether the same leg moved ({@link SideClassifier#sameLegAlone}).
 * The other leg is often clear before the next movement ends: then the pipeline counts the waiting
 * one at once ({@link #UNDER_WAY_RANGE}).
 */
final class NextSideDecides extends WaitingMovement {
    /**
     * The next movement decides for a rep while still under way once its peak reaches this
     * fraction of the typical range pointing like the other leg ({@link SideClassifier#otherLegUnderWay}):
     * the fraction at which the live display announces a movement ({@link LivePhases#CREDIBLE_RANGE}).
     * Later fractions only report later (LatencyStats 41 60, reps over 5 s late: 0.5 gives 20
     * against 12); their counts were not measured.
     */
    static final double UNDER_WAY_RANGE = LivePhases.CREDIBLE_RANGE;

    @Override
    boolean wasRep(TimedMovement timed, Excursion next, SideClassifier sides) {
        Excursion waited = timed.excursion();
        if (!sides.alternatingKnown()) return !sides.sameLegAlone(waited, next);
        return !sides.sameCluster(waited, next);
    }

    @Override
    boolean repAtEndOfSet() {
        return true;
    }

    @Override
    Verdict droppedAs() {
        return Verdict.ABANDONED;
    }
}

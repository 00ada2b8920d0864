package com.reptempo.pipeline;

/**
 * A small movement of an exercise done on alternating sides ({@link Verdict#AWAITS_NEXT_SIDE}): a
 * partial rep if the next rep is of the other side (she alternates), an attempt given up if it is
 * of the same side (she tried that leg again). Still waiting at the end of the set: counted.
 * While a side has no cluster of reps yet (early in the set, {@link RepsSoFar#SIDE_DECIDES_RANGE}),
 * the two movements' own directions tell whether the same leg moved ({@link SideClassifier#sameLegAlone}).
 */
final class NextSideDecides extends WaitingMovement {
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

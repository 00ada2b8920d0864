package com.reptempo.pipeline;

/**
 * A small movement of an exercise done on alternating sides ({@link Verdict#AWAITS_NEXT_SIDE}): a
 * partial rep if the next rep is of the other side (she alternates), an attempt given up if it is
 * of the same side (she tried that leg again). Still waiting at the end of the set: counted.
 */
final class NextSideDecides extends WaitingMovement {
    @Override
    boolean wasRep(Excursion waited, Excursion next, SideClassifier sides) {
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

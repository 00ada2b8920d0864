package com.reptempo.pipeline;

/**
 * A quick movement held ({@link Verdict#HELD}) because it pointed where no side's reps point yet:
 * the rushed first rep of the other side, or a shift on the mat. A rep if the next rep that is not
 * a pelvis outlier points the same way (within {@link #SAME_AXIS_COS}: reps of one side share
 * their axis), or if it points like one side's reps after all, or if, in an exercise done on
 * alternating sides, the next rep is of the same side as the rep before the held movement
 * ({@link SideClassifier#repeatsSide}: she alternates, so the side's rep between them was the held
 * movement); otherwise a shift (fidget).
 * Still waiting at the end of the set, nothing confirms it: dropped without a word.
 */
final class HeldQuickMovement extends WaitingMovement {
    /** A held quick movement is a rep when it points this close to the next rep or to a side's reps. */
    static final double SAME_AXIS_COS = 0.95;

    @Override
    boolean wasRep(Excursion waited, Excursion next, SideClassifier sides) {
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

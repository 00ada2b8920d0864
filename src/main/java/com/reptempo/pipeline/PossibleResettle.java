package com.reptempo.pipeline;

/**
 * A rep of the first block of a set done in blocks that may have been the resettle between blocks
 * ({@link RepClassifier#maybeResettle}). It was the switch to the other side (a fidget) if the
 * next rep that is not a pelvis outlier founds the other side, pointing clearly away from the
 * first side's reps (below {@link SideClassifier#NEW_SIDE_COS}); otherwise it was a rep. Still
 * waiting at the end of the set, no other side came: counted.
 */
final class PossibleResettle extends WaitingMovement {
    @Override
    boolean wasRep(TimedMovement waited, Excursion next, SideClassifier sides) {
        return !(sides.nearestCos(next) < SideClassifier.NEW_SIDE_COS);
    }

    @Override
    boolean repAtEndOfSet() {
        return true;
    }

    @Override
    Verdict droppedAs() {
        return Verdict.FIDGET;
    }
}

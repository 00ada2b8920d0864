package com.reptempo.pipeline;

/**
 * Owns the movements whose verdict waits for the next rep's evidence, one slot per kind of doubt
 * ({@link PendingFirstMovement}, {@link HeldQuickMovement}, {@link PossibleResettle}), and settles
 * them: a movement that was a rep is counted late, in its order, one that was not is withdrawn.
 * Both go back to the pipeline through {@link Outcomes}; the pipeline decides when the evidence has
 * come.
 *
 * <p>Three slots of one movement each; nothing per sample.
 */
final class WaitingSlots {
    /** What settling a waiting movement does to the set. */
    interface Outcomes {
        /** Counts a waiting movement as a rep (late, in its order), founding as any rep does. */
        void countLate(Excursion e, RepTiming timing);

        /** Withdraws an announced movement as {@code why} (the next rep's index is the one announced). */
        void withdraw(Verdict why, double t_s);
    }

    private final WaitingMovement pending = new PendingFirstMovement();
    private final WaitingMovement held = new HeldQuickMovement();
    private final WaitingMovement resettle = new PossibleResettle();
    private final WaitingMovement nextSide = new NextSideDecides();
    private final IntoPositionWatch intoPosition;
    private final Outcomes outcomes;

    /**
     * @param intoPosition tells whether the pending first movement was the move into position on its own
     * @param outcomes     counts or withdraws a settled movement
     */
    WaitingSlots(IntoPositionWatch intoPosition, Outcomes outcomes) {
        this.intoPosition = intoPosition;
        this.outcomes = outcomes;
    }

    /** The slot for the set's first movement while no rep founds the typical one. */
    WaitingMovement pending() {
        return pending;
    }

    /** The slot for a quick movement that may found the other side. */
    WaitingMovement held() {
        return held;
    }

    /** The slot for a possible resettle (or switch) between blocks. */
    WaitingMovement resettle() {
        return resettle;
    }

    /** The slot for a small movement of an alternating exercise, decided by the next rep's side. */
    WaitingMovement nextSide() {
        return nextSide;
    }

    /** Settles the small movement waiting for the next rep's side ({@link #settle}). */
    void settleNextSide(Excursion next, double t_s, SideClassifier sides) {
        settle(nextSide, next, t_s, sides);
    }

    /** Settles the possible resettle between blocks by the next rep ({@link #settle}). */
    void settleResettle(Excursion next, double t_s, SideClassifier sides) {
        settle(resettle, next, t_s, sides);
    }

    /**
     * The movement waiting in a slot, told by the next rep (not a pelvis outlier): counted late,
     * before the next, if it was a rep; otherwise withdrawn as what it was.
     */
    private void settle(WaitingMovement slot, Excursion next, double t_s, SideClassifier sides) {
        if (!slot.waiting()) return;
        TimedMovement m = slot.take();
        if (slot.wasRep(m, next, sides)) {
            outcomes.countLate(m.excursion(), m.timing());
        } else {
            outcomes.withdraw(slot.droppedAs(), t_s);
        }
    }

    /**
     * Settles the pending first movement by the next ({@link #settle}), unless it was the move
     * into position on its own ({@link IntoPositionWatch#wasTheMove}): then withdrawn as such.
     */
    void settlePendingFirst(Excursion next, double t_s, SideClassifier sides) {
        Excursion waited = pending.movement().excursion();
        if (intoPosition.wasTheMove(waited, next)) {
            pending.clear();
            intoPosition.seen(Verdict.REPOSITIONED, waited.end());
            outcomes.withdraw(Verdict.REPOSITIONED, t_s);
        } else {
            settle(pending, next, t_s, sides);
        }
    }

    /** Whether the small movement awaiting the next side waits, and no other slot does. */
    boolean onlyNextSideWaits() {
        return nextSide.waiting() && !pending.waiting() && !held.waiting() && !resettle.waiting();
    }

    /**
     * Counts the small movement awaiting the next side at once when the movement under way, its peak
     * so far pointing along the unit direction underWay (x, y, z), is the other leg
     * ({@link SideClassifier#otherLegUnderWay}); otherwise it keeps waiting for that movement's end.
     */
    void countNextSideIfOtherLeg(double[] underWay, SideClassifier sides) {
        if (sides.otherLegUnderWay(nextSide.movement().excursion(), underWay[0], underWay[1], underWay[2])) {
            countWaiting(nextSide);
        }
    }

    /** Counts the movement waiting in a slot, if any, as a rep (late, in its order). */
    void countWaiting(WaitingMovement slot) {
        if (!slot.waiting()) return;
        TimedMovement m = slot.take();
        outcomes.countLate(m.excursion(), m.timing());
    }

    /**
     * Settles the held quick movement by the next rep. One that may have been the switch between
     * blocks ({@link BlockSwitchWatch#tookHeldAsSwitch}) was, if that rep founds the other side:
     * withdrawn as a shift.
     */
    void settleHeld(Excursion next, double t_s, SideClassifier sides, BlockSwitchWatch switchWatch) {
        if (switchWatch.tookHeldAsSwitch(next, sides)) outcomes.withdraw(held.droppedAs(), t_s);
        else settle(held, next, t_s, sides);
    }

    /** The movements still waiting as the set ends, each counted or dropped by its own rule. */
    void settleAtEnd() {
        settleAtEnd(pending);
        settleAtEnd(held);
        settleAtEnd(resettle);
        settleAtEnd(nextSide);
    }

    private void settleAtEnd(WaitingMovement slot) {
        if (!slot.waiting()) return;
        TimedMovement m = slot.take();
        if (slot.repAtEndOfSet()) outcomes.countLate(m.excursion(), m.timing());
    }

    /** Forgets every waiting movement (the set restarted). */
    void clear() {
        pending.clear();
        held.clear();
        resettle.clear();
        nextSide.clear();
    }
}

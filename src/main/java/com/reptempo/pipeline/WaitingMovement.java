package com.reptempo.pipeline;

/**
 * A slot for one movement whose verdict waits for the next rep's evidence: a rep, counted late in
 * its order, or not, withdrawn with {@link #droppedAs()}. Each kind of doubt has its own rule
 * ({@link PendingFirstMovement}, {@link HeldQuickMovement}, {@link PossibleResettle});
 * {@link WaitingSlots} owns one slot of each, and the pipeline decides when the evidence has come.
 *
 * <p>One small record per movement held, nothing per sample.
 */
abstract sealed class WaitingMovement permits PendingFirstMovement, HeldQuickMovement, PossibleResettle, NextSideDecides {
    private TimedMovement movement;

    /** True while a movement waits. */
    final boolean waiting() {
        return movement != null;
    }

    /** Holds a movement until the evidence comes (replacing any held). */
    final void hold(Excursion e, RepTiming timing) {
        movement = new TimedMovement(e, timing);
    }

    /** The waiting movement, still waiting; null when none. */
    final TimedMovement movement() {
        return movement;
    }

    /** The waiting movement, which no longer waits; null when none. */
    final TimedMovement take() {
        TimedMovement m = movement;
        movement = null;
        return m;
    }

    /** Forgets the waiting movement (the set restarted). */
    final void clear() {
        movement = null;
    }

    /**
     * True when the movement that waited was a rep, told by the next rep (not a pelvis outlier).
     *
     * @param sides the sides as known now, before the next rep is counted
     */
    abstract boolean wasRep(TimedMovement waited, Excursion next, SideClassifier sides);

    /** True when a movement still waiting as the set ends is counted. */
    abstract boolean repAtEndOfSet();

    /** The verdict of a movement that was not a rep. */
    abstract Verdict droppedAs();
}

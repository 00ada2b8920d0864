package com.reptempo.pipeline;

import java.util.function.Consumer;

/**
 * Watches, in a set done in blocks while only the first side has reps, for the switch between the
 * blocks. Between her two blocks she resettles sideways once (2.5-4 s, 4-8° about whatever axis
 * the shift takes, then still): one movement, the last before the other side's first rep. Usually
 * it is larger than her reps and turns about another axis, so it is judged a shift (a fidget).
 * Now and then its tilt has about a rep's range and points like one side's reps; then it is as
 * quick as a rushed rep, and neither range nor direction nor width tells it apart. Its place does:
 * if no shift as large as {@link #SWITCH_RANGE} of her reps has been seen since the first side's
 * last rep, a quick rep-like movement there may be the switch, and it was if the next rep founds
 * the other side. Once such a shift has been seen, the switch is behind her and a quick movement
 * is judged as before.
 *
 * <p>It also keeps the pipeline's doubts about the switch: the possible resettle between blocks
 * ({@link PossibleResettle}) and whether the held quick movement ({@link HeldQuickMovement}) may be
 * the switch; the pipeline tells it of movements only while blocks are open (first side only), and
 * has it settle the held quick movement whenever one is settled.
 *
 * <p>A flag and a reference; nothing per sample.
 */
final class BlockSwitchWatch {
    /**
     * A movement judged a shift (fidget or repositioning) of at least this fraction of the typical
     * range may have been the switch between the blocks: the switch turns the body 4-8° about a
     * random axis, whose tilt read 0.9-3.5 × her reps in the simulated sets (two of 135 below 0.6),
     * while the pieces of a rep cut by a lost rest, or a breath, are a third of a rep or less.
     */
    static final double SWITCH_RANGE = 0.5;
    /**
     * A rep-like movement narrower than this fraction of the typical rep (the same as
     * {@link RepClassifier#RESETTLE_WIDTH}) is as quick as the switch (widths 1.2-2 s against reps
     * of 2.6-3 s); a rep at her pace is wider.
     */
    static final double QUICK_WIDTH = RepClassifier.RESETTLE_WIDTH;

    private final WaitingMovement held;
    private final WaitingMovement resettle;
    /** Counts the movement waiting in a slot, if any, as a rep (late, in its order). */
    private final Consumer<WaitingMovement> countWaiting;
    private boolean seen;
    /**
     * The held quick movement that may be the switch between blocks, while it is the one held (a
     * movement held later in its place, even once blocks are closed, is not); null when none.
     */
    private TimedMovement heldSwitchCandidate;

    /**
     * @param held the pipeline's slot for a held quick movement
     * @param resettle the pipeline's slot for a possible resettle between blocks
     * @param countWaiting counts the movement waiting in a slot, if any, as a rep
     */
    BlockSwitchWatch(WaitingMovement held, WaitingMovement resettle, Consumer<WaitingMovement> countWaiting) {
        this.held = held;
        this.resettle = resettle;
        this.countWaiting = countWaiting;
    }

    /** A rep of the first side was counted: the switch, if any, is still to come. */
    void repCounted() {
        seen = false;
    }

    /**
     * True when a movement so judged could have been the switch: a shift (fidget or repositioning)
     * of at least {@link #SWITCH_RANGE} of the typical range.
     *
     * @param range ratio of the movement's peak to the typical range (NaN while unknown: false)
     */
    static boolean couldBeSwitch(Verdict v, double range) {
        return v != Verdict.REP && v != Verdict.HELD && v != Verdict.PENDING && range >= SWITCH_RANGE;
    }

    /**
     * True when a movement judged a rep (or held as a quick one) may be the switch: no shift that
     * could be it has been seen since the first side's last rep, and it is narrower than
     * {@link #QUICK_WIDTH} of the typical rep (once known).
     */
    boolean mayBeSwitch(Excursion e, TypicalRep typical) {
        return !seen && typical.widthKnown() && e.timeAboveHalf_s() < QUICK_WIDTH * typical.width_s();
    }

    /**
     * A movement judged {@code v} while blocks are open: a shift large enough to be the switch puts
     * the switch behind her, so a quick movement still waiting as a possible switch that came back
     * where it started came before it and was a rep (counted now: the last rep of her first block,
     * rushed), and a held quick movement is judged by its own rule again. One that ended settled
     * elsewhere keeps waiting for the next rep ({@link RepClassifier#maybeResettle}): settling
     * elsewhere is what the switch does, and a shift after it may be her adjusting (or the
     * detector's piece of the next movement).
     */
    void judged(Verdict v, Excursion e, double typicalRange_deg) {
        if (seen || !couldBeSwitch(v, e.peak_deg() / typicalRange_deg)) return;
        heldSwitchCandidate = null;
        if (resettle.waiting() && resettle.movement().excursion().end() != Excursion.End.SETTLED) countWaiting.accept(resettle);
        seen = true;
    }

    /**
     * True when a movement judged a rep while blocks are open, with no held quick movement waiting,
     * may be the resettle between blocks ({@link RepClassifier#maybeResettle}) or the switch
     * ({@link #mayBeSwitch}): it is then held ({@link #holdAsResettle}), not counted.
     */
    boolean mayBeResettle(Excursion e, RepTiming timing, RepClassifier classifier, SideClassifier sides) {
        return !held.waiting() && (classifier.maybeResettle(e)
                || (mayBeSwitch(e, classifier.typical()) && !repShaped(e, timing, classifier.typicalRange_deg(), sides)));
    }

    /**
     * True for a quick movement shaped like the first side's rep, not like the switch: it paused at its
     * top ({@link HeldQuickMovement#heldAtTop}), points along the first side's axis (cosine at least
     * {@link HeldQuickMovement#SAME_AXIS_COS}) and measures like a rep ({@link QuickMovementRules#QUICK_RANGE_LO}
     * to {@link QuickMovementRules#QUICK_RANGE_HI}). The switch is one shift out and back that turns
     * without stopping, about whatever axis the shift takes; her last rep of the block, rushed, goes out
     * and back as two movements about her axis, stopping between them. It is counted as a rep, not held
     * as a possible switch (fresh18 18010 rep 8, cos 1.00, 0.08 s at its top).
     */
    static boolean repShaped(Excursion e, RepTiming timing, double typicalRange_deg, SideClassifier sides) {
        return timing != null && HeldQuickMovement.rushedRepShape(timing, e.peak_deg() / typicalRange_deg, sides.nearestCos(e));
    }

    /**
     * Holds a possible resettle or switch: an earlier candidate is counted first, since the switch
     * is the last movement before the other side.
     */
    void holdAsResettle(Excursion e, RepTiming timing) {
        countWaiting.accept(resettle);
        resettle.hold(e, timing);
    }

    /**
     * A second quick movement is held while blocks are open: the one held before, now taken for a
     * shift (two quick movements pointing away), may have been the switch.
     */
    void heldReplaced(double typicalRange_deg) {
        if (couldBeSwitch(Verdict.FIDGET, held.movement().excursion().peak_deg() / typicalRange_deg)) seen = true;
    }

    /**
     * A quick movement was dropped as a shift because the held one outranks it
     * ({@link HeldQuickMovement#outranks}): it may have been the switch.
     */
    void shiftDropped(Excursion e, double typicalRange_deg) {
        if (couldBeSwitch(Verdict.FIDGET, e.peak_deg() / typicalRange_deg)) seen = true;
    }

    /** The quick movement {@code e} was just held: it may be the switch when {@link #mayBeSwitch} and no resettle waits. */
    void heldNow(Excursion e, TypicalRep typical) {
        heldSwitchCandidate = !resettle.waiting() && mayBeSwitch(e, typical) ? held.movement() : null;
    }

    /**
     * Settling the held quick movement by the next rep: one that may have been the switch was, if
     * that rep founds the other side; it is then taken from its slot (for the pipeline to withdraw
     * as a shift) and true returned.
     */
    boolean tookHeldAsSwitch(Excursion next, SideClassifier sides) {
        boolean wasSwitch = held.waiting() && held.movement() == heldSwitchCandidate
                && sides.nearestCos(next) < SideClassifier.NEW_SIDE_COS;
        heldSwitchCandidate = null;
        if (wasSwitch) held.take();
        return wasSwitch;
    }

    /** Forgets what was seen (the set restarted). */
    void clear() {
        seen = false;
        heldSwitchCandidate = null;
    }
}

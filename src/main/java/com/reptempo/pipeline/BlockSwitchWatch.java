package com.reptempo.pipeline;

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
 * <p>One flag; nothing per sample.
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

    private boolean seen;

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

    /** A movement that could have been the switch was seen: the switch is behind her. */
    void seen() {
        seen = true;
    }

    /** True once a shift large enough to be the switch has been seen since the first side's last rep. */
    boolean switchSeen() {
        return seen;
    }

    /**
     * True when a movement judged a rep (or held as a quick one) may be the switch: no shift that
     * could be it has been seen since the first side's last rep, and it is narrower than
     * {@link #QUICK_WIDTH} of the typical rep (once known).
     */
    boolean mayBeSwitch(Excursion e, TypicalRep typical) {
        return !seen && typical.widthKnown() && e.timeAboveHalf_s() < QUICK_WIDTH * typical.width_s();
    }

    /** Forgets what was seen (the set restarted). */
    void clear() {
        seen = false;
    }
}

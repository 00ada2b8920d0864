package com.reptempo.simulator;

/**
 * How a simulated session moves from one set to the next, and whether it ends: the one setting
 * that says when the person starts her sets.
 */
public enum Pacing {
    /** The plan's sets once, in order, with rests between them; then the session ends (files, tests). */
    ONCE,
    /** The plan's sets in order with rests between them, over and over; the session never ends. */
    LOOP,
    /**
     * The live demo: before every set the person waits still, where she is, until she is told a set
     * starts ({@link SampleStream#cue}); she then does the plan's set of that exercise (or her next
     * one) at once, and waits again after it. The plan's sets are her repertoire, not an order; the
     * session never ends.
     */
    ON_CUE;

    /** True when a session paced this way has a last sample. */
    public boolean ends() {
        return this == ONCE;
    }
}

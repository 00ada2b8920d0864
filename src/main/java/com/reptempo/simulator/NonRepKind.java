package com.reptempo.simulator;

/** Motion that is not a rep and must not be counted. */
public enum NonRepKind {
    /** Moving from the previous posture (or standing) into the exercise's position; may include re-clipping the sensor. */
    GETTING_INTO_POSITION("getting-into-position"),
    /** A small shift of the body between reps. */
    FIDGET("fidget"),
    /** A short knock on the sensor. */
    BUMP("bump"),
    /** A rep started and given up part-way. */
    ABANDONED_REP("abandoned-rep"),
    /** Resettling between the two blocks of a per-side exercise done in blocks. */
    SWITCH_SIDES("switch-sides");

    private final String id;

    NonRepKind(String id) {
        this.id = id;
    }

    /** The stable id used in truth files. */
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}

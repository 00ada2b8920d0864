package com.reptempo.pipeline;

/** What a movement was judged to be. */
enum Verdict {
    /** A rep. */
    REP(null),
    /** Cannot be told yet (the set's first short movement): decided by the next one. */
    PENDING(null),
    /**
     * Quick, of a rep's range, pointing where no side's reps point yet: the first rep of the other
     * side or a shift; decided by the next rep (a rep if they point the same way).
     */
    HELD(null),
    /**
     * Smaller than her reps in an exercise on alternating sides: a partial rep or an attempt given
     * up; decided by the next rep (an attempt is tried again with the same leg, a partial rep is
     * followed by the other leg's rep).
     */
    AWAITS_NEXT_SIDE(null),
    /** Within the rest wobble: breathing, tremor, noise. */
    NOISE("too small to be a rep"),
    /** Too short: a bump, knock or fidget. */
    TOO_SHORT("too short to be a rep"),
    /** Short and well below the person's range: an attempt given up. */
    ABANDONED("given up part-way"),
    /** Short and far beyond the person's range: shifting on the mat, switching sides. */
    FIDGET("a shift, not a rep"),
    /** Did not come back: getting into position, a new posture. */
    REPOSITIONED("getting into position");

    private final String reason;

    Verdict(String reason) {
        this.reason = reason;
    }

    /** Plain words for the user, or null for a rep. */
    String reason() {
        return reason;
    }
}

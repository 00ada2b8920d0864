package com.reptempo.pipeline;

/**
 * Watches for the move into position at the start of a set. A set starts with her getting onto
 * the mat or onto hands and knees; when that move is seen on its own (judged
 * {@link Verdict#REPOSITIONED}, or a change of posture), she is in position. When it is not, she
 * may have run straight from it into the first rep: the detector then sees one movement that
 * comes to rest away from where it started ({@link Excursion.End#SETTLED}), holding the move and
 * the first rep, and takes for rest the place where it stopped, part-way through that rep.
 *
 * <p>Such a first movement is counted (it holds the first rep, which the detector will not see
 * again) as the first side, but it founds nothing: its direction and size are the move's, not a
 * rep's, so it neither founds a side's direction nor the typical range, and the detector is not
 * told that the set has begun, so it still takes the place she then holds still at for the new
 * rest ({@link HeldPlace}). Founding them on it flipped every side of an alternating set and had
 * every later rep of one side measured from the other side's top (routines 7101, 7102 set 4).
 *
 * <p>When the move was quick enough to wait as a pending first movement and came to rest elsewhere
 * far bigger than what came next, it was the move on its own ({@link #wasTheMove}): withdrawn as
 * getting into position rather than counted, since it would take the first side.
 */
final class IntoPositionWatch {
    /**
     * A pending first movement that came to rest elsewhere and is more than this many times the
     * next movement's peak was the move into position: reps vary by about ±12 % and a rushed rep
     * overshoots little, while getting onto hands and knees tilts the pelvis two to three times a
     * rep (8.1 degrees against reps of 3.1).
     */
    static final double MOVE_PEAK_RATIO = 1.5;

    private boolean positioned;

    /** Notes a judged movement: the move into position, or a change of posture, puts her in position. */
    void seen(Verdict v, Excursion.End end) {
        if (v == Verdict.REPOSITIONED || end == Excursion.End.POSTURE_CHANGE) positioned = true;
    }

    /**
     * True when the set's first movement, pending as too quick for a rep, was the move into
     * position on its own: no move into position seen yet, it came to rest away from where it
     * started ({@link Excursion.End#SETTLED}), and it is more than {@link #MOVE_PEAK_RATIO} times
     * as big as the next movement.
     */
    boolean wasTheMove(Excursion pending, Excursion next) {
        return !positioned && pending.end() == Excursion.End.SETTLED && pending.peak_deg() > MOVE_PEAK_RATIO * next.peak_deg();
    }

    /**
     * True when a movement judged a rep may hold the move into position and the first rep: no rep
     * counted yet, no move into position seen, and it came to rest elsewhere.
     */
    boolean mayHoldTheMove(int repsCounted, Excursion.End end) {
        return repsCounted == 0 && !positioned && end == Excursion.End.SETTLED;
    }
}

package com.reptempo.pipeline;

/**
 * The check of a set's first rep against the next ones. Before any rep is known nothing but the
 * rest wobble guards the first movement, and in the rest before a set she settles on the mat. Once
 * {@link #LATER_REPS} more reps are known, the first is checked: one smaller than any partial rep
 * of theirs ({@link #SETTLING_RANGE} of their median) that points like none of them (cosine below
 * {@link NoiseRules#NOISE_COS}) was a tilt while settling before the set, not a rep: a rep of
 * any size turns the pelvis about its side's axis, settling on the mat about any. Taken for a rep,
 * it founded the first side (flipping every side of an alternating set) and the typical range; the
 * caller withdraws every rep and counts the later ones ({@link #rep}) again from scratch, after
 * which the new first rep is checked the same way (two tilts before a set may both be counted).
 *
 * <p>Fixed storage: the first {@link #STORE} reps (movement and timing), one small record per rep.
 */
final class FirstRepCheck {
    /**
     * Reps after the first that decide whether the first was a rep: enough for a median range and
     * for both sides of an alternating exercise to have pointed.
     */
    static final int LATER_REPS = 3;
    /**
     * A first rep below this fraction of the next reps' median range is smaller than any partial
     * rep: those are at least a quarter of her usual range ({@link RepClassifier#PARTIAL_RANGE}),
     * of a rep that may itself be 12 % below her median (0.25 × 0.88). Tilts while settling on the
     * mat before a set measure 0.16-0.20 of her reps.
     */
    static final double SETTLING_RANGE = 0.22;
    /**
     * A first rep smaller than a rep (below this fraction of the next reps' median range, the
     * range below which a movement may be an attempt given up, {@link GivenUpRules#ABANDONED_RANGE})
     * that points away from every one of them ({@link #AWAY_COS}) was the end of getting into
     * position, whatever its size among partial reps: the next {@link #LATER_REPS} reps hold at
     * least one of its side (a block, or every second rep of an alternating set), and a rep of any
     * size turns the pelvis about its side's axis. Routine 4103 set 1: 1.06 degrees against reps of
     * 2.9, pointing opposite (cosine -0.85) to all of them.
     */
    static final double AWAY_RANGE = GivenUpRules.ABANDONED_RANGE;
    /**
     * Nearest cosine below which a first rep points away from every later rep: it would found a
     * side of its own ({@link SideClassifier#NEW_SIDE_COS}) against each of them.
     */
    static final double AWAY_COS = SideClassifier.NEW_SIDE_COS;
    /**
     * The first rep's direction is compared only with the later reps of at least this fraction of
     * their median range (a partial rep's, {@link RepClassifier#PARTIAL_RANGE}): before a set she
     * may breathe or settle twice (0.5-0.6 degrees each, about the same axis), both counted, and the
     * second must not vouch for the first (routines 4102 and 7110, set 3).
     */
    static final double REP_SIZED = RepClassifier.PARTIAL_RANGE;
    /** Reps remembered (movement and timing) for a recount without the first; with more the check is given up. */
    static final int STORE = 16;

    private final TimedMovement[] early = new TimedMovement[STORE];
    private boolean done;

    /** Remembers the rep counted as number index + 1 while the check is still to come. */
    void remember(int index, Excursion e, RepTiming timing) {
        if (!done && index < STORE) early[index] = new TimedMovement(e, timing);
    }

    /** True while the check is still to come (the first rep may yet be withdrawn as a tilt while settling). */
    boolean pending() {
        return !done;
    }

    /** True when the check is still to come and enough reps may be known for it ({@code reps} counted so far). */
    boolean due(int reps) {
        return !done && reps > LATER_REPS;
    }

    /**
     * Checks the first of the {@code reps} counted so far (all remembered unless more than
     * {@link #STORE}). Decided once {@link #LATER_REPS} later reps that are not pelvis outliers are
     * known (or at once, as kept, when the first is an outlier or too many reps came): later calls
     * then do nothing.
     *
     * @return true when the first was a tilt while settling: every rep is to be withdrawn and
     *         reps 1 to {@code reps} - 1 counted again
     */
    boolean firstWasSettling(int reps, RepClassifier classifier) {
        if (reps > STORE || classifier.outlier(early[0].excursion())) {
            done = true;
            return false;
        }
        Excursion first = early[0].excursion();
        RunningMedian later = new RunningMedian();
        for (int i = 1; i < reps; i++) {
            Excursion e = early[i].excursion();
            if (!classifier.outlier(e)) later.add(e.peak_deg());
        }
        if (later.size() < LATER_REPS) return false;
        double nearest = -1;
        for (int i = 1; i < reps; i++) {
            Excursion e = early[i].excursion();
            if (!classifier.outlier(e) && e.peak_deg() >= REP_SIZED * later.median()) nearest = Math.max(nearest, first.cosTo(e));
        }
        done = true;
        return settlingTilt(first.peak_deg(), later.median(), nearest);
    }

    /** Remembered rep i (0 is the first). */
    TimedMovement rep(int i) {
        return early[i];
    }

    /**
     * The set restarted, or its first rep was withdrawn and the later ones are about to be counted
     * again: the (new) first rep is checked again once it and the later ones are counted.
     */
    void restart() {
        done = false;
    }

    /**
     * True for a first "rep" that was a tilt while settling before the set: smaller than any
     * partial rep ({@link #SETTLING_RANGE} of the next reps' median range) and pointing like none
     * of them (cosine to the nearest below {@link NoiseRules#NOISE_COS}), or smaller than a rep
     * ({@link #AWAY_RANGE}) and pointing away from all of them ({@link #AWAY_COS}).
     */
    static boolean settlingTilt(double firstPeak_deg, double laterMedian_deg, double nearestCos) {
        if (firstPeak_deg < SETTLING_RANGE * laterMedian_deg && nearestCos < NoiseRules.NOISE_COS) return true;
        return firstPeak_deg < AWAY_RANGE * laterMedian_deg && nearestCos < AWAY_COS;
    }
}

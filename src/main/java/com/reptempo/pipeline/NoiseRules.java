package com.reptempo.pipeline;

/**
 * The rules that tell a small movement from noise ({@link RepClassifier}'s {@link Verdict#NOISE}): breathing
 * rocks the pelvis by a few tenths of a degree every 3-5 s, symmetric and without a hold, about an axis of its
 * own; a partial rep, however small, turns it about the exercise's axis, at the exercise's tempo, from a rest.
 * Sizes are in rest wobbles ({@link Excursion#peakZ}: the peak over the rest's spread along the movement) or
 * against the typical rep ({@link MovementRatios}). Reasons for every rule and number are in docs/PIPELINE.md
 * ("Rep or not").
 */
final class NoiseRules {
    /** Peak within this many rest wobbles: noise, unless it points like the reps and is as wide as one. */
    static final double MIN_PEAK_Z = 8.0;

    /**
     * A small movement (peak below {@link #MIN_PEAK_Z} rest wobbles) is not noise if it points like
     * the reps at least this closely (and is wide enough, {@link #NOISE_WIDTH}): a rep of any size
     * turns the pelvis about its exercise's own axis, breathing tilts it about another.
     */
    static final double NOISE_COS = 0.8;

    /**
     * ... and spent at least this fraction of the typical rep's width above half its peak: a partial
     * rep is as wide as a rep; a breath's half-peak width is at most about 1.8 s.
     */
    static final double NOISE_WIDTH = 0.6;

    /** Below this fraction of the typical range a movement is noise, whatever its shape: no rep, however partial, is that small. */
    static final double TINY_RANGE = 0.15;

    /**
     * A small movement (peak within {@link #MIN_PEAK_Z} rest wobbles) whose way out and way back
     * each took at least this fraction of the exercise's target for that phase (scaled by her pace,
     * {@link TypicalRep#pace()}), and that spent at least this fraction of the typical rep's width above half
     * its peak, kept the exercise's tempo: a partial rep, not breathing, whatever direction a breath
     * lends it. Breathing cycles every 3-5 s, symmetric and without a hold: half-peak widths up to
     * about 1.8 s and ramps of 1-2 s, while a slow rep's ramps are each about 3 s (heel scoop).
     */
    static final double TEMPO_SHAPED = 0.8;

    /** Target durations of the exercise's way out and way back (the first and last phases' mid targets), seconds. */
    private final double targetOut_s;
    private final double targetBack_s;

    NoiseRules(double targetOut_s, double targetBack_s) {
        this.targetOut_s = targetOut_s;
        this.targetBack_s = targetBack_s;
    }

    /**
     * Within the rest wobbles ({@link #restWobble}) but as wide as a rep ({@link #NOISE_WIDTH}) and
     * pointing away from the only side's reps (cosine below {@link SideClassifier#NEW_SIDE_COS}) while
     * the other side of a per-side exercise has none: perhaps the other side's first rep, done
     * partially. The two sides turn the pelvis about mirror-image axes, so against the first side's
     * reps the new side's first rep points away whatever its size; a partial one (a quarter to a
     * third of the range) is as small as a breath. Held ({@link Verdict#HELD}) rather than called
     * noise: it counts only if the next rep points the same way ({@link HeldQuickMovement}), which a
     * breath, rocking the pelvis about breathing's axis, does not.
     */
    static boolean newSidePartial(Excursion e, MovementRatios m, boolean sideOpen) {
        return sideOpen && e.end() == Excursion.End.RETURNED && m.width() >= TEMPO_SHAPED
                && m.range() < QuickMovementRules.QUICK_RANGE_LO && m.pointsAwayFromReps(SideClassifier.NEW_SIDE_COS);
    }

    /** Below {@link #TINY_RANGE} of the typical range. */
    static boolean tiny(MovementRatios m) {
        return m.range() < TINY_RANGE;
    }

    /**
     * Peak within {@link #MIN_PEAK_Z} rest wobbles, unless it points like the reps (cosine at least
     * {@link #NOISE_COS}) and is at least {@link #NOISE_WIDTH} of the typical width, or kept the
     * exercise's tempo ({@link #TEMPO_SHAPED}, {@link #tempoShaped}).
     */
    boolean restWobble(Excursion e, RepTiming timing, MovementRatios m) {
        return e.peakZ() < MIN_PEAK_Z && !(m.pointsLikeReps(NOISE_COS) && m.width() >= NOISE_WIDTH)
                && !tempoShaped(timing, m);
    }

    /**
     * Below {@link RepClassifier#PARTIAL_RANGE} of the typical range, its peak within {@link #MIN_PEAK_Z} rest
     * wobbles, and begun straight out of the movement before, with no rest of its own: the
     * detector found no sample between that movement's end and {@link ExcursionBuilder#BASE_GAP_S}
     * before this one's start, so the rest before it is unknown ({@link Excursion#restBase_deg} 0).
     * After a rep that stopped short of home (ended settled), the pelvis creeps on home and breathing
     * rocks it, measured from the stop: a movement of breathing's size that points near some side's
     * axis and so passes {@link #restWobble}. A partial rep, however small, starts from rest: she
     * pauses between reps.
     */
    static boolean smallWithoutRest(Excursion e, MovementRatios m) {
        return m.range() < RepClassifier.PARTIAL_RANGE && e.peakZ() < MIN_PEAK_Z && e.restBase_deg() == 0;
    }

    /**
     * Below this fraction of the typical range (the top of a partial rep's or an attempt's range,
     * {@link GivenUpRules}), a movement begun straight out of a rep and pointing back along it
     * ({@link #LEFTOVER_COS}) may be the rest of that rep's way back ({@link #wayBackLeftover}).
     */
    static final double LEFTOVER_RANGE = 0.7;

    /**
     * Cosine to the rep just judged below which a movement points back along it: the rest of its way
     * back turns the pelvis about the rep's own axis, the other way (cos -0.90 to -1.00 in the tuning
     * evals' cases); at -0.6 a simulated set lost a rep.
     */
    static final double LEFTOVER_COS = -0.8;

    /**
     * A stop at the top at least this long, seconds, is a rep's own top (a partial rep merged with the
     * leftover still holds or turns at its far point); the leftover of a way back runs on home and
     * turns straight back (tops 0-0.12 s in the tuning evals' cases).
     */
    static final double LEFTOVER_TOP_S = 0.5;

    /**
     * The rest of the way back of the rep judged just before ({@code rep}, null when the movement
     * before was not a rep): begun straight out of it, with no rest of its own
     * ({@link Excursion#restBase_deg} 0, as {@link #smallWithoutRest}), pointing back along it
     * (cosine below {@link #LEFTOVER_COS}), below {@link #LEFTOVER_RANGE} of the typical range and
     * without a stop at its top ({@link #LEFTOVER_TOP_S}). A slow rep the detector closed on a
     * stop on the way home (ended settled, or returned to a level a breath lent it) leaves the
     * rest of the way back as a movement of its own, measured from the stop: it runs on home and
     * back, in the opposite direction to the rep. A rep of either side starts from a rest (she pauses
     * between reps), and the other side's first rep follows the switch, not a rep.
     *
     * @param timing      the movement's measured phases
     * @param rep         the movement judged just before, when it was a rep; else null
     * @param typical_deg the typical range (not positive: unknown, false)
     */
    static boolean wayBackLeftover(Excursion e, RepTiming timing, Excursion rep, double typical_deg) {
        return rep != null && typical_deg > 0 && e.restBase_deg() == 0 && timing.top_s() < LEFTOVER_TOP_S
                && e.peak_deg() < LEFTOVER_RANGE * typical_deg && e.cosTo(rep) < LEFTOVER_COS;
    }

    /**
     * True when a small movement kept the exercise's tempo ({@link #TEMPO_SHAPED}): its way out and
     * way back each took at least that fraction of the target phases at her pace, and its width at
     * least that fraction of the typical rep's.
     *
     * @param timing the movement's measured phases (null: unknown, false)
     */
    private boolean tempoShaped(RepTiming timing, MovementRatios m) {
        if (timing == null || m.width() < TEMPO_SHAPED) return false;
        return timing.out_s() >= TEMPO_SHAPED * targetOut_s * m.pace() && timing.back_s() >= TEMPO_SHAPED * targetBack_s * m.pace();
    }
}

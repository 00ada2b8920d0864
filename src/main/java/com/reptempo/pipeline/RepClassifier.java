package com.reptempo.pipeline;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.PhaseKind;
import com.reptempo.model.PhaseTarget;

import java.util.List;

/**
 * Tells reps from everything else by the size, duration and direction of a movement, judged
 * against the person's own reps so far (typical range and width: medians of the accepted reps;
 * typical direction: {@link SideClassifier}) and against the exercise's target durations.
 *
 * <p>The duration measure is the movement's width: the time it spends above half its peak. For a
 * smooth out-and-back movement that is half the way out plus any hold plus half the way back,
 * so it is fixed by the phase targets, and it is measured at the steepest part of the movement
 * where noise and breathing shift it least. Reasons for every rule and number are in
 * docs/PIPELINE.md ("Rep or not").
 */
final class RepClassifier {
    /** The quickest rep is this fraction of the targets' minimum width (a rushed rep does each movement in 0.4 of its minimum). */
    static final double QUICKEST = 0.4;
    /** Narrower than this fraction of the quickest rep: a knock or a fidget. */
    static final double FIDGET_WIDTH = 0.95;
    /**
     * Narrower than this fraction of the quickest rep and ended {@link Excursion.End#SETTLED} (came most of
     * the way back but stayed still short of its start): a fidget, not a rushed rep. A rushed rep is her rep
     * done in 0.4-0.65 of the time, so only the quickest of them come near {@link #FIDGET_WIDTH}, and those come
     * back to where they started; a fidget is a shift on the mat that sets the pelvis down up to about a
     * degree away, in a second or so out and a second back (half-peak widths 1-1.25 s for the heel scoop
     * and rear leg lift, 0.95-1.05 of the quickest rep). Of the settled movements 0.95-1.05 of the quickest
     * rep wide in the eighteen tuning folders and simulated seeds 1-160, seven were fidgets counted as reps
     * and none was a rep; the narrowest rushed rep that ended settled was 1.08 of the quickest rep wide.
     */
    static final double SETTLED_FIDGET_WIDTH = 1.05;
    /**
     * A quick movement (below {@link #QUICK_WIDTH} of the quickest rep) that ended {@link Excursion.End#SETTLED}
     * at least this fraction of its peak away from its start is a fidget, however it points and measures: a
     * rushed rep comes back to where it started (the settled ones in the tuning folders and seeds 1-160 ended
     * at most 0.28 of their peak out, breathing and the detector's stillness test), a shift on the mat sets
     * the pelvis down up to about a degree away, 0.4-0.6 of a 2-3 degree shift.
     */
    static final double SETTLED_AWAY = 0.4;
    /** Up to this fraction of the quickest rep: a rep only if it points and measures like the reps so far. */
    static final double QUICK_WIDTH = 1.25;
    /**
     * A quick movement (below {@link #QUICK_WIDTH}) is a rushed rep only if it points like the reps
     * so far at least this closely: a rushed rep is a rep done fast, same axis; a fidget turns the
     * pelvis about whatever axis the shift takes.
     */
    static final double QUICK_COS = 0.9;
    /**
     * ... unless the reps it is compared with taught their cluster less than this multiple of the
     * typical range in all (a side founded by a partial rep): a rep's direction is its tilt over its
     * range, and the few tenths of a degree breathing and drift add turn a partial rep's direction
     * by 20-30 degrees, so its cluster knows the side's axis only roughly. Then pointing within
     * {@link #YOUNG_CLUSTER_COS} is pointing like the reps.
     */
    static final double YOUNG_CLUSTER_RANGE = 1.0;
    /** The cosine a quick movement needs against a cluster taught by little range ({@link #YOUNG_CLUSTER_RANGE}). */
    static final double YOUNG_CLUSTER_COS = 0.8;
    /**
     * ... and if its range is at least this fraction of the typical range: a rushed rep has her
     * usual range (±12 % spread per rep), a knock or a fidget's is whatever the shift makes it.
     */
    static final double QUICK_RANGE_LO = 0.75;
    /** ... and at most this multiple of it (see {@link #QUICK_RANGE_LO}). */
    static final double QUICK_RANGE_HI = 1.3;
    /**
     * A quick movement that came back to where it started ({@link Excursion.End#RETURNED}) is a
     * rushed rep also when it points like the reps only this closely (cosine), if it measures like
     * them ({@link #RETURNED_RANGE_LO}-{@link #RETURNED_RANGE_HI}) and moved at least as fast as a
     * typical rep ({@link #RETURNED_SPEED}): a rushed rep is her rep done in 0.4-0.65 of the time,
     * out along her axis by about her range and back to its start, so its peak speed is 1.5-2.5 ×
     * hers; a fidget or a shift repositions the pelvis and stays displaced, and its direction is a
     * few tenths of a degree of breathing and drift off a rep's, so the cosine alone says little.
     */
    static final double RETURNED_COS = 0.7;
    /** The least range, over the typical range, of a returned rushed rep ({@link #RETURNED_COS}). */
    static final double RETURNED_RANGE_LO = 0.7;
    /** The largest range, over the typical range, of a returned rushed rep ({@link #RETURNED_COS}). */
    static final double RETURNED_RANGE_HI = 1.45;
    /** The least peak speed, over the typical rep's ({@link MovementRatios#speed}), of a returned rushed rep. */
    static final double RETURNED_SPEED = 1.4;
    /**
     * While the typical range rests on fewer than {@link TypicalRep#TYPICAL_AFTER} reps, those may all
     * have been partial reps (25-40 % of her range): a quick movement that came back to where it
     * started, pointing like the reps (cosine at least {@link #QUICK_COS}), of {@link #FULL_OF_PARTIAL_LO}
     * up to this multiple of the typical range is her full rep rushed, not a shift (a partial rep
     * reaches at least a quarter of her range, so her full range is at most 4 × it; a shift on the
     * mat settles the pelvis elsewhere and turns about its own axis).
     */
    static final double FULL_OF_PARTIAL = 4.0;
    /**
     * The least range, over a typical range taught by partial reps, of her full rep ({@link #FULL_OF_PARTIAL}):
     * a partial rep reaches at most 40 % of her range, so her full rep is at least 2.5 × it; an attempt
     * given up, as quick, as returned and pointing as much like the reps, reaches at most 60 % of her
     * range, at most 2.4 × a partial rep's 25 %.
     */
    static final double FULL_OF_PARTIAL_LO = 2.4;
    /**
     * Once both sides have reps, a movement below this fraction of the typical range pointing away
     * from every side's reps ({@link #SMALL_AWAY_COS}) is a fidget, however slow: a partial rep of
     * any size turns the pelvis about its side's own axis, a small shift on the mat about whatever
     * axis the shift takes (partial reps are 0.25-0.7 of the range, pointing like the reps). Only
     * when its peak stands clear of the rest wobbles ({@link #MIN_PEAK_Z}): within them a breath
     * may have turned a partial rep's direction (see {@link #TEMPO_SHAPED}).
     */
    static final double SMALL_AWAY_RANGE = 0.4;
    /** The cosine below which a small movement ({@link #SMALL_AWAY_RANGE}) points away from every side's reps. */
    static final double SMALL_AWAY_COS = 0.3;
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
    /** Narrower than this fraction of the typical rep: judged further by range and direction. */
    static final double SHORT_WIDTH = 0.8;
    /**
     * A narrow movement (below {@link #SHORT_WIDTH} and {@link #PACED}) pointing away from the reps
     * (cosine below this) is a fidget: shifting on the mat turns the pelvis about a random axis.
     */
    static final double SHORT_COS = 0.8;
    /**
     * A narrow movement wider in range than this multiple of the typical range is a fidget whichever
     * way it points: a quick movement much larger than her reps is switching sides or shifting (a
     * rushed rep keeps her usual range, within about ±12 %, see {@link #QUICK_RANGE_HI}).
     */
    static final double SHIFT_RANGE = 1.3;
    /** Below this fraction of the typical range a movement is a partial rep whatever its speed. */
    static final double PARTIAL_RANGE = 0.25;
    /**
     * Wider than this multiple of the slowest target rep (every phase at its maximum): no rep is
     * that slow (a slow rep takes at most about 2.3 × the maximum, `too-slow` starts at 1.5 ×);
     * the body drifted and settled elsewhere, usually a rep merged with a lost rest.
     */
    static final double SLOWEST = 3.0;
    /**
     * A movement at least this fraction of the targets' minimum width is paced like a rep, never
     * "narrow" (fidgets last 1-2.2 s, a side switch 2.5-4 s: widths up to about 2 s, 0.67 × the
     * heel scoop's 3 s), however wide a typical width inflated by slow or merged reps has become.
     */
    static final double PACED = 0.7;
    /**
     * A movement of a set done in blocks, while only the first side has reps, that ended settled
     * somewhere near (not back where it started) and is narrower than this fraction of the typical
     * rep (the same fraction as {@link #SHORT_WIDTH}) may be the resettle between the blocks: see
     * {@link #maybeResettle}.
     */
    static final double RESETTLE_WIDTH = SHORT_WIDTH;

    private final double quickest_s;
    private final double slowest_s;
    private final double minWidth_s;
    private final double targetOut_s;
    private final double targetBack_s;
    private final TypicalRep typical;
    private final GivenUpRules givenUp;

    RepClassifier(ExerciseDefinition exercise, double outlierRange_deg) {
        this.typical = new TypicalRep(outlierRange_deg, width(exercise.phases(), true));
        this.quickest_s = QUICKEST * width(exercise.phases(), false);
        this.slowest_s = SLOWEST * maxWidth(exercise.phases());
        this.minWidth_s = width(exercise.phases(), false);
        List<PhaseTarget> phases = exercise.phases();
        this.targetOut_s = phases.get(0).mid_s();
        this.targetBack_s = phases.get(phases.size() - 1).mid_s();
        double hold_s = phases.stream().filter(p -> p.kind() == PhaseKind.HOLD).mapToDouble(PhaseTarget::min_s)
                .findFirst().orElse(Double.NaN);
        this.givenUp = new GivenUpRules(hold_s, targetOut_s, targetBack_s, typical);
    }

    /** Width of a rep doing every phase in its target: half the first and last phases plus all between. */
    static double width(List<PhaseTarget> phases, boolean mid) {
        int n = phases.size();
        double w = 0;
        for (int i = 0; i < n; i++) {
            double d = mid ? phases.get(i).mid_s() : phases.get(i).min_s();
            w += (i == 0 || i == n - 1) ? d / 2 : d;
        }
        return w;
    }

    /** Width of a rep doing every phase at its target maximum, seconds. */
    static double maxWidth(List<PhaseTarget> phases) {
        int n = phases.size();
        double w = 0;
        for (int i = 0; i < n; i++) {
            double d = phases.get(i).max_s();
            w += (i == 0 || i == n - 1) ? d / 2 : d;
        }
        return w;
    }

    /**
     * The movement's verdict: the first of these rules that holds decides, in this order. How it
     * ended ({@link #byEnd}); narrower than a fidget: too short ({@link #fidgetWidth}); as quick as the
     * quickest rep and settled: a fidget ({@link #settledAtQuickest}); wider than the
     * slowest rep: repositioned ({@link #slowerThanAnyRep}); tiny or within the rest wobbles: noise
     * ({@link #tiny}, {@link #restWobble}); small and begun with no rest before it: noise
     * ({@link #smallWithoutRest}); quick and settled far from its start: a fidget
     * ({@link #settledAwayQuick}); quick and unlike the reps, unless a returned rushed rep
     * ({@link #returnedRushed}): pending, held or a fidget ({@link #quickUnlikeReps}); before the first rep: pending when narrow, else an attempt given up
     * when hurried both ways with a stop at the top ({@link GivenUpRules#givenUpFirst}), else a rep; an attempt
     * given up ({@link GivenUpRules#givenUp}); a hurried fidget ({@link #hurriedFidget}); a small movement
     * pointing away from both sides: a fidget ({@link #smallAway}); a rep unless narrow ({@link #narrow});
     * a narrow returned rushed rep: a rep ({@link #returnedRushed}); a narrow one pointing away: held or a fidget ({@link #pointsAway}); a narrow
     * oversized one: a shift ({@link #shift}); else a rep.
     *
     * @param timing     the movement's measured phases (null when not measured: the speed alone tells
     *                   an attempt given up from a partial rep)
     * @param cos        cosine between the movement's direction and the nearest cluster of reps so far (NaN while unknown)
     * @param taught_deg the summed range of the reps that taught the nearest cluster
     *                   ({@link SideClassifier#nearest}; NaN: unknown)
     * @param sideOpen   true while the other side of a per-side exercise has no rep yet
     */
    Verdict judge(Excursion e, RepTiming timing, double cos, double taught_deg, boolean sideOpen) {
        Verdict ended = byEnd(e);
        if (ended != null) return ended;
        MovementRatios m = measure(e, timing, cos, taught_deg);
        if (fidgetWidth(m)) return Verdict.TOO_SHORT;
        if (settledAtQuickest(e, m)) return Verdict.FIDGET;
        if (slowerThanAnyRep(m)) return Verdict.REPOSITIONED;
        if (tiny(m)) return Verdict.NOISE;
        if (restWobble(e, timing, m)) return Verdict.NOISE;
        if (smallWithoutRest(e, m)) return Verdict.NOISE;
        if (settledAwayQuick(e, m)) return Verdict.FIDGET;
        boolean newSide = mayBeNewSide(m, sideOpen);
        if (quickUnlikeReps(m) && !returnedRushed(e, m) && !fullAfterPartial(e, m)) {
            if (!m.typicalKnown()) return Verdict.PENDING;
            return newSide ? Verdict.HELD : Verdict.FIDGET;
        }
        boolean narrow = narrow(m);
        if (!m.typicalKnown()) {
            if (narrow) return Verdict.PENDING;
            return givenUp.givenUpFirst(e, timing) ? Verdict.ABANDONED : Verdict.REP;
        }
        if (givenUp.givenUp(e, timing, m)) return Verdict.ABANDONED;
        if (hurriedFidget(m)) return Verdict.FIDGET;
        if (smallAway(e, m, sideOpen)) return Verdict.FIDGET;
        if (!narrow) return Verdict.REP;
        if (returnedRushed(e, m)) return Verdict.REP;
        if (pointsAway(m)) return newSide ? Verdict.HELD : Verdict.FIDGET;
        if (shift(m)) return Verdict.FIDGET;
        return Verdict.REP;
    }

    /**
     * The verdict told by how the movement ended, or null when that tells nothing: a posture change,
     * a movement stuck away from rest or timed out repositioned the body; so did one cut off by the
     * end of the stream while still above half its peak.
     */
    private static Verdict byEnd(Excursion e) {
        switch (e.end()) {
            case POSTURE_CHANGE:
            case STUCK:
            case TIMEOUT:
                return Verdict.REPOSITIONED;
            case STREAM_END:
                return e.theta_deg()[e.length() - 1] > 0.5 * e.peak_deg() ? Verdict.REPOSITIONED : null;
            default:
                return null;
        }
    }

    /** The movement against the targets and the reps so far, measured once for the rules. */
    private MovementRatios measure(Excursion e, RepTiming timing, double cos, double taught_deg) {
        double w = e.timeAboveHalf_s();
        double typical_deg = typicalRange_deg();
        double rd = timing == null ? Double.NaN : timing.duration_s() / typical.duration_s();
        double rb = timing == null ? Double.NaN : timing.back_s() / typical.return_s();
        return new MovementRatios(w, w / (quickest_s * typical.tempoFactor()), typical_deg, e.peak_deg() / typical_deg,
                w / typical.width_s(), rd, rb, typical.pace(), cos, taught_deg / typical_deg, relativeSpeed(e, typical_deg));
    }

    /**
     * The mean of the movement's peak speeds out and back ({@link PeakSpeed#of}), each over the peak speed of
     * a minimum-jerk ramp of the typical range over the typical way out or back; NaN while those are unknown.
     */
    private double relativeSpeed(Excursion e, double typical_deg) {
        double out = PeakSpeed.of(e, true) / PeakSpeed.minJerk_dps(typical_deg, typical.out_s());
        double back = PeakSpeed.of(e, false) / PeakSpeed.minJerk_dps(typical_deg, typical.return_s());
        return (out + back) / 2;
    }

    /**
     * Narrower than {@link #FIDGET_WIDTH} of the quickest rep ({@link #QUICKEST}) at her tempo, but
     * a slow tempo never widens it: rushing is measured against the exercise's targets (each
     * movement in 0.4-0.65 of its minimum), not her pace, so a slow person's rushed rep is as quick
     * as anyone's. A knock or a fidget.
     */
    private boolean fidgetWidth(MovementRatios m) {
        return m.width_s() < FIDGET_WIDTH * quickestNeverSlower_s();
    }

    /** The quickest rep's width ({@link #QUICKEST}) at her tempo, never widened by a slow tempo, seconds. */
    private double quickestNeverSlower_s() {
        return quickest_s * Math.min(1, typical.tempoFactor());
    }

    /**
     * Ended {@link Excursion.End#SETTLED} and narrower than {@link #SETTLED_FIDGET_WIDTH} of the quickest
     * rep at her tempo (a slow tempo never widens it, as in {@link #fidgetWidth}): a shift that set the
     * pelvis down elsewhere.
     */
    private boolean settledAtQuickest(Excursion e, MovementRatios m) {
        return e.end() == Excursion.End.SETTLED
                && m.width_s() < SETTLED_FIDGET_WIDTH * quickestNeverSlower_s();
    }

    /**
     * Quick (below {@link #QUICK_WIDTH} of the quickest rep at her tempo) and ended {@link Excursion.End#SETTLED}
     * at least {@link #SETTLED_AWAY} of its peak from its start: a shift that set the pelvis down elsewhere.
     */
    private static boolean settledAwayQuick(Excursion e, MovementRatios m) {
        return e.end() == Excursion.End.SETTLED && m.quick() < QUICK_WIDTH
                && e.theta_deg()[e.length() - 1] >= SETTLED_AWAY * e.peak_deg();
    }

    /** Wider than {@link #SLOWEST} × the slowest target rep: the body drifted and settled elsewhere. */
    private boolean slowerThanAnyRep(MovementRatios m) {
        return m.width_s() > slowest_s;
    }

    /** Below {@link #TINY_RANGE} of the typical range. */
    private static boolean tiny(MovementRatios m) {
        return m.range() < TINY_RANGE;
    }

    /**
     * Peak within {@link #MIN_PEAK_Z} rest wobbles, unless it points like the reps (cosine at least
     * {@link #NOISE_COS}) and is at least {@link #NOISE_WIDTH} of the typical width, or kept the
     * exercise's tempo ({@link #TEMPO_SHAPED}, {@link #tempoShaped}).
     */
    private boolean restWobble(Excursion e, RepTiming timing, MovementRatios m) {
        return e.peakZ() < MIN_PEAK_Z && !(m.pointsLikeReps(NOISE_COS) && m.width() >= NOISE_WIDTH)
                && !tempoShaped(timing, m);
    }

    /**
     * Below {@link #PARTIAL_RANGE} of the typical range, its peak within {@link #MIN_PEAK_Z} rest
     * wobbles, and begun straight out of the movement before, with no rest of its own: the
     * detector found no sample between that movement's end and {@link ExcursionBuilder#BASE_GAP_S}
     * before this one's start, so the rest before it is unknown ({@link Excursion#restBase_deg} 0).
     * After a rep that stopped short of home (ended settled), the pelvis creeps on home and breathing
     * rocks it, measured from the stop: a movement of breathing's size that points near some side's
     * axis and so passes {@link #restWobble}. A partial rep, however small, starts from rest: she
     * pauses between reps.
     */
    private static boolean smallWithoutRest(Excursion e, MovementRatios m) {
        return m.range() < PARTIAL_RANGE && e.peakZ() < MIN_PEAK_Z && e.restBase_deg() == 0;
    }

    /** Within {@link #QUICK_RANGE_LO}-{@link #QUICK_RANGE_HI} of the typical range: measures like a rep. */
    private static boolean repRange(MovementRatios m) {
        return m.range() >= QUICK_RANGE_LO && m.range() <= QUICK_RANGE_HI;
    }

    /**
     * While the other side has no rep yet ({@code sideOpen}), a movement of a rep's range
     * ({@link #repRange}) not pointing like the reps (cosine below {@link SideClassifier#NEW_SIDE_COS})
     * may be the other side's first rep: held rather than called a fidget.
     */
    private static boolean mayBeNewSide(MovementRatios m, boolean sideOpen) {
        return sideOpen && repRange(m) && !m.pointsLikeReps(SideClassifier.NEW_SIDE_COS);
    }

    /**
     * Up to {@link #QUICK_WIDTH} of the quickest rep and not both pointing like the reps (cosine at
     * least {@link #QUICK_COS}, or {@link #YOUNG_CLUSTER_COS} against a cluster taught by less than
     * {@link #YOUNG_CLUSTER_RANGE} of the typical range) and measuring like them ({@link #repRange}).
     */
    private static boolean quickUnlikeReps(MovementRatios m) {
        double minCos = m.taught() < YOUNG_CLUSTER_RANGE ? YOUNG_CLUSTER_COS : QUICK_COS;
        return m.quick() < QUICK_WIDTH && !(m.pointsLikeReps(minCos) && repRange(m));
    }

    /**
     * A quick movement that came back to where it started, pointing like the reps within
     * {@link #RETURNED_COS}, of a rep's range ({@link #RETURNED_RANGE_LO}-{@link #RETURNED_RANGE_HI})
     * and at least {@link #RETURNED_SPEED} of the typical rep's peak speed: a rushed rep.
     */
    private static boolean returnedRushed(Excursion e, MovementRatios m) {
        return e.end() == Excursion.End.RETURNED && m.pointsLikeReps(RETURNED_COS)
                && m.range() >= RETURNED_RANGE_LO && m.range() <= RETURNED_RANGE_HI && m.speed() >= RETURNED_SPEED;
    }

    /**
     * Before the typical range is settled, a quick movement that came back to where it started,
     * pointing like the reps (cosine at least {@link #QUICK_COS}), of {@link #FULL_OF_PARTIAL_LO} to
     * {@link #FULL_OF_PARTIAL} of the typical range: her full rep rushed after partial ones.
     */
    private boolean fullAfterPartial(Excursion e, MovementRatios m) {
        return !typical.rangeSettled() && e.end() == Excursion.End.RETURNED && m.pointsLikeReps(QUICK_COS)
                && m.range() >= FULL_OF_PARTIAL_LO && m.range() <= FULL_OF_PARTIAL;
    }

    /**
     * Narrower than {@link #SHORT_WIDTH} of the typical rep and than {@link #PACED} of the targets'
     * minimum width: judged further by direction and range.
     */
    private boolean narrow(MovementRatios m) {
        return m.width() < SHORT_WIDTH && m.width_s() < PACED * minWidth_s;
    }

    /** Below {@link #PARTIAL_RANGE} of the typical range and over in less than {@link GivenUpRules#HURRIED} of the typical rep's duration. */
    private static boolean hurriedFidget(MovementRatios m) {
        return m.range() < PARTIAL_RANGE && m.duration() < GivenUpRules.HURRIED;
    }

    /**
     * Below {@link #SMALL_AWAY_RANGE} of the typical range and pointing away from every side's reps
     * (cosine below {@link #SMALL_AWAY_COS}) once the other side has reps too ({@code sideOpen} false),
     * its peak clear of the rest wobbles ({@link #MIN_PEAK_Z}, else breathing may have turned its direction).
     */
    private static boolean smallAway(Excursion e, MovementRatios m, boolean sideOpen) {
        return !sideOpen && e.peakZ() >= MIN_PEAK_Z && m.range() < SMALL_AWAY_RANGE && m.pointsAwayFromReps(SMALL_AWAY_COS);
    }

    /** A narrow movement pointing away from the reps (cosine below {@link #SHORT_COS}). */
    private static boolean pointsAway(MovementRatios m) {
        return m.pointsAwayFromReps(SHORT_COS);
    }

    /** A narrow movement over {@link #SHIFT_RANGE} of the typical range, once {@link TypicalRep#TYPICAL_AFTER} ranges are known. */
    private boolean shift(MovementRatios m) {
        return m.range() > SHIFT_RANGE && typical.rangeSettled();
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

    /**
     * True for a movement judged a rep that may have been the resettle between two blocks of one
     * side's reps: it ended {@link Excursion.End#SETTLED} (a rep returns to where it started; a
     * resettle leaves the pelvis somewhere else) and is narrower than {@link #RESETTLE_WIDTH} of
     * the typical rep (a side switch takes 2.5-4 s, widths up to about 2 s), once the typical rep
     * is known. Whether it was is told by the next rep (see {@code RepPipeline}): a resettle is
     * followed by the other side's first rep. Assumes the person does not end her first block with
     * a quick rep that stops short of where it started.
     */
    boolean maybeResettle(Excursion e) {
        return e.end() == Excursion.End.SETTLED && typical.widthKnown()
                && e.timeAboveHalf_s() < RESETTLE_WIDTH * typical.width_s();
    }

    /** The rules that tell an attempt given up ({@link Verdict#ABANDONED}) from a partial rep. */
    GivenUpRules givenUpRules() {
        return givenUp;
    }

    /** The person's typical rep so far, which each accepted rep teaches ({@link TypicalRep#accepted}). */
    TypicalRep typical() {
        return typical;
    }

    /** As {@link TypicalRep#accepted}. */
    void accepted(Excursion e, RepTiming timing) {
        typical.accepted(e, timing);
    }

    /** As {@link TypicalRep#outlier}. */
    boolean outlier(Excursion e) {
        return typical.outlier(e);
    }

    /** As {@link TypicalRep#range_deg}. */
    double typicalRange_deg() {
        return typical.range_deg();
    }
}

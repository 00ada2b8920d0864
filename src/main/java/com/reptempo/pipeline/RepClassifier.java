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
 * where noise and breathing shift it least. The rules for movements as quick as a rushed rep are in
 * {@link QuickMovementRules}, those that tell a small movement from noise in {@link NoiseRules}, and those
 * that tell an attempt given up from a partial rep in {@link GivenUpRules}; this class holds the rest and
 * their order ({@link #judge}). Reasons for every rule and number are in docs/PIPELINE.md ("Rep or not").
 */
final class RepClassifier {
    /**
     * Once both sides have reps, a movement below this fraction of the typical range pointing away
     * from every side's reps ({@link #SMALL_AWAY_COS}) is a fidget, however slow: a partial rep of
     * any size turns the pelvis about its side's own axis, a small shift on the mat about whatever
     * axis the shift takes (partial reps are 0.25-0.7 of the range, pointing like the reps). Only
     * when its peak stands clear of the rest wobbles ({@link NoiseRules#MIN_PEAK_Z}): within them a breath
     * may have turned a partial rep's direction (see {@link NoiseRules#TEMPO_SHAPED}).
     */
    static final double SMALL_AWAY_RANGE = 0.4;
    /** The cosine below which a small movement ({@link #SMALL_AWAY_RANGE}) points away from every side's reps. */
    static final double SMALL_AWAY_COS = 0.3;
    /**
     * While only one side has reps, a movement below this fraction of the typical range pointing back
     * against that side's reps ({@link #REVERSED_COS}) is a fidget, not the other side's first rep: the two
     * sides turn the pelvis about mirror-image axes (cosine -0.3 to -0.45 between the heel scoop's sides in
     * the tuning folders), and a movement pointing opposite the reps is the rest of a way back measured
     * from a place short of rest (a rep or an attempt that settled before it was home). Counted, it
     * founded a false second side, so the real second side's first reps read as pointing away from
     * "its" reps and were called fidgets (fresh10 10010, fresh35 35010: cosines -0.96, -0.97). Attempts
     * given up reach at most 0.6 of her range.
     */
    static final double REVERSED_RANGE = 0.6;
    /** The cosine below which a small movement ({@link #REVERSED_RANGE}) points back against the only side's reps. */
    static final double REVERSED_COS = -0.9;
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
     * rushed rep keeps her usual range, within about ±12 %, see {@link QuickMovementRules#QUICK_RANGE_HI}).
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

    private final double slowest_s;
    private final double minWidth_s;
    private final TypicalRep typical;
    private final QuickMovementRules quick;
    private final NoiseRules noise;
    private final GivenUpRules givenUp;

    RepClassifier(ExerciseDefinition exercise, double outlierRange_deg) {
        this.typical = new TypicalRep(outlierRange_deg, width(exercise.phases(), true));
        this.quick = new QuickMovementRules(exercise.phases(), typical);
        this.slowest_s = SLOWEST * maxWidth(exercise.phases());
        this.minWidth_s = width(exercise.phases(), false);
        List<PhaseTarget> phases = exercise.phases();
        double targetOut_s = phases.get(0).mid_s();
        double targetBack_s = phases.get(phases.size() - 1).mid_s();
        this.noise = new NoiseRules(targetOut_s, targetBack_s);
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
     * ended ({@link #byEnd}); narrower than a fidget: too short ({@link QuickMovementRules#fidgetWidth}); as quick as the
     * quickest rep and settled: a fidget ({@link QuickMovementRules#settledAtQuickest}; not when it
     * dwelled at its top along a side's axis, {@link #dwelledAlongAxis}, nor for the settled-away rule below); wider than the
     * slowest rep: repositioned ({@link #slowerThanAnyRep}); tiny or within the rest wobbles: noise
     * ({@link NoiseRules#tiny}, {@link NoiseRules#restWobble}; held instead when perhaps the other side's
     * partial first rep, {@link NoiseRules#newSidePartial}); small and begun with no rest before it: noise
     * ({@link NoiseRules#smallWithoutRest}); quick and settled far from its start: a fidget
     * ({@link QuickMovementRules#settledAwayQuick}); quick and unlike the reps, unless a returned rushed rep
     * ({@link QuickMovementRules#returnedRushed}): pending, held or a fidget ({@link QuickMovementRules#quickUnlikeReps}); before the first rep: pending when narrow, else an attempt given up
     * when hurried both ways with a stop at the top ({@link GivenUpRules#givenUpFirst}), else a rep; an attempt
     * given up ({@link GivenUpRules#givenUp}; not the other side's first movement that came back at her pace, {@link #newSidePaced}); a hurried fidget ({@link #hurriedFidget}); a small movement
     * pointing away from both sides: a fidget ({@link #smallAway}); a small one pointing back against the only side's reps while the other side has none: a fidget ({@link #reversedWhileSideOpen}); a narrow one of a rep's range that
     * turned straight back off the reps' axis: a fidget ({@link #turnedStraightBack}); a rep unless narrow ({@link #narrow});
     * a narrow returned rushed rep: a rep ({@link QuickMovementRules#returnedRushed}); a narrow one pointing away: held or a fidget ({@link #pointsAway}); a narrow
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
        if (quick.fidgetWidth(m)) return Verdict.TOO_SHORT;
        boolean dwelled = dwelledAlongAxis(timing, m);
        if (quick.settledAtQuickest(e, m) && !dwelled) return Verdict.FIDGET;
        if (slowerThanAnyRep(m)) return Verdict.REPOSITIONED;
        if (NoiseRules.tiny(m)) return Verdict.NOISE;
        if (noise.restWobble(e, timing, m)) return NoiseRules.newSidePartial(e, m, sideOpen) ? Verdict.HELD : Verdict.NOISE;
        if (NoiseRules.smallWithoutRest(e, m)) return Verdict.NOISE;
        if (QuickMovementRules.settledAwayQuick(e, m) && !dwelled) return Verdict.FIDGET;
        boolean newSide = QuickMovementRules.mayBeNewSide(m, sideOpen);
        if (QuickMovementRules.quickUnlikeReps(m) && !QuickMovementRules.returnedRushed(e, m) && !quick.fullAfterPartial(e, m)) {
            if (!m.typicalKnown()) return Verdict.PENDING;
            return newSide ? Verdict.HELD : Verdict.FIDGET;
        }
        boolean narrow = narrow(m);
        if (!m.typicalKnown()) {
            if (narrow) return Verdict.PENDING;
            return givenUp.givenUpFirst(e, timing, m.width_s()) ? Verdict.ABANDONED : Verdict.REP;
        }
        if (givenUp.givenUp(e, timing, m) && !newSidePaced(timing, m, sideOpen)) return Verdict.ABANDONED;
        if (hurriedFidget(m)) return Verdict.FIDGET;
        if (smallAway(e, m, sideOpen)) return Verdict.FIDGET;
        if (reversedWhileSideOpen(m, sideOpen)) return Verdict.FIDGET;
        if (narrow && turnedStraightBack(timing, m)) return Verdict.FIDGET;
        if (!narrow) return Verdict.REP;
        if (QuickMovementRules.returnedRushed(e, m)) return Verdict.REP;
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
        return new MovementRatios(w, w / (quick.quickest_s() * typical.tempoFactor()), typical_deg, e.peak_deg() / typical_deg,
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
     * The other side's first movement (while it has no reps, pointing away from the only side's reps,
     * below {@link SideClassifier#NEW_SIDE_COS}) that came back at her pace ({@link GivenUpRules#cameBackAtPace}):
     * not an attempt given up, whatever its start reads. In a set done in blocks it comes just after
     * the switch, whose settling blurs its start (its way out reads rushed, its duration short and its
     * range a little large); its way back is clear of the switch, and a partial rep keeps her pace
     * there while an attempt drops back in 1-2 s.
     */
    private boolean newSidePaced(RepTiming timing, MovementRatios m, boolean sideOpen) {
        return sideOpen && m.pointsAwayFromReps(SideClassifier.NEW_SIDE_COS) && givenUp.cameBackAtPace(timing);
    }

    /** Wider than {@link #SLOWEST} × the slowest target rep: the body drifted and settled elsewhere. */
    private boolean slowerThanAnyRep(MovementRatios m) {
        return m.width_s() > slowest_s;
    }

    /**
     * Narrower than {@link #SHORT_WIDTH} of the typical rep and than {@link #PACED} of the targets'
     * minimum width: judged further by direction and range.
     */
    private boolean narrow(MovementRatios m) {
        return m.width() < SHORT_WIDTH && m.width_s() < PACED * minWidth_s;
    }

    /**
     * A narrow movement of a rep's range (at least
     * {@link QuickMovementRules#QUICK_RANGE_LO} of it) that did not pause at its top
     * ({@link HeldQuickMovement#heldAtTop}) and points near the reps but off their axis (cosine
     * {@link SideClassifier#NEW_SIDE_COS} to {@link QuickMovementRules#QUICK_COS}, where a quick movement
     * stops pointing like the reps): a shift on the mat, typically
     * the switch between blocks, whose random axis happened to fall near the first side's. A rep's
     * way out and way back are two movements, each coming to rest, so even a rushed rep dwells at its
     * far point; and it turns the pelvis about its side's own axis.
     */
    static boolean turnedStraightBack(RepTiming timing, MovementRatios m) {
        return timing != null && !HeldQuickMovement.heldAtTop(timing) && m.range() >= QuickMovementRules.QUICK_RANGE_LO
                && m.directionKnown() && m.cos() >= SideClassifier.NEW_SIDE_COS && m.cos() < QuickMovementRules.QUICK_COS;
    }

    /**
     * Paused at its top ({@link HeldQuickMovement#heldAtTop}), along a side's axis (cosine at least
     * {@link HeldQuickMovement#SAME_AXIS_COS}) and of a rep's range ({@link QuickMovementRules#QUICK_RANGE_LO}
     * to {@link QuickMovementRules#QUICK_RANGE_HI}): a rushed rep, even one set down short of its start,
     * rather than a shift that settled (a shift turns without stopping, about whatever axis it takes).
     */
    static boolean dwelledAlongAxis(RepTiming timing, MovementRatios m) {
        return HeldQuickMovement.rushedRepShape(timing, m.range(), m.cos());
    }

    /** Below {@link #PARTIAL_RANGE} of the typical range and over in less than {@link GivenUpRules#HURRIED} of the typical rep's duration. */
    private static boolean hurriedFidget(MovementRatios m) {
        return m.range() < PARTIAL_RANGE && m.duration() < GivenUpRules.HURRIED;
    }

    /**
     * Below {@link #SMALL_AWAY_RANGE} of the typical range and pointing away from every side's reps
     * (cosine below {@link #SMALL_AWAY_COS}) once the other side has reps too ({@code sideOpen} false),
     * its peak clear of the rest wobbles ({@link NoiseRules#MIN_PEAK_Z}, else breathing may have turned its direction).
     */
    private static boolean smallAway(Excursion e, MovementRatios m, boolean sideOpen) {
        return !sideOpen && e.peakZ() >= NoiseRules.MIN_PEAK_Z && m.range() < SMALL_AWAY_RANGE && m.pointsAwayFromReps(SMALL_AWAY_COS);
    }

    /**
     * While the other side has no rep ({@code sideOpen}), below {@link #REVERSED_RANGE} of the typical
     * range and pointing back against the only side's reps (cosine below {@link #REVERSED_COS}).
     */
    private static boolean reversedWhileSideOpen(MovementRatios m, boolean sideOpen) {
        return sideOpen && m.range() < REVERSED_RANGE && m.pointsAwayFromReps(REVERSED_COS);
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

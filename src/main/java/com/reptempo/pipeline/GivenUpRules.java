package com.reptempo.pipeline;

/**
 * The rules that tell an attempt given up part-way ({@link Verdict#ABANDONED}: she rushes out, stops
 * to reconsider and comes back) from a partial rep (she keeps the exercise's pace over part of the
 * range), judged against the person's typical rep ({@link TypicalRep}) and the exercise's target
 * way out and way back: by speed and duration ({@link #abandoned}; before her reps are timed, not
 * when it kept the targets' tempo, {@link #keptTargetTempo}), by a stop at the top after a
 * rushed way out ({@link #stoppedShort}), or, before her reps are timed (the set's first movement
 * too, {@link #givenUpFirst}), by hurrying both ways ({@link #hurriedBothWays}). Part of {@link RepClassifier}'s rules; reasons for every number are in
 * docs/PIPELINE.md ("Rep or not", "Kept the tempo", "Stopped short").
 */
final class GivenUpRules {
    /** Below this fraction of the typical range a movement may be an attempt given up (see {@link #ABANDONED_SPEED}). */
    static final double ABANDONED_RANGE = 0.7;
    /**
     * Relative speed (range over width, each against the typical rep) at or above which a small
     * movement was an attempt given up: it rushes out and stops, so it moves at least about half
     * as fast as a rep; a partial rep keeps the normal pace over a fraction of the range (0.25-0.4).
     */
    static final double ABANDONED_SPEED = 0.52;
    /**
     * Once her way out and way back are timed, the speed test ({@link #ABANDONED_SPEED}) also needs
     * the movement's peak speeds out and back ({@link PeakSpeed}) to average at least this fraction of
     * the typical rep's (a minimum-jerk ramp of the typical range over the typical way out or back).
     * An attempt rushes 35-60 % of the range in 0.4-0.6 of the way out: its peak speed is 0.6-1.5 of
     * a rep's; a partial rep keeps the pace over 25-40 % of the range, 0.25-0.4 of a rep's peak speed,
     * to which breathing (up to about 0.3 deg/s of tilt speed) adds a few tenths. Peak speed is read
     * mid-ramp, clear of the rest wobble; the width the speed test divides by is read at half the
     * peak, where a breath stretches or squeezes a small movement.
     */
    static final double ABANDONED_PEAK_SPEED = 0.55;
    /**
     * A small movement lasting at least this fraction of the typical rep's duration (start of the
     * way out to end of the way back) kept the exercise's tempo: a partial rep, slow out and slow
     * back over less range, whatever its speed reads. An attempt given up goes out at about half
     * the normal pace, barely stops and comes straight back: it lasts about 0.4-0.7 of a rep. The
     * speed test alone misreads small movements whose width a breath has stretched or squeezed.
     * Only for movements below {@link #KEPT_RANGE}.
     */
    static final double KEPT_TEMPO = 0.9;
    /**
     * A partial rep covers about a third of the usual range (0.25-0.4 of it; with the ±12 % spread
     * of both it and the typical rep, up to about 0.45). A larger small movement that lasts long was
     * an attempt given up whose return a drift or the next movement stretched, not a partial rep.
     */
    static final double KEPT_RANGE = 0.45;
    /**
     * A small movement keeps the tempo ({@link #KEPT_TEMPO}) only if its way back also took at least
     * this fraction of the typical rep's way back: a partial rep comes back under control at the
     * exercise's pace; an attempt given up drops back in 1-2 s (about 0.35-0.7 of a 3-s return),
     * however long a movement just before it makes its start look.
     */
    static final double KEPT_RETURN = 0.8;
    /**
     * A small movement lasting less than this fraction of the typical rep's duration was given up
     * whatever its width reads: no rep done at the exercise's pace, however partial, is over in
     * under half the time of the person's reps. Below {@link RepClassifier#PARTIAL_RANGE} (down to
     * {@link NoiseRules#TINY_RANGE}) such a movement is a fidget: the side switch between blocks can read
     * that small and, one time in ten, point like the reps (heel scoop: 2.8 s, a quarter of the range).
     */
    static final double HURRIED = 0.5;
    /**
     * In an exercise with no hold at the top, a small movement (below {@link #KEPT_RANGE}) that
     * stopped at its peak for at least this long was an attempt given up: she rushed out, stopped to
     * reconsider and came back. A rep without a hold turns at the top (measured tops 0-0.4 s); the
     * attempts in the simulator's sets stop 0.3-0.7 s. Only together with {@link #RUSHED_OUT} and
     * {@link #STOPPED_TEMPO}, and only for a movement that returned to where it started (an attempt
     * given up does; one that settled elsewhere may have been cut short by the detector, its top and
     * duration not what the body did), and whose peak stands at least {@link NoiseRules#MIN_PEAK_Z} rest
     * wobbles clear (below that, breathing shapes its top and ramps as much as the body: a partial
     * rep of 7 wobbles read as 1.8 s out, a 0.5-s top and 2 s back).
     */
    static final double STOP_TOP_S = 0.4;
    /**
     * ... whose way out took less than this fraction of the target way out at her pace: an attempt
     * rushes out in about 0.4-0.6 of it, a partial rep keeps the pace (0.6-1 of it, smaller in range).
     */
    static final double RUSHED_OUT = 0.7;
    /**
     * ... and that lasted less than this fraction of the typical rep's duration: a partial rep that
     * paused at its top (a hesitation, not a rep's hold) still lasts about as long as a rep.
     */
    static final double STOPPED_TEMPO = 0.75;
    /**
     * In an exercise with a hold at the top, a movement that stayed at its top for at least this
     * fraction of the target hold's shortest time (cobra lift 1 s, arm/leg extension 1.5 s) held it:
     * a rep, partial or not, never an attempt given up. Giving up is deciding not to go on, so she
     * stops only to reconsider and comes back: the simulator's attempts stop 0.2-0.6 s and measure
     * at most 0.93 s at the top (SimEval seeds 1-160), while the reps judged given up before this rule
     * held 2.2-4.1 s, their range read short from a rest the movement before them had displaced.
     * A short hold (0.3-0.55 of the target) of a partial rep is not enough: such a rep is judged like any other small movement.
     */
    static final double HELD_TOP = 0.5;
    /**
     * Before her typical duration is known (the first three timed reps of a set), a small movement
     * that went out in at least {@link #EARLY_KEPT_OUT} of the target way out at her pace, lasted (way
     * out, top and way back) at least this fraction of the target rep (way out plus way back at her
     * pace) and came back in at least {@link #EARLY_KEPT_RETURN} of the target way back kept the
     * exercise's tempo: a partial rep, whatever its range over width reads against a typical rep
     * learned from one or two reps. An attempt given up rushes out in 0.4-0.6 of the way out, stops
     * 0.2-0.6 s and drops back in 1-2 s: over in about 0.4-0.7 of a rep (heel scoop: 2.4-4.4 s
     * against 6 s, measured 2.5-4.4 s); a partial rep keeps the pace both ways (measured 4.2-7 s).
     * The same test as {@link #KEPT_TEMPO}, against the targets instead of her measured reps.
     */
    static final double EARLY_KEPT_TEMPO = 0.7;
    /**
     * ... and went out in at least this fraction of the target way out at her pace: not rushed out.
     * Lower than {@link #RUSHED_OUT} (the bar for rushing, with a stop at the top): a partial rep's
     * 0.7-1° ramp reads short at its start, where breathing hides it (measured 2.0-2.1 s of 3 s:
     * heel scoop 15010 rep 2, routine 39101 rep 3, given up by the speed rule at 0.7), while an
     * attempt rushes out in 0.4-0.6 of the way out (measured up to 2.06 s; those near the bar stopped
     * at the top and are given up by {@link #hurriedBothWays} unless wide at half their peak).
     */
    static final double EARLY_KEPT_OUT = 0.65;
    /**
     * ... and came back in at least this fraction of the target way back at her pace: an attempt
     * drops back in 1-2 s of a 3-s return, however long a movement merged with its start makes its
     * way out look (measured 1.0-1.75 s for attempts whose way out read over 4 s); a partial rep
     * returns under control (measured 1.8-2.8 s).
     */
    static final double EARLY_KEPT_RETURN = 0.6;
    /**
     * Before her typical duration is known, a movement whose half-peak width is at least this fraction
     * of the targets' width at her pace kept the pace over its middle and is not given up by
     * {@link #hurriedBothWays}: a partial rep goes out and back each in a normal phase (0.85-1.25 of
     * the target), so half its way out plus half its way back is at least about 0.85 of the target
     * width (heel scoop and rear leg lift 2.55 of 3 s), whatever its small ramps' ends read, which
     * breathing hides (measured ways out and back 1.7-2.1 s of 3). An attempt given up rushes out in
     * 0.4-0.6 of the way out, stops 0.2-0.6 s and drops back in 1-2 s: half-peak width 1.3-2.3 s,
     * at most about 2.7 s at the slowest pace. Measured in the tuning folders: the attempts the rule
     * gives up early 1.6-2.44 s, the partial reps it gave up 2.56-2.68 s (16036 rep 1, 20012 rep 2),
     * a clean rep 2.51 s (35004). The half-peak width is read where breathing shifts it least.
     */
    static final double KEPT_WIDTH = 0.83;
    /**
     * ... only when the stop at its top was shorter than this: a partial rep turns at its top
     * (measured 0-0.9 s, a minimum-jerk turn of a slow small ramp), while a movement that stayed
     * up longer is wide by its top, not by its pace (a split rep, a fidget, the end of getting into
     * position: 1.25-3.6 s at the top in the tuning folders).
     */
    static final double KEPT_WIDTH_TOP_S = 1.0;
    private final boolean holds;
    private final double targetHold_s;
    private final double targetOut_s;
    private final double targetBack_s;
    private final TypicalRep typical;

    /**
     * @param targetHold_s the shortest time of the exercise's hold at the top, seconds; NaN when it
     *                     has none (a stop at the top is then not what a rep does)
     * @param targetOut_s  the exercise's target way out, seconds
     * @param targetBack_s the exercise's target way back, seconds
     * @param typical      the person's typical rep so far (for her pace)
     */
    GivenUpRules(double targetHold_s, double targetOut_s, double targetBack_s, TypicalRep typical) {
        this.holds = !Double.isNaN(targetHold_s);
        this.targetHold_s = targetHold_s;
        this.targetOut_s = targetOut_s;
        this.targetBack_s = targetBack_s;
        this.typical = typical;
    }

    /**
     * An attempt given up by its speed and duration ({@link #abandoned}), or by its shape: back where
     * it started ({@link Excursion.End#RETURNED}), peak at least {@link NoiseRules#MIN_PEAK_Z} rest wobbles
     * clear, rushed out and stopped at the top ({@link #stoppedShort}); never one that held its top
     * ({@link #heldTop}).
     */
    boolean givenUp(Excursion e, RepTiming timing, MovementRatios m) {
        if (heldTop(timing)) return false;
        return (abandoned(m.range(), m.width(), m.duration(), m.back(), m.speed()) && !keptTargetTempo(timing, m.duration()))
                || (e.end() == Excursion.End.RETURNED && e.peakZ() >= NoiseRules.MIN_PEAK_Z
                    && (stoppedShort(m.range(), timing, m.duration()) || hurriedBothWays(timing, m.duration(), m.width_s())));
    }

    /**
     * Before her typical duration is known, whether a movement kept the exercise's tempo against the
     * targets at her pace ({@link #EARLY_KEPT_TEMPO}): way out not rushed ({@link #EARLY_KEPT_OUT}), the
     * whole movement and the way back long enough ({@link #EARLY_KEPT_RETURN}). Once the typical
     * duration is known, {@link #abandoned}'s own tempo test decides instead.
     *
     * @param timing the movement's measured phases (null: unknown, false)
     * @param rd     duration over the typical duration (known: false)
     */
    boolean keptTargetTempo(RepTiming timing, double rd) {
        if (timing == null || !Double.isNaN(rd)) return false;
        double pace = typical.pace();
        return timing.out_s() >= EARLY_KEPT_OUT * targetOut_s * pace
                && timing.duration_s() >= EARLY_KEPT_TEMPO * (targetOut_s + targetBack_s) * pace
                && cameBackAtPace(timing);
    }

    /**
     * Whether the movement came back in at least {@link #EARLY_KEPT_RETURN} of the target way back at
     * her pace: an attempt given up drops back in 1-2 s (measured 1.0-1.75 s), a partial rep returns
     * under control (measured 1.8-2.8 s).
     *
     * @param timing the movement's measured phases (null: unknown, false)
     */
    boolean cameBackAtPace(RepTiming timing) {
        return timing != null && timing.back_s() >= EARLY_KEPT_RETURN * targetBack_s * typical.pace();
    }

    /**
     * The set's first movement (no rep yet, so no typical rep to compare with) given up by its
     * shape alone: peak at least {@link NoiseRules#MIN_PEAK_Z} rest wobbles clear, and hurried
     * both ways with a stop at the top ({@link #hurriedBothWays}, at the targets' pace). The first
     * movement of a set can be an attempt given up as well as any other; with nothing to measure its
     * range against, its shape is all that tells it from a first rep, which turns at the top (rushed
     * or not) or keeps the pace. Whether it came back to where it started is not asked: the rest
     * it is measured from was found just after she got into position, and she may still settle.
     *
     * @param timing  the movement's measured phases (null: unknown, false)
     * @param width_s the movement's half-peak width, seconds ({@link #keptWidth})
     */
    boolean givenUpFirst(Excursion e, RepTiming timing, double width_s) {
        return e.peakZ() >= NoiseRules.MIN_PEAK_Z && hurriedBothWays(timing, Double.NaN, width_s);
    }

    /**
     * In an exercise with a hold, whether the movement stayed at its top for at least {@link #HELD_TOP}
     * of the target hold's shortest time (false when not measured).
     */
    boolean heldTop(RepTiming timing) {
        return holds && timing != null && timing.top_s() >= HELD_TOP * targetHold_s;
    }

    /**
     * An attempt given up by its shape, in an exercise without a hold: small (range
     * {@link RepClassifier#PARTIAL_RANGE}-{@link #KEPT_RANGE} of the typical), rushed out (way out below
     * {@link #RUSHED_OUT} of the target at her pace), stopped at the top at least
     * {@link #STOP_TOP_S} and over in less than {@link #STOPPED_TEMPO} of the typical rep.
     *
     * @param r      range over the typical range
     * @param timing the movement's measured phases (null: unknown, false)
     * @param rd     duration over the typical duration (NaN while unknown: false)
     */
    boolean stoppedShort(double r, RepTiming timing, double rd) {
        return !holds && timing != null && r >= RepClassifier.PARTIAL_RANGE && r < KEPT_RANGE && timing.top_s() >= STOP_TOP_S
                && timing.out_s() < RUSHED_OUT * targetOut_s * typical.pace() && rd < STOPPED_TEMPO;
    }

    /**
     * An attempt given up by its shape before her typical duration is known (the first few reps of a
     * set), in an exercise without a hold: rushed out and rushed back (each below {@link #RUSHED_OUT}
     * of the target at her pace) with a stop at the top of at least {@link #STOP_TOP_S}. Giving up
     * hurries both ways (out in 0.4-0.6 of the way out, back in 1-2 s of a 3-s return) and stops to
     * reconsider; a rushed rep hurries both ways too but turns at the top (measured tops 0-0.16 s);
     * a partial rep keeps the pace. Whatever its range: the typical range of the first few reps may
     * have been learned from a partial rep. Once the typical duration is known
     * {@link #stoppedShort} decides instead.
     *
     * @param timing  the movement's measured phases (null: unknown, false)
     * @param rd      duration over the typical duration (NaN while unknown; known: false)
     * @param width_s the movement's half-peak width, seconds ({@link #keptWidth}: false)
     */
    boolean hurriedBothWays(RepTiming timing, double rd, double width_s) {
        return !holds && timing != null && Double.isNaN(rd) && timing.top_s() >= STOP_TOP_S
                && timing.out_s() < RUSHED_OUT * targetOut_s * typical.pace()
                && timing.back_s() < RUSHED_OUT * targetBack_s * typical.pace()
                && !keptWidth(timing, width_s);
    }

    /**
     * Whether a movement hurried at its ends kept the pace over its middle: half-peak width at least
     * {@link #KEPT_WIDTH} of the targets' width at her pace, no wider than the movement itself (out, top
     * and back: a wider reading spans something else), and a stop at the top below
     * {@link #KEPT_WIDTH_TOP_S}. A partial rep's small ramps read short at their ends, where breathing
     * hides them, but its middle keeps her pace; an attempt given up is narrow.
     *
     * @param timing  the movement's measured phases (not null)
     * @param width_s the movement's half-peak width, seconds (NaN: false)
     */
    boolean keptWidth(RepTiming timing, double width_s) {
        return width_s >= KEPT_WIDTH * typical.targetWidth_s() * typical.pace() && width_s <= timing.duration_s()
                && timing.top_s() < KEPT_WIDTH_TOP_S;
    }

    /**
     * An attempt given up: well below the typical range, and either moving at least
     * {@link #ABANDONED_SPEED} as fast as the typical rep (unless, below {@link #KEPT_RANGE}, it
     * lasted at least {@link #KEPT_TEMPO} of the typical rep's duration and came back in at least
     * {@link #KEPT_RETURN} of its way back), or lasting less than {@link #HURRIED} of its duration.
     *
     * @param r  range over the typical range
     * @param rw width over the typical width
     * @param rd duration over the typical duration (NaN while unknown: the speed decides alone)
     * @param rb way back over the typical way back (NaN while unknown)
     */
    static boolean abandoned(double r, double rw, double rd, double rb) {
        return abandoned(r, rw, rd, rb, Double.NaN);
    }

    /**
     * As {@link #abandoned(double, double, double, double)}, but once the relative peak speed is known
     * (rv, {@link MovementRatios#speed}) the speed test also needs it at least {@link #ABANDONED_PEAK_SPEED}.
     *
     * @param rv peak speed over the typical rep's (NaN while unknown: range over width decides alone)
     */
    static boolean abandoned(double r, double rw, double rd, double rb, double rv) {
        if (r < RepClassifier.PARTIAL_RANGE || r >= ABANDONED_RANGE) return false;
        boolean keptTempo = r < KEPT_RANGE && rd >= KEPT_TEMPO && rb >= KEPT_RETURN;
        boolean fast = r >= ABANDONED_SPEED * rw && !(rv < ABANDONED_PEAK_SPEED);
        return (fast && !keptTempo) || rd < HURRIED;
    }
}

package com.reptempo.pipeline;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Fault;
import com.reptempo.model.FaultKind;
import com.reptempo.model.FaultThresholds;
import com.reptempo.model.PhaseKind;
import com.reptempo.model.PhaseResult;
import com.reptempo.model.PhaseTarget;
import com.reptempo.model.RepResult;
import com.reptempo.model.Side;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns an accepted movement into a judged {@link RepResult}: phases, faults, smoothness and quality. A
 * movement with a rest in its middle ({@link RestMidway}: measured from a neighbouring rep's top) is
 * timed and judged as the whole rep between its two rests, measured from that rest. A rep cut at a pause on
 * its way down ({@link WayDownPause}) is jerky whatever its smoothness, and so is a rep of full range, not too
 * slow, with a way that halts and goes on ({@link WayStall}; on a too-slow way breathing can hold the rotation
 * still as long). A rep of partial range is jerky only
 * when a way with a stop in its middle ({@link MidMovementStop}; the way out searched from the rest she set off
 * from, as {@link Smoothness#measure} does) is: at a partial rep's 1-1.5 deg, breathing's
 * few tenths of a degree make its phases' speed uneven without any stop. Likewise a too-slow rep: on a phase
 * of 1.5-4 times its target a breath's bumps (0.15-0.35 deg over 3-5 s) are as fast as the movement itself
 * and its phases' SPARC scored -2.0 to -2.1 on reps done smoothly. A rep smaller than
 * {@link FormJudge#MIN_SMOOTHNESS_SNR} rest wobbles, whose phases' smoothness is not judged, is jerky when a way with
 * a stop in its middle is: the stop's speed guard ({@link MidMovementStop}) is itself in rest wobbles per second, so
 * breathing cannot make one, and a halt is a halt at any range.
 */
final class RepAssembler {
    /**
     * Faults read from the movement's peak rotation and speed profile as those of one rep: the pelvis's rotation
     * (its peak from the start orientation) and smoothness. A rep whose timing collapsed ({@link TempoJudge#collapsed}:
     * a movement phase under 0.2 s, the ramps' fits crossed) is not one rep's movement but two merged or a split one,
     * whose peak can stack a neighbour's rotation or a shift on the rep's and whose speed holds two reps' bumps; it
     * gets none of these faults, as it gets no tempo fault. Partial range is still judged.
     */
    static final Set<FaultKind> SHAPE_FAULTS = EnumSet.of(FaultKind.BACK_LIFT, FaultKind.UNSTABLE_PELVIS, FaultKind.JERKY);
    private final ExerciseDefinition exercise;
    private final FaultThresholds thresholds;
    /** Target maxima of the exercise's first and last movement phases (the ways out and back; {@link WayStall}). */
    private final double outMax_s;
    private final double backMax_s;

    RepAssembler(ExerciseDefinition exercise, FaultThresholds thresholds) {
        this.exercise = exercise;
        this.thresholds = thresholds;
        double out = Double.NaN;
        double back = Double.NaN;
        for (PhaseTarget p : exercise.phases()) {
            if (p.kind() != PhaseKind.MOVEMENT) continue;
            if (Double.isNaN(out)) out = p.max_s();
            back = p.max_s();
        }
        this.outMax_s = out;
        this.backMax_s = back;
    }

    RepResult assemble(int index, Excursion e, RepTiming timing, Side side, double typicalRange_deg, double delay_s,
                       double wobble_deg) {
        List<PhaseResult> phases = PhaseSplitter.split(timing, exercise.phases());
        Excursion inner = RestMidway.inner(e);
        if (inner != e) {
            RepTiming innerTiming = PhaseTimer.time(inner, delay_s);
            List<PhaseResult> innerPhases = PhaseSplitter.split(innerTiming, exercise.phases());
            if (wholeRep(innerPhases)) {
                e = inner;
                timing = innerTiming;
                phases = innerPhases;
            }
        }
        double wayBackLeft = PhaseTimer.wayBackLeftUnlessReturned(e);
        EvenMovement even = EvenMovement.of(e);
        Smoothness.Measure smoothness = Smoothness.measure(e, even, phases, delay_s);
        double smooth = round(smoothness.sparc(), 1000);
        double range = round(e.peak_deg(), 1000);
        List<Fault> faults = new ArrayList<>();
        // tempo and smoothness are judged only on a rep clear of the rest wobble (FormJudge.MIN_SMOOTHNESS_SNR)
        boolean clearOfWobble = range >= FormJudge.MIN_SMOOTHNESS_SNR * wobble_deg;
        if (clearOfWobble) {
            faults.addAll(TempoJudge.judge(phases, timing, thresholds, !PhaseTimer.wayOutUnseen(e),
                    !PhaseTimer.wayBackUnfinished(wayBackLeft)));
        }
        faults.addAll(FormJudge.judge(exercise, thresholds, range, range, typicalRange_deg, smooth, wobble_deg));
        boolean oneRep = !TempoJudge.collapsed(phases);
        if (!oneRep) faults.removeIf(f -> SHAPE_FAULTS.contains(f.kind()));
        boolean wayStopped = smoothness.stoppedWaySparc() < thresholds.jerkySparcLimit();
        if ((has(faults, FaultKind.PARTIAL_RANGE) || has(faults, FaultKind.TOO_SLOW)) && !wayStopped) {
            faults.removeIf(f -> f.kind() == FaultKind.JERKY);
        }
        if (oneRep && !has(faults, FaultKind.JERKY) && jerkyAnyway(e, even, faults, clearOfWobble, wayStopped, wayBackLeft)) {
            double limit = thresholds.jerkySparcLimit();
            faults.add(new Fault(FaultKind.JERKY, null, smooth, 100 * (smooth - limit) / Math.abs(limit)));
        }
        return build(index, phases, side, faults, range, smooth);
    }

    /**
     * Whether one rep not found jerky by its smoothness is jerky all the same: too small for its smoothness to be
     * judged (not clearOfWobble), with a way that stopped in its middle; or judged, and cut at a pause on its way down ({@link WayDownPause});
     * or judged, of full range, not too slow, with a way that halted and went on ({@link WayStall}).
     */
    private boolean jerkyAnyway(Excursion e, EvenMovement even, List<Fault> faults, boolean clearOfWobble,
                                boolean wayStopped, double wayBackLeft) {
        if (!clearOfWobble) return wayStopped;
        boolean partial = has(faults, FaultKind.PARTIAL_RANGE);
        return WayDownPause.cut(e, exercise, partial, wayBackLeft)
                || (!partial && !has(faults, FaultKind.TOO_SLOW) && WayStall.stalled(e, even, outMax_s, backMax_s));
    }

    private static boolean has(List<Fault> faults, FaultKind kind) {
        for (Fault f : faults) if (f.kind() == kind) return true;
        return false;
    }

    /**
     * Whether a rep found between two rests ({@link RestMidway}) is a whole rep: at least as long as the
     * exercise allows without every phase being too fast. A shorter part is not the rep the rests framed
     * (a knock's spike taken for its top), and the movement is then judged as it was found.
     */
    private boolean wholeRep(List<PhaseResult> phases) {
        double min_s = 0;
        for (PhaseResult p : phases) min_s += thresholds.tooFastFactor() * p.targetMin_s();
        return phases.get(phases.size() - 1).end_s() - phases.get(0).start_s() >= min_s;
    }

    /** A rep of a custom exercise: timed phases and tempo faults only (no tilt-based form checks). */
    RepResult assembleCycle(int index, RepTiming timing, double range_deg) {
        List<PhaseResult> phases = PhaseSplitter.split(timing, exercise.phases());
        List<Fault> faults = new ArrayList<>(TempoJudge.judge(phases, timing, thresholds));
        return build(index, phases, null, faults, round(range_deg, 1000), 0);
    }

    /**
     * The same rep with partial range judged against another typical range (the whole set's). A rep of partial
     * range gets no {@code short-hold} in the set's result: she did not reach the position the hold is held in,
     * and at such a range (about 1-1.5 deg at the pelvis exercises) the top 15 % of the travel, where the hold's
     * edges are found, is 0.15-0.2 deg, within one breath (0.15-0.35 deg), so its length is not measurable.
     * Nor does it get {@code too-slow}: the ramp's foot and shoulder lie within that breath too, and a breath
     * drifting on the rest or the top stretches a movement phase by seconds (an arm/leg extension's 0.9 deg
     * extend, truly 3.1 s, measured 7.2 s), while moving part of the way at her pace takes less time than the
     * whole way, not more. Too fast is still judged, at the pace of its travel ({@link #tooFastForItsTravel}).
     */
    RepResult rejudgeRange(RepResult r, double typicalRange_deg) {
        List<Fault> faults = new ArrayList<>();
        List<Fault> partial = FormJudge.partialRange(thresholds, r.range_deg(), typicalRange_deg);
        for (Fault f : r.faults()) {
            if (f.kind() == FaultKind.PARTIAL_RANGE || ((f.kind() == FaultKind.SHORT_HOLD || f.kind() == FaultKind.TOO_SLOW) && !partial.isEmpty())) continue;
            if (f.kind() == FaultKind.TOO_FAST && !partial.isEmpty() && !tooFastForItsTravel(r, typicalRange_deg)) continue;
            faults.add(f);
        }
        faults.addAll(partial);
        if (faults.equals(r.faults())) return r;
        return build(r.index(), r.phases(), r.side(), faults, r.range_deg(), r.smoothness());
    }

    /**
     * Whether a partial rep still has a movement phase too fast once judged at the pace of its own travel. The
     * phases' target durations are set for the whole movement; moving a fraction f of the set's typical range at a
     * full rep's pace (the same speeds, a minimum-jerk ramp scaled in time) takes f times as long. So a partial rep's
     * phase is too fast only when shorter than tooFastFactor x its target minimum x f. At the pelvis exercises
     * (partial reps of 1-1.5 deg) this also keeps the flag off timings that breathing decides: the ramp's foot and
     * shoulder (15-33 % and 67-85 % of the travel, 0.15-0.5 deg) lie within one breath (0.15-0.35 deg), which moved
     * their passages by 0.5-1 s.
     */
    private boolean tooFastForItsTravel(RepResult r, double typicalRange_deg) {
        double travelFraction = r.range_deg() / typicalRange_deg;
        for (PhaseResult p : r.phases()) {
            if (p.kind() == PhaseKind.MOVEMENT && p.duration_s() < thresholds.tooFastFactor() * p.targetMin_s() * travelFraction) {
                return true;
            }
        }
        return false;
    }

    private static RepResult build(int index, List<PhaseResult> phases, Side side, List<Fault> faults, double range,
                                   double smooth) {
        faults.sort(Comparator.comparing(Fault::kind));
        double quality = QualityScore.rep(phases, faults);
        double start = phases.get(0).start_s();
        double end = phases.get(phases.size() - 1).end_s();
        return new RepResult(index, start, end, side, phases, faults, quality, range, range, smooth);
    }

    static double round(double v, double scale) {
        return Math.round(v * scale) / scale;
    }
}

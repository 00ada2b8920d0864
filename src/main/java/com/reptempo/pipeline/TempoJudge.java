package com.reptempo.pipeline;

import com.reptempo.model.Fault;
import com.reptempo.model.FaultKind;
import com.reptempo.model.FaultThresholds;
import com.reptempo.model.PhaseKind;
import com.reptempo.model.PhaseResult;

import java.util.ArrayList;
import java.util.List;

/**
 * Tempo faults of a rep's phases against their targets: {@code too-fast} when a movement phase is
 * shorter than tooFastFactor × its target minimum, {@code too-slow} when any phase is longer than
 * tooSlowFactor × its target maximum, {@code short-hold} when a hold is shorter than
 * shortHoldFactor × its target minimum. The deviation is in seconds from the target range and in
 * percent of the bound it missed.
 *
 * <p>Calling a phase too fast or too slow is a judgement of the person, so a flag needs every opinion
 * {@link PhaseTimer} holds on the phase's boundaries to agree; the reported timing is unchanged, only
 * the flag abstains. A timing with one opinion per boundary (a custom exercise's cycles) is judged on
 * the reported durations alone.
 * <ul>
 * <li>The start of a rep and its end are each found from the part of the ramp next to the rest and from
 * the part next to the top ({@link RepTiming#startFromTop_s}, {@link RepTiming#endFromTop_s}). A
 * minimum-jerk movement is one shape, so both agree on a clean rep; when they differ, one of them was
 * pulled by something that is not the movement (a slow drift of the rest, breathing, noise at a small
 * range). A hold's boundaries are found by free fits of the ramps next to the top and by the same ramps
 * placed with their durations from most of their travel ({@link RepTiming#outEndPlaced_s},
 * {@link RepTiming#backStartPlaced_s}). A phase is too fast or its hold short only when it is so by both
 * opinions (its longer duration), too slow only when too slow by both (its shorter duration). A movement
 * phase next to a hold is judged too slow on its outer boundary's opinions alone.</li>
 * <li>For {@code too-fast} only, the rep's start and end have a third opinion from the fits of the whole
 * ramps ({@link RepTiming#startWhole_s}, {@link RepTiming#endWhole_s}). A rushed way out is short by every
 * fit; one whose foot is lost in breathing is short by the fits of its two ends, both of which then
 * extrapolate from passages pulled by the same breath, while the fit over 15-85 % of the travel spans most
 * of a breath and keeps the ramp's length.</li>
 * <li>For {@code too-fast} only, the turn of a rep without a hold (two phases) may lie as early as
 * {@link RepTiming#turnEarliest_s} and as late as {@link RepTiming#turnLatest_s}: the way out is judged with
 * the latest turn, the way back with the earliest. The reported turn is the middle of the time near the
 * top; after a pause in the middle of the way out the rest of it is quicker than the start of the way back
 * and that middle lies 0.2-0.3 s late, which took 0.5 s off a 2.6 s way back. Rushed phases
 * (0.40-0.65 x min) clear the threshold by far more.</li>
 * <li>For {@code too-fast} only, a movement phase next to a hold also takes the later opinion on where the way out
 * ends and the earlier on where the way back begins ({@link RepTiming#outEndPlaced_s},
 * {@link RepTiming#backStartPlaced_s}): the free fit of the passages next to the top extrapolates a breath's slope
 * over the last third of the ramp, while the placed ramp has the duration of most of its travel (the reason the hold
 * is judged with both). The reported boundaries, and {@code too-slow}, are unchanged.</li>
 * <li>A way back that stopped short of the rest ({@link PhaseTimer#wayBackUnfinished}: a pause on the way down
 * after which the detector took the rest of the way for a movement of its own) is timed from the top to the
 * pause only, and is not called too fast.</li>
 * </ul>
 */
final class TempoJudge {
    /**
     * A movement phase shorter than this means the rep's timing is broken, not that she moved fast:
     * turning the pelvis through a rep in a fifth of a second is a jolt, which the detector does not
     * take for a rep; it is what {@link PhaseTimer} reports when a ramp's fits cross (two reps merged
     * into one movement, or a rep split in two). No tempo fault is judged on such a rep.
     */
    static final double MIN_MOVEMENT_S = 0.2;

    private TempoJudge() {
    }

    /**
     * Whether a rep's timing collapsed: a movement phase shorter than {@link #MIN_MOVEMENT_S}, i.e. the ramps' fits
     * crossed because the movement is not one rep (two merged, or one split).
     */
    static boolean collapsed(List<PhaseResult> phases) {
        for (PhaseResult p : phases) if (p.kind() == PhaseKind.MOVEMENT && p.duration_s() < MIN_MOVEMENT_S) return true;
        return false;
    }

    /** The tempo faults of a rep's phases, split from {@code timing} ({@link PhaseSplitter}), whose way back was seen whole. */
    static List<Fault> judge(List<PhaseResult> phases, RepTiming timing, FaultThresholds th) {
        return judge(phases, timing, th, true, true);
    }


    /**
     * The tempo faults of a rep's phases; without {@code wayOutSeen} (the movement began at a stop on its way up,
     * {@link PhaseTimer#wayOutUnseen}) the first phase is timed from that stop only and is not called too fast;
     * without {@code wayBackSeen} likewise the last.
     */
    static List<Fault> judge(List<PhaseResult> phases, RepTiming timing, FaultThresholds th, boolean wayOutSeen,
                             boolean wayBackSeen) {
        List<Fault> faults = new ArrayList<>();
        if (collapsed(phases)) return faults;
        int n = phases.size();
        double[] shift_s = secondOpinionShifts(timing, n);
        double wholeStart_s = timing.start_s() - timing.startWhole_s();
        double wholeEnd_s = timing.endWhole_s() - timing.end_s();
        for (int i = 0; i < n; i++) {
            PhaseResult p = phases.get(i);
            double d = p.duration_s();
            boolean hold = p.kind() == PhaseKind.HOLD;
            boolean first = i == 0;
            boolean last = i == n - 1;
            double startDelta_s = hold || first ? -shift_s[i] : 0;
            double endDelta_s = hold || last ? shift_s[i + 1] : 0;
            double longest_s = d + Math.max(0, startDelta_s) + Math.max(0, endDelta_s);
            double shortest_s = d + Math.min(0, startDelta_s) + Math.min(0, endDelta_s);
            double longestWhole_s = d + (first ? Math.max(0, wholeStart_s) : 0) + (last ? Math.max(0, wholeEnd_s) : 0);
            double turnSpread_s = n != 2 ? 0
                    : first ? Math.max(0, timing.turnLatest_s() - timing.turn_s()) : Math.max(0, timing.turn_s() - timing.turnEarliest_s());
            double holdEdgeSpread_s = n != 3 || hold ? 0 : first ? Math.max(0, shift_s[1]) : Math.max(0, -shift_s[2]);
            double longestMovement_s = Math.max(longest_s, longestWhole_s) + turnSpread_s + holdEdgeSpread_s;
            boolean timedWhole = (!last || wayBackSeen) && (!first || wayOutSeen);
            if (p.kind() == PhaseKind.MOVEMENT && timedWhole && longestMovement_s < th.tooFastFactor() * p.targetMin_s()) {
                faults.add(fault(FaultKind.TOO_FAST, p, p.targetMin_s()));
            } else if (hold && longest_s < th.shortHoldFactor() * p.targetMin_s()) {
                faults.add(fault(FaultKind.SHORT_HOLD, p, p.targetMin_s()));
            } else if (shortest_s > th.tooSlowFactor() * p.targetMax_s()) {
                faults.add(fault(FaultKind.TOO_SLOW, p, p.targetMax_s()));
            }
        }
        return faults;
    }

    /**
     * How much later each boundary lies by its second opinion (k = the start of phase k; k = phases is the end of
     * the last): the rep's start and end by the other fit of the same ramp, and with a hold (three phases) its
     * boundaries by the ramps placed with their durations from most of their travel; other boundaries have none.
     */
    private static double[] secondOpinionShifts(RepTiming t, int phases) {
        double[] shift = new double[phases + 1];
        shift[0] = t.startFromTop_s() - t.start_s();
        shift[phases] = t.endFromTop_s() - t.end_s();
        if (phases == 3) {
            shift[1] = t.outEndPlaced_s() - t.outEnd_s();
            shift[2] = t.backStartPlaced_s() - t.backStart_s();
        }
        return shift;
    }

    private static Fault fault(FaultKind kind, PhaseResult p, double bound_s) {
        double dev = p.deviation_s();
        return new Fault(kind, p.name(), dev, 100 * dev / bound_s);
    }
}

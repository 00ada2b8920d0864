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
 * <p>The start of a rep and its end are each found twice ({@link PhaseTimer}): from the part of the
 * ramp next to the rest and from the part next to the top. A minimum-jerk movement is one shape, so
 * both agree on a clean rep; when they differ, one of them was pulled by something that is not the
 * movement (a slow drift of the rest, breathing, noise at a small range). Calling a phase too fast or
 * too slow is a judgement of the person, so it needs both opinions: the reported timing is unchanged,
 * only the flag abstains.
 *
 * <p>A hold's boundaries are found twice as well: by free fits of the ramps next to the top, and by
 * the same ramps placed with their durations from most of their travel. The hold is short only when
 * it is so by both; the movements next to it are judged on their outer boundaries' opinions alone.
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

    static List<Fault> judge(List<PhaseResult> phases, FaultThresholds th) {
        return judge(phases, th, new double[phases.size() + 1]);
    }

    /**
     * As {@link #judge(List, FaultThresholds)}, with a second opinion on the phases' boundaries:
     * boundary k (the start of phase k; k = phases.size() is the end of the last) may lie
     * boundaryShift_s[k] later (negative: earlier). A phase is too fast or its hold short only when
     * it is so by both opinions (its longer duration), too slow only when too slow by both (its
     * shorter duration). A movement phase uses only the shifts of the rep's start (first phase) and
     * end (last phase); a hold uses the shifts of both its boundaries.
     */
    static List<Fault> judge(List<PhaseResult> phases, FaultThresholds th, double[] boundaryShift_s) {
        return judge(phases, th, boundaryShift_s, new double[phases.size() + 1]);
    }

    /**
     * As {@link #judge(List, FaultThresholds, double[])}, with a third opinion on the rep's start and end
     * for {@code too-fast} only: {@code wholeRampShift_s} (first and last entries) from the fits of the
     * whole ramps. A rushed way out is short by every fit; one whose foot is lost in breathing is short
     * by the fits of its two ends, both of which then extrapolate from passages pulled by the same breath,
     * while the fit over 15-85 % of the travel spans most of a breath and keeps the ramp's length.
     */
    static List<Fault> judge(List<PhaseResult> phases, FaultThresholds th, double[] boundaryShift_s,
                             double[] wholeRampShift_s) {
        return judge(phases, th, boundaryShift_s, wholeRampShift_s, 0, 0);
    }

    /**
     * As {@link #judge(List, FaultThresholds, double[], double[])}, with the turn of a rep without a hold (two
     * phases) allowed to lie up to turnEarlier_s earlier and turnLater_s later ({@link RepTiming#turnEarliest_s},
     * {@link RepTiming#turnLatest_s}), for {@code too-fast} only: the way out is judged with the latest turn, the way
     * back with the earliest. The reported turn is the middle of the time near the top; after a pause in the middle
     * of the way out the rest of it is quicker than the start of the way back and that middle lies 0.2-0.3 s late,
     * which took 0.5 s off a 2.6 s way back. Rushed phases (0.40-0.65 x min) clear the threshold by far more.
     */
    static List<Fault> judge(List<PhaseResult> phases, FaultThresholds th, double[] boundaryShift_s,
                             double[] wholeRampShift_s, double turnEarlier_s, double turnLater_s) {
        List<Fault> faults = new ArrayList<>();
        for (PhaseResult p : phases) if (p.kind() == PhaseKind.MOVEMENT && p.duration_s() < MIN_MOVEMENT_S) return faults;
        for (int i = 0; i < phases.size(); i++) {
            PhaseResult p = phases.get(i);
            double d = p.duration_s();
            boolean hold = p.kind() == PhaseKind.HOLD;
            double startDelta_s = hold || i == 0 ? -boundaryShift_s[i] : 0;
            double endDelta_s = hold || i == phases.size() - 1 ? boundaryShift_s[i + 1] : 0;
            double longest_s = d + Math.max(0, startDelta_s) + Math.max(0, endDelta_s);
            double shortest_s = d + Math.min(0, startDelta_s) + Math.min(0, endDelta_s);
            double wholeStart_s = i == 0 ? -wholeRampShift_s[i] : 0;
            double wholeEnd_s = i == phases.size() - 1 ? wholeRampShift_s[i + 1] : 0;
            double turnSpread_s = phases.size() != 2 ? 0 : i == 0 ? Math.max(0, turnLater_s) : Math.max(0, turnEarlier_s);
            double longestMovement_s = Math.max(longest_s, d + Math.max(0, wholeStart_s) + Math.max(0, wholeEnd_s))
                    + turnSpread_s;
            if (p.kind() == PhaseKind.MOVEMENT && longestMovement_s < th.tooFastFactor() * p.targetMin_s()) {
                faults.add(fault(FaultKind.TOO_FAST, p, p.targetMin_s()));
            } else if (p.kind() == PhaseKind.HOLD && longest_s < th.shortHoldFactor() * p.targetMin_s()) {
                faults.add(fault(FaultKind.SHORT_HOLD, p, p.targetMin_s()));
            } else if (shortest_s > th.tooSlowFactor() * p.targetMax_s()) {
                faults.add(fault(FaultKind.TOO_SLOW, p, p.targetMax_s()));
            }
        }
        return faults;
    }

    private static Fault fault(FaultKind kind, PhaseResult p, double bound_s) {
        double dev = p.deviation_s();
        return new Fault(kind, p.name(), dev, 100 * dev / bound_s);
    }
}

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
 */
final class TempoJudge {
    private TempoJudge() {
    }

    static List<Fault> judge(List<PhaseResult> phases, FaultThresholds th) {
        return judge(phases, th, 0, 0);
    }

    /**
     * As {@link #judge(List, FaultThresholds)}, with a second opinion on the rep's outer boundaries:
     * the first phase may have started startShift_s later and the last phase ended endShift_s later
     * (either may be negative). A phase is too fast only when it is too fast by both opinions (its
     * longer duration), too slow only when it is too slow by both (its shorter duration).
     */
    static List<Fault> judge(List<PhaseResult> phases, FaultThresholds th, double startShift_s, double endShift_s) {
        List<Fault> faults = new ArrayList<>();
        int last = phases.size() - 1;
        for (int i = 0; i <= last; i++) {
            PhaseResult p = phases.get(i);
            double d = p.duration_s();
            double startDelta_s = i == 0 ? -startShift_s : 0;
            double endDelta_s = i == last ? endShift_s : 0;
            double longest_s = d + Math.max(0, startDelta_s) + Math.max(0, endDelta_s);
            double shortest_s = d + Math.min(0, startDelta_s) + Math.min(0, endDelta_s);
            if (p.kind() == PhaseKind.MOVEMENT && longest_s < th.tooFastFactor() * p.targetMin_s()) {
                faults.add(fault(FaultKind.TOO_FAST, p, p.targetMin_s()));
            } else if (p.kind() == PhaseKind.HOLD && d < th.shortHoldFactor() * p.targetMin_s()) {
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

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
 */
final class TempoJudge {
    private TempoJudge() {
    }

    static List<Fault> judge(List<PhaseResult> phases, FaultThresholds th) {
        List<Fault> faults = new ArrayList<>();
        for (PhaseResult p : phases) {
            double d = p.duration_s();
            if (p.kind() == PhaseKind.MOVEMENT && d < th.tooFastFactor() * p.targetMin_s()) {
                faults.add(fault(FaultKind.TOO_FAST, p, p.targetMin_s()));
            } else if (p.kind() == PhaseKind.HOLD && d < th.shortHoldFactor() * p.targetMin_s()) {
                faults.add(fault(FaultKind.SHORT_HOLD, p, p.targetMin_s()));
            } else if (d > th.tooSlowFactor() * p.targetMax_s()) {
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

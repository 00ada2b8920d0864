package com.reptempo.pipeline;

import com.reptempo.model.PhaseResult;
import com.reptempo.model.PhaseTarget;

import java.util.ArrayList;
import java.util.List;

/**
 * Names the timed parts of a rep after the exercise's phases: the first phase is the way out, the
 * last the way back, and the phases between (usually one hold) share the time at the top in
 * proportion to their targets. Without phases between, way out and way back meet at the turn
 * ({@link RepTiming#turn_s()}).
 */
final class PhaseSplitter {
    private PhaseSplitter() {
    }

    static List<PhaseResult> split(RepTiming t, List<PhaseTarget> targets) {
        int n = targets.size();
        double[] b = new double[n + 1];
        b[0] = t.start_s();
        b[n] = t.end_s();
        if (n == 2) {
            b[1] = t.turn_s();
        } else if (n > 2) {
            b[1] = t.outEnd_s();
            b[n - 1] = t.backStart_s();
            double total = 0;
            for (int i = 1; i < n - 1; i++) total += targets.get(i).mid_s();
            double acc = 0;
            for (int i = 1; i < n - 2; i++) {
                acc += targets.get(i).mid_s();
                b[i + 1] = b[1] + (b[n - 1] - b[1]) * acc / total;
            }
        }
        List<PhaseResult> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            PhaseTarget p = targets.get(i);
            double s = round(b[i]);
            double e = Math.max(s, round(b[i + 1]));
            out.add(new PhaseResult(p.name(), p.kind(), s, e, p.min_s(), p.max_s()));
        }
        return out;
    }

    /** Times are reported to the millisecond. */
    static double round(double t_s) {
        return Math.round(t_s * 1000) / 1000.0;
    }
}

package com.reptempo.app.review;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.FaultKind;
import com.reptempo.model.PhaseResult;
import com.reptempo.model.RepResult;
import com.reptempo.model.SetResult;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Figures over reps shared by the screens, the trends and the report. */
public final class RepStats {
    /** The faults that concern tempo (a phase too short or too long). */
    public static final Set<FaultKind> TEMPO_FAULTS = EnumSet.of(FaultKind.TOO_FAST, FaultKind.TOO_SLOW, FaultKind.SHORT_HOLD);

    private RepStats() {
    }

    /** True when no phase of the rep has a tempo fault. */
    public static boolean onTempo(RepResult r) {
        return r.faults().stream().noneMatch(f -> TEMPO_FAULTS.contains(f.kind()));
    }

    /** True when the rep has a fault other than a tempo fault (form: pelvis, range, smoothness). */
    public static boolean hasFormFault(RepResult r) {
        return r.faults().stream().anyMatch(f -> !TEMPO_FAULTS.contains(f.kind()));
    }

    /** True when the exercise flags the pelvis moving (back lift, unstable pelvis); otherwise pelvic rotation is only shown. */
    public static boolean judgesPelvis(ExerciseDefinition e) {
        return e.formFaults().contains(FaultKind.BACK_LIFT) || e.formFaults().contains(FaultKind.UNSTABLE_PELVIS);
    }

    /** True when the phase's duration is within half a count (0.5 s) of its target range: shown as on target. */
    public static boolean nearTarget(PhaseResult p) {
        return Math.abs(p.deviation_s()) < NEAR_TARGET_S;
    }

    /** Half a count, seconds: how far from its target range a phase is still drawn as on target. */
    public static final double NEAR_TARGET_S = 0.5;

    /** Share of reps with every phase on tempo, percent; NaN without reps. */
    public static double tempoAdherence_pct(Collection<RepResult> reps) {
        if (reps.isEmpty()) return Double.NaN;
        return 100.0 * reps.stream().filter(RepStats::onTempo).count() / reps.size();
    }

    /** Mean rep quality 0..100; NaN without reps. */
    public static double meanQuality(Collection<RepResult> reps) {
        return reps.stream().mapToDouble(RepResult::quality).average().orElse(Double.NaN);
    }

    /** Every rep of these sets, in order. */
    public static List<RepResult> reps(Collection<SetResult> sets) {
        return sets.stream().flatMap(s -> s.reps().stream()).toList();
    }
}

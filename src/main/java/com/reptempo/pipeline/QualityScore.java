package com.reptempo.pipeline;

import com.reptempo.model.Fault;
import com.reptempo.model.PhaseResult;
import com.reptempo.model.RepResult;

import java.util.List;

/**
 * Quality 0-100 of a rep and of a set (formula in docs/PIPELINE.md, "Quality score").
 *
 * <p>A rep starts at 100 and loses: for timing, {@link #TEMPO_PER_FRACTION} points per fraction of
 * the target by which each phase is outside its target range, at most {@link #TEMPO_CAP} per phase;
 * for each form fault a fixed penalty (pelvis {@link #PELVIS}, partial range {@link #PARTIAL},
 * jerky {@link #JERKY}), the pelvis penalty growing by {@link #PELVIS_PER_DEG} per degree beyond
 * the limit up to {@link #PELVIS_CAP}. A set scores the mean of its reps times the fraction of the
 * target reps done (capped at 1).
 */
final class QualityScore {
    static final double TEMPO_PER_FRACTION = 40;
    static final double TEMPO_CAP = 30;
    static final double PELVIS = 30;
    static final double PELVIS_PER_DEG = 2;
    static final double PELVIS_CAP = 40;
    static final double PARTIAL = 25;
    static final double JERKY = 15;

    private QualityScore() {
    }

    static double rep(List<PhaseResult> phases, List<Fault> faults) {
        double score = 100;
        for (PhaseResult p : phases) {
            double dev = Math.abs(p.deviation_s());
            double ref = p.deviation_s() < 0 ? p.targetMin_s() : p.targetMax_s();
            if (dev > 0 && ref > 0) score -= Math.min(TEMPO_CAP, TEMPO_PER_FRACTION * dev / ref);
        }
        for (Fault f : faults) {
            switch (f.kind()) {
                case BACK_LIFT:
                case UNSTABLE_PELVIS:
                    score -= Math.min(PELVIS_CAP, PELVIS + PELVIS_PER_DEG * Math.max(0, f.deviation()));
                    break;
                case PARTIAL_RANGE:
                    score -= PARTIAL;
                    break;
                case JERKY:
                    score -= JERKY;
                    break;
                default:
                    break;
            }
        }
        return Math.max(0, Math.min(100, Math.round(score * 10) / 10.0));
    }

    static double set(List<RepResult> reps, int targetReps) {
        if (reps.isEmpty()) return 0;
        double mean = reps.stream().mapToDouble(RepResult::quality).average().orElse(0);
        double done = targetReps <= 0 ? 1 : Math.min(1, (double) reps.size() / targetReps);
        return Math.round(mean * done * 10) / 10.0;
    }
}

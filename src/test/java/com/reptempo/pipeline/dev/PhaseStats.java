package com.reptempo.pipeline.dev;

import com.reptempo.app.EvalTruth;
import com.reptempo.app.EvalTruthReader;
import com.reptempo.model.PhaseResult;
import com.reptempo.model.RepResult;
import com.reptempo.model.Routine;
import com.reptempo.model.SetResult;
import com.reptempo.storage.RoutineJson;

import java.util.List;
import java.util.Locale;

/** Development tool: estimated vs true phase boundaries of matched reps. */
public final class PhaseStats {
    public static void main(String[] args) throws Exception {
        Routine routine = RoutineJson.bundled();
        SimEval.forEachSession(routine, args, (seed, v, s) -> {
            for (EvalTruth.LabelledSet set : EvalTruthReader.fromSession(SimEval.name(seed, v), s.truth())) {
                SetResult r = SimEval.analyze(routine, s.samples(), set);
                for (RepResult x : r.reps()) {
                    EvalTruth.Rep t = best(set.reps(), x);
                    if (t == null) continue;
                    StringBuilder sb = new StringBuilder();
                    List<PhaseResult> ph = x.phases();
                    for (int i = 0; i <= ph.size(); i++) {
                        double b = i < ph.size() ? ph.get(i).start_s() : ph.get(ph.size() - 1).end_s();
                        sb.append(String.format(Locale.ROOT, " %+.2f", b - t.boundaries_s()[i]));
                    }
                    sb.append(" |");
                    for (int i = 0; i < ph.size(); i++) {
                        sb.append(String.format(Locale.ROOT, " %.2f/%.2f", ph.get(i).duration_s(), t.boundaries_s()[i + 1] - t.boundaries_s()[i]));
                    }
                    System.out.println(String.format(Locale.ROOT, "%s %d %d P=%.2f S=%.2f %s %s%s", set.exercise(), seed, v, x.range_deg(), x.smoothness(),
                            t.faults(), x.faults().stream().map(f -> f.kind().id()).toList(), sb));
                }
            }
        });
    }

    static EvalTruth.Rep best(List<EvalTruth.Rep> reps, RepResult r) {
        EvalTruth.Rep best = null;
        double bo = 0;
        for (EvalTruth.Rep t : reps) {
            double o = Math.min(r.end_s(), t.end_s()) - Math.max(r.start_s(), t.start_s());
            if (o > bo && o > 0.5 * Math.min(r.end_s() - r.start_s(), t.end_s() - t.start_s())) {
                bo = o;
                best = t;
            }
        }
        return best;
    }
}

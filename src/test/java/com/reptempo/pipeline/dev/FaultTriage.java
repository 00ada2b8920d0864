package com.reptempo.pipeline.dev;

import com.reptempo.app.EvalTruth;
import com.reptempo.model.Fault;
import com.reptempo.model.FaultKind;
import com.reptempo.model.PhaseResult;
import com.reptempo.model.RepResult;
import com.reptempo.model.Routine;
import com.reptempo.model.SetResult;
import com.reptempo.pipeline.SetAnalyzer;
import com.reptempo.storage.RoutineJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Development tool: every false or missed fault flag in a folder of simulated files with truth
 * (tuning seeds only), matched to truth reps as the eval does, with the found and true phase
 * boundaries so the cause (merged reps, a piece of a rep, a start in the transition) can be read.
 * Args: dir [name filter].
 */
public final class FaultTriage {
    public static void main(String[] args) throws Exception {
        Routine routine = RoutineJson.bundled();
        TruthFolder.forEachSet(args[0], args.length > 1 ? args[1] : "", (csv, set, span, opt) -> {
            SetResult r = SetAnalyzer.analyze(span, routine.get(set.exercise()), opt);
            if (Boolean.getBoolean("phi")) {
                for (EvalTruth.Rep t : set.reps()) System.out.println(String.format(Locale.ROOT, "  truth %.2f-%.2f %s %s", t.start_s(), t.end_s(), t.side(), t.faults()));
                for (String line : com.reptempo.pipeline.DevProbe.phiTraces(span, routine.get(set.exercise()), opt)) System.out.println(line);
                return;
            }
            boolean[] used = new boolean[set.reps().size()];
            for (RepResult x : r.reps()) {
                int k = -1;
                double bo = 0;
                for (int i = 0; i < set.reps().size(); i++) {
                    if (used[i]) continue;
                    EvalTruth.Rep t = set.reps().get(i);
                    double o = Math.min(x.end_s(), t.end_s()) - Math.max(x.start_s(), t.start_s());
                    if (o > bo && o >= 0.5 * Math.min(x.end_s() - x.start_s(), t.end_s() - t.start_s())) {
                        bo = o;
                        k = i;
                    }
                }
                if (k < 0) continue;
                used[k] = true;
                EvalTruth.Rep t = set.reps().get(k);
                List<String> bad = new ArrayList<>();
                for (FaultKind f : FaultKind.values()) {
                    boolean exp = t.faults().contains(f.id()), got = x.has(f);
                    if (got && !exp) bad.add("FP " + f.id());
                    if (exp && !got) bad.add("FN " + f.id());
                }
                if (Boolean.getBoolean("tsv")) {
                    StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%s\t%s\t%d\t%s\t%s\t%.2f\t%.2f\t%.2f\t%.2f\t%.3f\t%.2f",
                            set.source(), set.exercise(), k + 1, String.join(",", t.faults()),
                            String.join(",", x.faults().stream().map(f -> f.kind().id()).distinct().sorted().toList()),
                            x.start_s() - t.start_s(), x.end_s() - t.end_s(), x.duration_s(), t.end_s() - t.start_s(),
                            x.range_deg(), x.smoothness()));
                    for (PhaseResult p : x.phases()) row.append(String.format(Locale.ROOT, "\t%.2f\t%.1f\t%.1f", p.duration_s(), p.targetMin_s(), p.targetMax_s()));
                    System.out.println(row);
                    continue;
                }
                if (bad.isEmpty() && !Boolean.getBoolean("all")) continue;
                StringBuilder sb = new StringBuilder();
                sb.append(String.format(Locale.ROOT, "== %s %s rep %d/%d %s truth %s %s range %.1f pelvis %.1f sparc %.2f%n",
                        set.source(), set.exercise(), k + 1, set.reps().size(), bad, t.faults(), t.side(), x.range_deg(),
                        x.pelvisRotation_deg(), x.smoothness()));
                sb.append("   true  ");
                for (double b : t.boundaries_s()) sb.append(String.format(Locale.ROOT, "%8.2f", b));
                sb.append("\n   found ");
                for (PhaseResult p : x.phases()) sb.append(String.format(Locale.ROOT, "%8.2f", p.start_s()));
                sb.append(String.format(Locale.ROOT, "%8.2f%n   durs  ", x.end_s()));
                for (PhaseResult p : x.phases()) sb.append(String.format(Locale.ROOT, " %s=%.2f[%.1f-%.1f]", p.name(), p.duration_s(), p.targetMin_s(), p.targetMax_s()));
                sb.append("\n   faults ");
                for (Fault f : x.faults()) sb.append(f).append("; ");
                if (k > 0) sb.append(String.format(Locale.ROOT, "%n   prev true rep ends %.2f", set.reps().get(k - 1).end_s()));
                System.out.println(sb);
            }
        });
    }
}

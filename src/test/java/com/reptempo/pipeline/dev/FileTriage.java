package com.reptempo.pipeline.dev;

import com.reptempo.app.EvalTruth;
import com.reptempo.model.RepResult;
import com.reptempo.model.Routine;
import com.reptempo.model.SetResult;
import com.reptempo.pipeline.DevProbe;
import com.reptempo.pipeline.SetAnalyzer;
import com.reptempo.storage.RoutineJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Development tool: like {@link Triage} for a folder of simulated files with truth (only for
 * folders made from tuning seeds). Prints every set whose count, reps or sides are wrong, with
 * the movements the pipeline saw. Args: dir [name filter].
 */
public final class FileTriage {
    public static void main(String[] args) throws Exception {
        Routine routine = RoutineJson.bundled();
        TruthFolder.forEachSet(args[0], args.length > 1 ? args[1] : "", (csv, set, span, opt) -> {
            SetResult r = SetAnalyzer.analyze(span, routine.get(set.exercise()), opt);
            List<String> notes = new ArrayList<>();
            boolean[] hit = new boolean[set.reps().size()];
            int sideWrong = 0;
            for (RepResult x : r.reps()) {
                int k = -1;
                double bo = 0;
                for (int i = 0; i < set.reps().size(); i++) {
                    EvalTruth.Rep t = set.reps().get(i);
                    double o = Math.min(x.end_s(), t.end_s()) - Math.max(x.start_s(), t.start_s());
                    if (!hit[i] && o > bo && o >= 0.5 * Math.min(x.end_s() - x.start_s(), t.end_s() - t.start_s())) {
                        bo = o;
                        k = i;
                    }
                }
                if (k < 0) {
                    notes.add(String.format(Locale.ROOT, "FP at %.2f-%.2f range %.2f", x.start_s(), x.end_s(), x.range_deg()));
                    continue;
                }
                hit[k] = true;
                if (set.reps().get(k).side() != null && set.reps().get(k).side() != x.side()) sideWrong++;
            }
            for (int k = 0; k < hit.length; k++) {
                if (!hit[k]) notes.add(String.format(Locale.ROOT, "FN rep %d at %.2f-%.2f %s", k + 1, set.reps().get(k).start_s(),
                        set.reps().get(k).end_s(), set.reps().get(k).faults()));
            }
            if (sideWrong > 0) notes.add("sides wrong " + sideWrong + " of " + r.reps().size());
            if (notes.isEmpty() && !Boolean.getBoolean("all")) return;
            System.out.println("== " + set.source() + " " + set.exercise() + " count " + r.count() + " vs " + set.count());
            for (String n : notes) System.out.println("   " + n);
            if (Boolean.getBoolean("rows")) {
                for (DevProbe.Row row : DevProbe.excursions(span, routine.get(set.exercise()), opt)) {
                    String lab = "-";
                    for (EvalTruth.Rep t : set.reps()) {
                        if (Math.min(row.rawEnd(), t.end_s()) - Math.max(row.rawStart(), t.start_s()) > 0.3 * (t.end_s() - t.start_s())) {
                            lab = String.format(Locale.ROOT, "rep%d %s [%.2f %.2f] %s", set.reps().indexOf(t) + 1, t.side(), t.start_s(), t.end_s(), t.faults());
                        }
                    }
                    System.out.println(String.format(Locale.ROOT, "     %-45s %s cos=%.2f w=%.2f", lab,
                            row.text().substring(0, Math.min(150, row.text().length())), row.cos(), row.fwhm()));
                }
            }
        });
    }
}

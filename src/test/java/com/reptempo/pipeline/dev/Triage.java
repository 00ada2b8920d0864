package com.reptempo.pipeline.dev;

import com.reptempo.model.Fault;
import com.reptempo.model.FaultKind;
import com.reptempo.model.RepResult;
import com.reptempo.model.Routine;
import com.reptempo.model.Sample;
import com.reptempo.model.SetResult;
import com.reptempo.pipeline.DevProbe;
import com.reptempo.pipeline.PipelineOptions;
import com.reptempo.pipeline.SetAnalyzer;
import com.reptempo.simulator.NonRepTruth;
import com.reptempo.simulator.RepTruth;
import com.reptempo.simulator.SetTruth;
import com.reptempo.simulator.SimulatedSession;
import com.reptempo.storage.RoutineJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Development tool: sorts the pipeline's errors on simulated sessions into causes (false reps by
 * what they really were, missed reps by the verdict they got, side errors, fault false positives
 * by the true rep's injected faults). Run with {@code -Dshow=true} to print every erroneous set's
 * timeline. Args: from to [exercise].
 */
public final class Triage {
    public static void main(String[] args) {
        Routine routine = RoutineJson.bundled();
        long from = Long.parseLong(args[0]);
        long to = Long.parseLong(args[1]);
        String only = args.length > 2 ? args[2] : "";
        boolean show = Boolean.getBoolean("show");
        Map<String, Integer> causes = new TreeMap<>();
        for (long seed = from; seed <= to; seed++) {
            for (int v = 0; v < 4; v++) {
                String ex = SimEval.EXERCISES[(int) ((seed + v) % 4)];
                if (!only.isEmpty() && !ex.equals(only)) continue;
                SimulatedSession s = SimulatedSession.generate(SimEval.plan(routine, seed, v));
                SetTruth truth = s.truth().sets().get(0);
                List<Sample> span = new ArrayList<>();
                for (Sample x : s.samples()) if (x.t_s() >= truth.start_s() - 100 && x.t_s() <= truth.end_s() + 100) span.add(x);
                PipelineOptions opt = SimEval.optionsFor(truth);
                SetResult r = SetAnalyzer.analyze(span, routine.get(truth.exercise()), opt);
                List<DevProbe.Row> rows = DevProbe.excursions(span, routine.get(truth.exercise()), opt);
                List<String> notes = new ArrayList<>();
                boolean[] hit = new boolean[truth.reps().size()];
                int sideWrong = 0;
                for (RepResult x : r.reps()) {
                    int k = best(truth, x.start_s(), x.end_s());
                    if (k < 0) {
                        String what = nonRep(truth, x.start_s(), x.end_s());
                        add(causes, ex + " FP " + what);
                        notes.add(String.format(Locale.ROOT, "FP %s at %.2f-%.2f range %.2f", what, x.start_s(), x.end_s(), x.range_deg()));
                        continue;
                    }
                    RepTruth t = truth.reps().get(k);
                    if (hit[k]) {
                        add(causes, ex + " FP split");
                        notes.add(String.format(Locale.ROOT, "FP split of rep %d at %.2f-%.2f", k + 1, x.start_s(), x.end_s()));
                        continue;
                    }
                    hit[k] = true;
                    int covered = 0;
                    for (RepTruth u : truth.reps()) {
                        double o = Math.min(x.end_s(), u.end_s()) - Math.max(x.start_s(), u.start_s());
                        if (o > 0.5 * u.duration_s()) covered++;
                    }
                    String tag = covered > 1 ? "merged" : t.injectedFaults().isEmpty() ? "clean" : t.injectedFaults().toString();
                    if (t.side() != null && t.side() != x.side()) sideWrong++;
                    for (FaultKind f : FaultKind.values()) {
                        boolean exp = t.expectedFaults().contains(f);
                        boolean got = x.has(f);
                        if (got && !exp) {
                            add(causes, ex + " faultFP " + f.id() + " on " + tag);
                            notes.add(String.format(Locale.ROOT, "fault FP %s on rep %d %s: %s", f.id(), k + 1, tag, describe(x, t)));
                        } else if (exp && !got) {
                            add(causes, ex + " faultFN " + f.id() + " on " + tag);
                            notes.add(String.format(Locale.ROOT, "fault FN %s on rep %d %s: %s", f.id(), k + 1, tag, describe(x, t)));
                        }
                    }
                }
                for (int k = 0; k < hit.length; k++) {
                    if (hit[k]) continue;
                    RepTruth t = truth.reps().get(k);
                    String verdict = "unseen";
                    double bo = 0;
                    for (DevProbe.Row row : rows) {
                        double o = Math.min(row.rawEnd(), t.end_s()) - Math.max(row.rawStart(), t.start_s());
                        if (o > bo) {
                            bo = o;
                            verdict = row.verdict();
                        }
                    }
                    String tag = t.injectedFaults().isEmpty() ? "clean" : t.injectedFaults().toString();
                    add(causes, ex + " FN " + verdict + " " + tag);
                    notes.add(String.format(Locale.ROOT, "FN rep %d %s (%s) at %.2f-%.2f", k + 1, tag, verdict, t.start_s(), t.end_s()));
                }
                if (sideWrong > 0) {
                    add(causes, ex + (sideWrong > r.reps().size() / 2 ? " SIDES flipped set" : " SIDES some wrong"));
                    notes.add("sides wrong: " + sideWrong + " of " + r.reps().size());
                }
                if (show && !notes.isEmpty()) {
                    System.out.println("== " + SimEval.name(seed, v) + " count " + r.count() + " vs " + truth.reps().size());
                    for (String n : notes) System.out.println("   " + n);
                    if (Boolean.getBoolean("rows")) {
                        for (DevProbe.Row row : rows) System.out.println(String.format(Locale.ROOT, "     %-40s %s cos=%.2f w=%.2f", label(truth, row.rawStart(), row.rawEnd()), row.text().substring(0, Math.min(row.text().length(), 150)), row.cos(), row.fwhm()));
                    }
                }
            }
        }
        for (Map.Entry<String, Integer> e : causes.entrySet()) System.out.println(String.format(Locale.ROOT, "%5d  %s", e.getValue(), e.getKey()));
    }

    static String describe(RepResult x, RepTruth t) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "range %.2f vs %.2f;", x.range_deg(), t.amplitude_deg()));
        for (int i = 0; i < x.phases().size() && i < t.phases().size(); i++) {
            sb.append(String.format(Locale.ROOT, " %.2f/%.2f", x.phases().get(i).duration_s(), t.phases().get(i).end_s() - t.phases().get(i).start_s()));
        }
        sb.append(String.format(Locale.ROOT, " smooth %.2f", x.smoothness()));
        for (Fault f : x.faults()) sb.append(' ').append(f.kind().id()).append('@').append(f.phase());
        return sb.toString();
    }

    static void add(Map<String, Integer> m, String k) {
        m.merge(k, 1, Integer::sum);
    }

    static int best(SetTruth truth, double a, double b) {
        int best = -1;
        double bo = 0;
        for (int i = 0; i < truth.reps().size(); i++) {
            RepTruth t = truth.reps().get(i);
            double o = Math.min(b, t.end_s()) - Math.max(a, t.start_s());
            if (o > bo && o >= 0.5 * Math.min(b - a, t.duration_s())) {
                bo = o;
                best = i;
            }
        }
        return best;
    }

    static String nonRep(SetTruth truth, double a, double b) {
        String best = "none";
        double bo = 0;
        for (NonRepTruth n : truth.nonReps()) {
            double o = Math.min(b, n.end_s()) - Math.max(a, n.start_s());
            if (o > bo) {
                bo = o;
                best = n.kind().toString();
            }
        }
        for (RepTruth t : truth.reps()) {
            double o = Math.min(b, t.end_s()) - Math.max(a, t.start_s());
            if (o > bo) {
                bo = o;
                best = "partof-rep";
            }
        }
        return best;
    }

    static String label(SetTruth truth, double a, double b) {
        String best = "-";
        double bo = 0;
        for (RepTruth r : truth.reps()) {
            double o = Math.min(b, r.end_s()) - Math.max(a, r.start_s());
            if (o > bo) {
                bo = o;
                best = String.format(Locale.ROOT, "rep%d %s %s A=%.2f [%.2f %.2f]", r.index(), r.side() == null ? "" : r.side().name().charAt(0),
                        r.injectedFaults(), r.amplitude_deg(), r.start_s(), r.end_s());
            }
        }
        for (NonRepTruth r : truth.nonReps()) {
            double o = Math.min(b, r.end_s()) - Math.max(a, r.start_s());
            if (o > bo) {
                bo = o;
                best = String.format(Locale.ROOT, "%s [%.2f %.2f]", r.kind(), r.start_s(), r.end_s());
            }
        }
        return best;
    }
}

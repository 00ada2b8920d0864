package com.reptempo.pipeline.dev;

import com.reptempo.model.RepResult;
import com.reptempo.model.Routine;
import com.reptempo.model.Sample;
import com.reptempo.pipeline.PipelineListener;
import com.reptempo.pipeline.PipelineOptions;
import com.reptempo.pipeline.RepPipeline;
import com.reptempo.simulator.PhaseTruth;
import com.reptempo.simulator.RepTruth;
import com.reptempo.simulator.SetTruth;
import com.reptempo.simulator.SimulatedSession;
import com.reptempo.storage.RoutineJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Development tool: how late live events come after the true moment (seeds from..to). */
public final class LatencyStats {
    public static void main(String[] args) {
        Routine routine = RoutineJson.bundled();
        List<Double> rep = new ArrayList<>();
        java.util.Map<String, List<Double>> repByExercise = new java.util.TreeMap<>();
        List<Double> phase = new ArrayList<>();
        List<Double> first = new ArrayList<>();
        int[] abandoned = {0};
        int[] shownWithdrawn = {0};
        int[] completed = {0};
        for (long seed = Long.parseLong(args[0]); seed <= Long.parseLong(args[1]); seed++) {
            for (int v = 0; v < 4; v++) {
                final long seed_ = seed;
                final int v_ = v;
                SimulatedSession s = SimulatedSession.generate(SimEval.plan(routine, seed, v));
                SetTruth truth = s.truth().sets().get(0);
                double[] now = {0};
                int[] shown = {0};
                RepPipeline p = new RepPipeline(routine.get(truth.exercise()), PipelineOptions.defaults(), new PipelineListener() {
                    @Override
                    public void onPhaseStarted(int repIndex, String name, double t_s) {
                        PhaseTruth pt = nearest(truth, name, now[0]);
                        if (pt == null) return;
                        if (pt == firstPhase(truth, pt)) first.add(now[0] - pt.start_s());
                        else phase.add(now[0] - pt.start_s());
                    }

                    @Override
                    public void onRepAbandoned(int repIndex, String reason, double t_s) {
                        if (repIndex > shown[0]) {
                            abandoned[0]++;
                            return;
                        }
                        // a rep already shown is taken back
                        shownWithdrawn[0]++;
                        shown[0]--;
                        if (Boolean.getBoolean("late")) System.out.println(String.format(Locale.ROOT, "withdrawn %s seed %d v %d rep %d at %.2f: %s",
                                truth.exercise(), seed_, v_, repIndex, now[0], reason));
                    }

                    @Override
                    public void onRepCompleted(RepResult r) {
                        completed[0]++;
                        shown[0]++;
                        RepTruth best = null;
                        for (RepTruth t : truth.reps()) if (Math.abs(t.end_s() - r.end_s()) < 1.5) best = t;
                        if (best != null) {
                            rep.add(now[0] - best.end_s());
                            repByExercise.computeIfAbsent(truth.exercise(), k -> new ArrayList<>()).add(now[0] - best.end_s());
                            if (Boolean.getBoolean("late") && now[0] - best.end_s() > 0.5) {
                                System.out.println(String.format(Locale.ROOT, "late %s seed %d v %d rep %d truth end %.2f reported %.2f (+%.2f)",
                                        truth.exercise(), seed_, v_, r.index(), best.end_s(), now[0], now[0] - best.end_s()));
                            }
                        }
                    }
                });
                for (Sample x : s.samples()) {
                    now[0] = x.t_s();
                    p.accept(x);
                }
            }
        }
        print("rep completed after the movement ended", rep);
        for (var e : repByExercise.entrySet()) print("  " + e.getKey(), e.getValue());
        print("later phase started (hold, way back)", phase);
        print("first phase (way out) reported", first);
        System.out.println("announced movements later withdrawn (not reps): " + abandoned[0] + " against " + completed[0] + " reps completed");
        System.out.println("reps shown then withdrawn: " + shownWithdrawn[0]);
    }

    static PhaseTruth nearest(SetTruth truth, String name, double t) {
        PhaseTruth best = null;
        for (RepTruth r : truth.reps()) for (PhaseTruth p : r.phases()) {
            if (!p.name().equals(name) || p.start_s() > t + 0.5 || t - p.start_s() > 4) continue;
            if (best == null || Math.abs(t - p.start_s()) < Math.abs(t - best.start_s())) best = p;
        }
        return best;
    }

    static PhaseTruth firstPhase(SetTruth truth, PhaseTruth p) {
        for (RepTruth r : truth.reps()) if (r.phases().contains(p)) return r.phases().get(0);
        return null;
    }

    static void print(String what, List<Double> d) {
        d.sort(null);
        int n = d.size();
        System.out.println(String.format(Locale.ROOT, "%-42s n=%d median %.2f s, p90 %.2f s, within 0.3 s %.0f%%, within 0.5 s %.0f%%",
                what, n, d.get(n / 2), d.get((int) (0.9 * (n - 1))), 100.0 * d.stream().filter(x -> x <= 0.3).count() / n,
                100.0 * d.stream().filter(x -> x <= 0.5).count() / n));
    }
}

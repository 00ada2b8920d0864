package com.reptempo.pipeline;

import com.reptempo.model.RepResult;
import com.reptempo.model.Routine;
import com.reptempo.model.Sample;
import com.reptempo.simulator.RepTruth;
import com.reptempo.simulator.SessionPlan;
import com.reptempo.simulator.SetTruth;
import com.reptempo.simulator.SimulatedSession;
import com.reptempo.storage.RoutineJson;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Development tool: why reps are reported late live (seeds from..to, as {@code dev.LatencyStats}).
 * Each rep reported more than 0.5 s after its true end is put down to the detector (the movement
 * was ended late: the time from the estimated end to the detector's decision) or to the classifier
 * (the verdict when the movement ended was not a rep counted at once: which slot it waited in).
 */
public final class LatencyCauses {
    private record Seen(double at_s, double end_s, Verdict v, Excursion.End end, double begun_s, double extrapolated_s,
                        double closeAt_s, double firstOver_s) {
    }

    public static void main(String[] args) throws Exception {
        Routine routine = RoutineJson.bundled();
        Method plan = Class.forName("com.reptempo.pipeline.dev.SimEval").getDeclaredMethod("plan", Routine.class, long.class, int.class);
        plan.setAccessible(true);
        Map<String, int[]> causes = new TreeMap<>();
        // per verdict that made a movement wait: how many waited, how many became reps
        Map<Verdict, int[]> waited = new TreeMap<>();
        List<Double> detectorWait = new ArrayList<>();
        Map<String, Integer> returnedWhy = new TreeMap<>();
        java.lang.reflect.Field detectorField = RepPipeline.class.getDeclaredField("detector");
        detectorField.setAccessible(true);
        java.lang.reflect.Field closingField = ExcursionDetector.class.getDeclaredField("closing");
        closingField.setAccessible(true);
        boolean verbose = Boolean.getBoolean("verbose");
        for (long seed = Long.parseLong(args[0]); seed <= Long.parseLong(args[1]); seed++) {
            for (int v = 0; v < 4; v++) {
                SimulatedSession s = SimulatedSession.generate((SessionPlan) plan.invoke(null, routine, seed, v));
                SetTruth truth = s.truth().sets().get(0);
                double[] now = {0};
                List<Seen> seen = new ArrayList<>();
                final long seed_ = seed;
                final int v_ = v;
                RepPipeline p = new RepPipeline(routine.get(truth.exercise()), PipelineOptions.defaults(), new PipelineListener() {
                    @Override
                    public void onRepCompleted(RepResult r) {
                        RepTruth best = null;
                        for (RepTruth t : truth.reps()) if (Math.abs(t.end_s() - r.end_s()) < 1.5) best = t;
                        if (best == null) return;
                        double lag = now[0] - best.end_s();
                        Seen at = null;
                        for (Seen x : seen) if (at == null || Math.abs(x.end_s - r.end_s()) < Math.abs(at.end_s - r.end_s())) at = x;
                        if (lag > 0.5) detectorWait.add(at.at_s - at.end_s);
                        String cause;
                        if (lag <= 0.5) return;
                        double decided = at.at_s - best.end_s();
                        String band = lag <= 1.0 ? "0.5-1 s" : lag <= 2 ? "1-2 s" : "over 2 s";
                        if (now[0] - at.at_s < 0.05) {
                            cause = "detector ended it late (" + at.end + ")";
                            if (at.end == Excursion.End.RETURNED) {
                                String why = returnedWhy(at, best.end_s());
                                returnedWhy.merge(why, 1, Integer::sum);
                                if (verbose) System.out.println(String.format(Locale.ROOT,
                                        "  returned: truth end %.2f below return level %.2f extrapolated %.2f close at %.2f first over %.2f decided %.2f: %s",
                                        best.end_s(), at.begun_s, at.extrapolated_s, at.closeAt_s, at.firstOver_s, at.at_s, why));
                            }
                        }
                        else cause = "classifier held it: " + at.v + (decided > 0.5 ? " (and detector late)" : "");
                        causes.computeIfAbsent(cause, k -> new int[3])[lag <= 1.0 ? 0 : lag <= 2 ? 1 : 2]++;
                        if (verbose) System.out.println(String.format(Locale.ROOT,
                                "%s seed %d v %d rep %d truth end %.2f est end %.2f ended %.2f reported %.2f (+%.2f) %s %s",
                                truth.exercise(), seed_, v_, r.index(), best.end_s(), at.end_s, at.at_s, now[0], lag, band, cause));
                    }
                });
                List<Double> repEnds = new ArrayList<>();
                ExcursionDetector det = (ExcursionDetector) detectorField.get(p);
                Closing cl = (Closing) closingField.get(det);
                p.observe((e, timing, verdict, range, dur, cos) -> seen.add(new Seen(now[0], timing.end_s(), verdict, e.end(),
                        cl.begun_s(), cl.extrapolated_s(), cl.closeAt_s(), cl.firstOver_s())));
                for (Sample x : s.samples()) {
                    now[0] = x.t_s();
                    p.accept(x);
                }
                for (RepResult r : p.finish().reps()) repEnds.add(r.end_s());
                for (Seen x : seen) {
                    if (x.v != Verdict.PENDING && x.v != Verdict.HELD && x.v != Verdict.AWAITS_NEXT_SIDE) continue;
                    int[] w = waited.computeIfAbsent(x.v, k -> new int[2]);
                    w[0]++;
                    for (double end : repEnds) if (Math.abs(end - x.end_s) < 0.3) {
                        w[1]++;
                        break;
                    }
                }
            }
        }
        System.out.print("");
        System.out.println("late reps by cause: 0.5-1 s / 1-2 s / over 2 s late");
        for (var c : causes.entrySet()) {
            int[] n = c.getValue();
            System.out.println(String.format(Locale.ROOT, "  %-60s %4d %4d %4d", c.getKey(), n[0], n[1], n[2]));
        }
        for (var w : waited.entrySet()) System.out.println(String.format(Locale.ROOT,
                "movements waiting as %s: %d, of which reps in the end %d", w.getKey(), w.getValue()[0], w.getValue()[1]));
        System.out.println("late returned ends by what held the close:");
        for (var w : returnedWhy.entrySet()) System.out.println(String.format(Locale.ROOT, "  %-70s %4d", w.getKey(), w.getValue()));
        detectorWait.sort(null);
        int n = detectorWait.size();
        if (n > 0) System.out.println(String.format(Locale.ROOT, "late reps: detector decision after the estimated end: median %.2f s, p10 %.2f s, p90 %.2f s",
                detectorWait.get(n / 2), detectorWait.get(n / 10), detectorWait.get((int) (0.9 * (n - 1)))));
    }

    /** What held a late returned end open (truth end trueEnd_s). */
    private static String returnedWhy(Seen at, double trueEnd_s) {
        if (at.at_s - at.firstOver_s > 0.02) {
            return "held after the close by passedPlace, passedHome or returnedToTurn";
        }
        if (at.closeAt_s >= at.begun_s + Closing.MAX_CLOSE_S - 1e-9) return "the cap (1.5 s after the return level)";
        if (at.extrapolated_s - trueEnd_s > 0.35) return "the extrapolated end late (> 0.35 s after the true end)";
        if (at.begun_s > trueEnd_s + 0.35) return "the return level itself reached late";
        return "the margin (extrapolated end within 0.35 s of the true end)";
    }
}

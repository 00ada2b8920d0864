package com.reptempo.pipeline.dev;

import com.reptempo.model.Routine;
import com.reptempo.model.Side;
import com.reptempo.pipeline.DevProbe;
import com.reptempo.pipeline.PipelineOptions;
import com.reptempo.simulator.RepTruth;
import com.reptempo.simulator.SetTruth;
import com.reptempo.storage.RoutineJson;

import java.util.List;
import java.util.Locale;

/** Development tool: one line of features per movement with its truth label, for many sessions. */
public final class DevStats {
    public static void main(String[] args) throws Exception {
        Routine routine = RoutineJson.bundled();
        SimEval.forEachSession(routine, args, (seed, v, s) -> {
            SetTruth truth = s.truth().sets().get(0);
            PipelineOptions opt = SimEval.optionsFor(truth);
            List<DevProbe.Row> rows = DevProbe.excursions(s.samples(), routine.get(truth.exercise()), opt);
            double[][] c = new double[2][3];
            java.util.List<Double> fws = new java.util.ArrayList<>();
            for (DevProbe.Row r : rows) {
                String label = label(truth, r.rawStart(), r.rawEnd());
                if (!label.equals("rep")) continue;
                fws.add(r.fwhm());
                Side side = sideOf(truth, r.rawStart(), r.rawEnd());
                int k = side == Side.LEFT ? 1 : 0;
                for (int i = 0; i < 3; i++) c[k][i] += r.dir()[i];
            }
            java.util.Collections.sort(fws);
            double fwMed = fws.isEmpty() ? Double.NaN : fws.get(fws.size() / 2);
            for (double[] cc : c) {
                double n = Math.sqrt(cc[0] * cc[0] + cc[1] * cc[1] + cc[2] * cc[2]);
                if (n > 0) for (int i = 0; i < 3; i++) cc[i] /= n;
            }
            for (DevProbe.Row r : rows) {
                String label = label(truth, r.rawStart(), r.rawEnd());
                double cos = Math.max(dot(c[0], r.dir()), dot(c[1], r.dir()));
                System.out.println(String.format(Locale.ROOT,
                        "%s %d %d %-22s %-12s %-14s P=%.2f z=%.1f rA=%.2f rD=%.2f out=%.2f top=%.2f back=%.2f off=%.2f cos=%.2f ocos=%.2f fw=%.2f rF=%.2f oM=%.2f oW=%.2f",
                        truth.exercise(), seed, v, label, r.verdict(), r.end(), r.peak(), r.peakZ(), r.peak() / r.typical(),
                        r.duration() / r.typicalDuration(), r.out(), r.top(), r.back(), r.endOffset(), cos, r.cos(), r.fwhm(), r.fwhm() / fwMed, r.typical(), r.typicalDuration()));
            }
        });
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    static Side sideOf(SetTruth truth, double a, double b) {
        for (RepTruth r : truth.reps()) {
            double o = Math.min(b, r.end_s()) - Math.max(a, r.start_s());
            if (o > 0.5 * (r.end_s() - r.start_s())) return r.side();
        }
        return null;
    }

    /** "rep" (one rep, ≥ 50 % of it covered), "merged" (covers most of two reps), a non-rep kind, or "none". */
    static String label(SetTruth truth, double a, double b) {
        int reps = 0;
        String fault = "";
        for (RepTruth r : truth.reps()) {
            double o = Math.min(b, r.end_s()) - Math.max(a, r.start_s());
            if (o > 0.5 * (r.end_s() - r.start_s())) {
                reps++;
                fault = r.injectedFaults().isEmpty() ? "" : ":" + r.injectedFaults().get(0).id();
            }
        }
        if (reps > 1) return "MERGED" + reps;
        if (reps == 1) return "rep" + fault;
        return Triage.nonRep(truth, a, b);
    }
}

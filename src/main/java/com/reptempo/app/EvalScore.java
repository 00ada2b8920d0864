package com.reptempo.app;

import com.reptempo.model.FaultKind;
import com.reptempo.model.PhaseResult;
import com.reptempo.model.RepResult;
import com.reptempo.model.SetResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores pipeline results against truth: counts per set, reps matched one-to-one by overlap
 * (a detected rep matches the true rep it overlaps most, if the overlap is at least
 * {@link #MIN_OVERLAP} of the shorter of the two), sides and faults of matched reps, and the
 * error of every phase boundary of matched reps.
 */
public final class EvalScore {
    /** Fraction of the shorter rep two reps must share to be the same rep. */
    public static final double MIN_OVERLAP = 0.5;

    /** Precision and recall of one fault over matched reps. */
    public record FaultScore(String fault, int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            return truePositives + falsePositives == 0 ? Double.NaN : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? Double.NaN : (double) truePositives / (truePositives + falseNegatives);
        }
    }

    /** The figures {@code eval} prints. */
    public record Report(int sets, int exact, int withinOne, double meanAbsCountError, int trueReps, int detectedReps,
                         int matchedReps, int sideChecked, int sideCorrect, int boundaries, double boundaryMedian_s,
                         double boundaryP90_s, List<FaultScore> faults) {
        public double exactPercent() {
            return sets == 0 ? Double.NaN : 100.0 * exact / sets;
        }

        public double withinOnePercent() {
            return sets == 0 ? Double.NaN : 100.0 * withinOne / sets;
        }

        public double precision() {
            return detectedReps == 0 ? Double.NaN : (double) matchedReps / detectedReps;
        }

        public double recall() {
            return trueReps == 0 ? Double.NaN : (double) matchedReps / trueReps;
        }

        public double sideAccuracy() {
            return sideChecked == 0 ? Double.NaN : (double) sideCorrect / sideChecked;
        }
    }

    private int sets;
    private int exact;
    private int withinOne;
    private double absError;
    private int trueReps;
    private int detectedReps;
    private int matched;
    private int sideChecked;
    private int sideCorrect;
    private final List<Double> boundaryErrors = new ArrayList<>();
    private final Map<FaultKind, int[]> faults = new EnumMap<>(FaultKind.class);

    /** Adds one set's result; returns the count error (detected minus true). */
    public int add(EvalTruth.LabelledSet truth, SetResult result) {
        int err = result.count() - truth.count();
        sets++;
        if (err == 0) exact++;
        if (Math.abs(err) <= 1) withinOne++;
        absError += Math.abs(err);
        if (truth.detailed()) matchReps(truth.reps(), result.reps());
        return err;
    }

    private void matchReps(List<EvalTruth.Rep> truth, List<RepResult> found) {
        trueReps += truth.size();
        detectedReps += found.size();
        boolean[] used = new boolean[truth.size()];
        for (RepResult r : found) {
            int best = -1;
            double bestOverlap = 0;
            for (int i = 0; i < truth.size(); i++) {
                if (used[i]) continue;
                EvalTruth.Rep t = truth.get(i);
                double o = Math.min(r.end_s(), t.end_s()) - Math.max(r.start_s(), t.start_s());
                double shorter = Math.min(r.end_s() - r.start_s(), t.end_s() - t.start_s());
                if (o > bestOverlap && o >= MIN_OVERLAP * shorter) {
                    bestOverlap = o;
                    best = i;
                }
            }
            if (best < 0) continue;
            used[best] = true;
            matched++;
            compare(truth.get(best), r);
        }
    }

    private void compare(EvalTruth.Rep t, RepResult r) {
        if (t.side() != null) {
            sideChecked++;
            if (t.side() == r.side()) sideCorrect++;
        }
        double[] b = boundaries(r);
        if (b.length == t.boundaries_s().length) {
            for (int i = 0; i < b.length; i++) boundaryErrors.add(Math.abs(b[i] - t.boundaries_s()[i]));
        }
        for (FaultKind k : FaultKind.values()) {
            boolean expected = t.faults().contains(k.id());
            boolean got = r.has(k);
            int[] c = faults.computeIfAbsent(k, x -> new int[3]);
            if (expected && got) c[0]++;
            else if (got) c[1]++;
            else if (expected) c[2]++;
        }
    }

    static double[] boundaries(RepResult r) {
        List<PhaseResult> p = r.phases();
        double[] b = new double[p.size() + 1];
        for (int i = 0; i < p.size(); i++) b[i] = p.get(i).start_s();
        b[p.size()] = p.get(p.size() - 1).end_s();
        return b;
    }

    public Report report() {
        double[] e = boundaryErrors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        List<FaultScore> fs = new ArrayList<>();
        for (Map.Entry<FaultKind, int[]> en : faults.entrySet()) {
            int[] c = en.getValue();
            if (c[0] + c[1] + c[2] > 0) fs.add(new FaultScore(en.getKey().id(), c[0], c[1], c[2]));
        }
        return new Report(sets, exact, withinOne, sets == 0 ? Double.NaN : absError / sets, trueReps, detectedReps, matched,
                sideChecked, sideCorrect, e.length, quantile(e, 0.5), quantile(e, 0.9), fs);
    }

    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        double pos = q * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(sorted.length - 1, i + 1);
        return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
    }

    @Override
    public String toString() {
        return Arrays.toString(new Object[] {report()});
    }
}

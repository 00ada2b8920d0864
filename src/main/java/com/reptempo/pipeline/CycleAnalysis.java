package com.reptempo.pipeline;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.KthSelector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts the reps of an exercise with no known structure in a stretch of evenly sampled
 * acceleration (the custom-exercise counter; docs/PIPELINE.md §10). Everything is taken from the
 * stretch itself:
 * <ol>
 *   <li>the signal: the three axes and the magnitude are band-passed wide ({@link #WIDE_LOW_HZ}-
 *   {@link #WIDE_HIGH_HZ}); the magnitude is counted (inverted: a lift's sharp push is a spike of
 *   the magnitude) when its swing is comparable to that of the axes' principal component, otherwise
 *   the acceleration projected on the principal direction is (a slow tilt turns gravity between the
 *   axes without changing the magnitude);</li>
 *   <li>the rep period: the first autocorrelation peak of that signal between
 *   {@link #MIN_PERIOD_S} and {@link #MAX_PERIOD_S} that reaches {@link #PEAK_SHARE} of the highest;</li>
 *   <li>the band: the signal is band-passed (causal Butterworth, {@link BandPass}) to
 *   {@code lowPerPeriod}-{@code highPerPeriod} cycles per period, which keeps the rep's fundamental and
 *   removes both drift and the second bump of a double-humped rep;</li>
 *   <li>the count: a rep begins each time the signal rises above +h after having been below −h, h a
 *   share of its {@link #AMPLITUDE_QUANTILE} quantile of absolute values (at least
 *   {@link #NOISE_FLOOR_G}); a first or last rep much
 *   smaller than the set's median is a partial movement (un-racking, re-racking) and is dropped;
 *   a sensor dropout longer than half a rep inside a cycle that lasted a whole number of periods
 *   is counted as that many reps (the person went on lifting while no samples came).</li>
 * </ol>
 * Pure and deterministic: the same stretch gives the same cycles.
 */
final class CycleAnalysis {
    static final double WIDE_LOW_HZ = 0.05;
    static final double WIDE_HIGH_HZ = 2.0;
    static final double MIN_PERIOD_S = 0.8;
    static final double MAX_PERIOD_S = 15.0;
    /** The period lag must fit this share of the stretch (at least 1.7 periods are seen). */
    static final double MAX_LAG_SHARE = 0.6;
    static final double PEAK_SHARE = 0.8;
    static final double AMPLITUDE_QUANTILE = 0.95;
    /** Assumed rep period when the stretch is too short or too irregular to show one. */
    static final double DEFAULT_PERIOD_S = 3.0;
    /** The swing must exceed ± this much (g) whatever the set's amplitude: below it is sensor noise, not a rep. */
    static final double NOISE_FLOOR_G = 0.01;
    /** A gap between samples longer than this share of the median rep spacing is a dropout. */
    static final double DROPOUT_SHARE = 0.5;

    /** A rep: from where the signal left its low band, through its peak, to the start of the next. */
    record Cycle(double start_s, double peak_s, double end_s) {
    }

    /**
     * What a stretch showed.
     *
     * @param period_s     the rep period found (or {@link #DEFAULT_PERIOD_S})
     * @param magnitude    true when the magnitude was counted, false for the principal axis
     * @param cycles       every rep, the last one ending at the end of the stretch
     * @param axis         the direction the acceleration was projected on, signed so that the counted
     *                     signal rises with it (null when the magnitude was counted)
     */
    record Result(double period_s, boolean magnitude, List<Cycle> cycles, double[] axis) {
    }

    private CycleAnalysis() {
    }

    /**
     * Analyses samples {@code from} (inclusive) to {@code to} (exclusive).
     *
     * @param rate_hz      the nominal sample rate of the arrays
     * @param previousAxis when the principal axis is counted, its sign is chosen to agree with this
     *                     direction (a previous stretch's {@link Result#axis()}) rather than by the
     *                     signal's skewness, so that successive live stretches count the same side of
     *                     each rep; null for none
     */
    static Result analyze(double[] t, double[] x, double[] y, double[] z, int from, int to, double rate_hz,
                          CycleSettings settings, double[] previousAxis) {
        int n = to - from;
        if (n < 4) return new Result(DEFAULT_PERIOD_S, true, List.of(), null);
        double[] mag = new double[n];
        for (int i = 0; i < n; i++) {
            int k = from + i;
            mag[i] = Math.sqrt(x[k] * x[k] + y[k] * y[k] + z[k] * z[k]);
        }
        double[][] wide = BandPass.filterFour(new double[][] {x, y, z, mag}, new int[] {from, from, from, 0}, n,
                WIDE_LOW_HZ, WIDE_HIGH_HZ, rate_hz);
        double[] wx = wide[0];
        double[] wy = wide[1];
        double[] wz = wide[2];
        double[] wm = wide[3];
        double[] axis = principalAxis(wx, wy, wz);
        double[] pc = new double[n];
        for (int i = 0; i < n; i++) pc[i] = axis[0] * wx[i] + axis[1] * wy[i] + axis[2] * wz[i];
        double magnitudeStd = std(wm);
        boolean magnitude = magnitudeStd >= settings.magnitudeShare() * std(pc) && magnitudeStd > 0;
        double period_s = period_s(magnitude ? wm : pc, rate_hz);
        double[] raw = new double[n];
        for (int i = 0; i < n; i++) {
            int k = from + i;
            raw[i] = magnitude ? -mag[i] : axis[0] * x[k] + axis[1] * y[k] + axis[2] * z[k];
        }
        double[] s = BandPass.filter(raw, 0, n, settings.lowPerPeriod() / period_s, settings.highPerPeriod() / period_s, rate_hz);
        double[] signed = null;
        if (!magnitude) {
            double dot = previousAxis == null ? 0 : axis[0] * previousAxis[0] + axis[1] * previousAxis[1] + axis[2] * previousAxis[2];
            boolean flip = dot != 0 ? dot < 0 : skewness(s) > 0;
            if (flip) for (int i = 0; i < n; i++) s[i] = -s[i];
            double sign = flip ? -1 : 1;
            signed = new double[] {sign * axis[0], sign * axis[1], sign * axis[2]};
        }
        int settle = (int) Math.min(n / 4, period_s * rate_hz);
        double h = Math.max(NOISE_FLOOR_G, settings.hysteresis() * quantileOfAbs(Arrays.copyOfRange(s, settle, n), AMPLITUDE_QUANTILE));
        return count(t, from, s, h, period_s, signed, settings);
    }

    private static Result count(double[] t, int from, double[] s, double h, double period_s, double[] axis,
                                CycleSettings settings) {
        int n = s.length;
        List<int[]> rises = new ArrayList<>(); // {start, peak} sample indices within the stretch
        int state = 0;
        int lowExit = 0;
        for (int i = 0; i < n; i++) {
            double v = s[i];
            if (state <= 0 && v > h) {
                rises.add(new int[] {lowExit, i});
                state = 1;
            } else if (state == 1) {
                int[] r = rises.get(rises.size() - 1);
                if (v > s[r[1]]) r[1] = i;
                else if (v < -h) state = -1;
            }
            if (state == -1 && v < -h) lowExit = Math.min(i + 1, n - 1);
        }
        dropPartialEnds(rises, s, settings.edgeShare());
        List<Cycle> cycles = new ArrayList<>();
        for (int j = 0; j < rises.size(); j++) {
            int[] r = rises.get(j);
            double end_s = j + 1 < rises.size() ? t[from + rises.get(j + 1)[0]] : t[from + n - 1];
            cycles.add(new Cycle(t[from + r[0]], t[from + r[1]], end_s));
        }
        return new Result(period_s, axis == null, bridgeDropouts(cycles, t, from, from + n), axis);
    }

    /** Drops a first or last rep whose peak is below {@code share} of the median peak (with three reps or more). */
    private static void dropPartialEnds(List<int[]> rises, double[] s, double share) {
        if (rises.size() < 3 || share <= 0) return;
        double[] peaks = new double[rises.size()];
        for (int j = 0; j < peaks.length; j++) peaks[j] = s[rises.get(j)[1]];
        double median = median(peaks);
        if (s[rises.get(rises.size() - 1)[1]] < share * median) rises.remove(rises.size() - 1);
        if (s[rises.get(0)[1]] < share * median) rises.remove(0);
    }

    /** A cycle that spans a sensor dropout and lasted k median rep spacings is k reps, evenly split. */
    private static List<Cycle> bridgeDropouts(List<Cycle> cycles, double[] t, int from, int to) {
        if (cycles.size() < 3) return cycles;
        double[] spacing = new double[cycles.size() - 1];
        for (int j = 0; j + 1 < cycles.size(); j++) spacing[j] = cycles.get(j + 1).peak_s() - cycles.get(j).peak_s();
        double median = median(spacing);
        if (!(median > 0)) return cycles;
        List<Cycle> out = new ArrayList<>();
        int k = from;
        for (int j = 0; j < cycles.size(); j++) {
            Cycle c = cycles.get(j);
            double nextPeak_s = j + 1 < cycles.size() ? cycles.get(j + 1).peak_s() : Double.NaN;
            double gap_s = 0;
            while (k + 1 < to && t[k + 1] <= nextPeak_s) {
                if (t[k] >= c.peak_s()) gap_s = Math.max(gap_s, t[k + 1] - t[k]);
                k++;
            }
            int reps = gap_s > DROPOUT_SHARE * median ? (int) Math.max(1, Math.round((nextPeak_s - c.peak_s()) / median)) : 1;
            double step_s = (c.end_s() - c.start_s()) / reps;
            for (int r = 0; r < reps; r++) {
                double start_s = c.start_s() + r * step_s;
                out.add(new Cycle(start_s, r == 0 ? c.peak_s() : start_s + (c.peak_s() - c.start_s()), start_s + step_s));
            }
        }
        return out;
    }

    /** The unit eigenvector of the largest eigenvalue of the three signals' covariance. */
    static double[] principalAxis(double[] a, double[] b, double[] c) {
        double[][] v = {a, b, c};
        double[] mean = new double[3];
        int n = a.length;
        for (int i = 0; i < 3; i++) mean[i] = mean(v[i]);
        // the six sums in one pass, each added up in the same order as on its own
        double sxx = 0;
        double sxy = 0;
        double sxz = 0;
        double syy = 0;
        double syz = 0;
        double szz = 0;
        for (int k = 0; k < n; k++) {
            double dx = a[k] - mean[0];
            double dy = b[k] - mean[1];
            double dz = c[k] - mean[2];
            sxx += dx * dx;
            sxy += dx * dy;
            sxz += dx * dz;
            syy += dy * dy;
            syz += dy * dz;
            szz += dz * dz;
        }
        double[][] cov = new double[3][3];
        double[] sums = {sxx, sxy, sxz, syy, syz, szz};
        for (int i = 0, s = 0; i < 3; i++) {
            for (int j = i; j < 3; j++, s++) {
                cov[i][j] = sums[s] / n;
                cov[j][i] = cov[i][j];
            }
        }
        EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(cov, false));
        double[] values = eig.getRealEigenvalues();
        int best = 0;
        for (int i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
        RealVector e = eig.getEigenvector(best);
        double[] axis = e.toArray();
        double norm = Math.sqrt(axis[0] * axis[0] + axis[1] * axis[1] + axis[2] * axis[2]);
        if (!(norm > 0)) return new double[] {1, 0, 0};
        for (int i = 0; i < 3; i++) axis[i] /= norm;
        return axis;
    }

    /**
     * The rep period: the first peak of the (unbiased, normalised) autocorrelation between
     * {@link #MIN_PERIOD_S} and {@link #MAX_PERIOD_S} that reaches {@link #PEAK_SHARE} of the highest
     * one there; {@link #DEFAULT_PERIOD_S} when there is none. The peaks are searched on every other
     * lag over every other sample (a quarter of the work; reps are much slower than the samples),
     * then the peak is refined to the neighbouring lags at full resolution.
     */
    static double period_s(double[] v, double rate_hz) {
        int n = v.length;
        int lo = Math.max(2, (int) Math.round(MIN_PERIOD_S * rate_hz));
        int hi = Math.min((int) Math.round(MAX_PERIOD_S * rate_hz), (int) (MAX_LAG_SHARE * n));
        if (hi <= lo + 4) return DEFAULT_PERIOD_S;
        double[] d = centred(v);
        if (!(autocorrelation(d, 0, 1) > 0)) return DEFAULT_PERIOD_S;
        int jlo = lo / 2;
        int jhi = hi / 2;
        double[] r = new double[jhi + 1];
        int j0 = jlo - 1;
        for (; j0 + 3 <= jhi; j0 += 4) autocorrelationFour(d, 2 * j0, r, j0);
        for (; j0 <= jhi; j0++) r[j0] = autocorrelation(d, 2 * j0, 2);
        double best = Double.NEGATIVE_INFINITY;
        for (int j = jlo; j < jhi; j++) if (isPeak(r, j)) best = Math.max(best, r[j]);
        if (best == Double.NEGATIVE_INFINITY || best <= 0) return DEFAULT_PERIOD_S;
        for (int j = jlo; j < jhi; j++) {
            if (!isPeak(r, j) || r[j] < PEAK_SHARE * best) continue;
            int lag = 2 * j;
            double at = autocorrelation(d, lag, 1);
            for (int k = 2 * j - 1; k <= 2 * j + 1; k += 2) {
                double rk = autocorrelation(d, k, 1);
                if (rk > at) {
                    at = rk;
                    lag = k;
                }
            }
            return lag / rate_hz;
        }
        return DEFAULT_PERIOD_S;
    }

    private static boolean isPeak(double[] r, int k) {
        return r[k] > r[k - 1] && r[k] >= r[k + 1];
    }

    private static double[] centred(double[] v) {
        double mean = mean(v);
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) d[i] = v[i] - mean;
        return d;
    }

    /** Autocorrelation of a centred signal at one lag, over every {@code stride}-th sample, divided by the pairs summed. */
    static double autocorrelation(double[] d, int lag, int stride) {
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i + lag < d.length; i += stride) {
            sum += d[i] * d[i + lag];
            pairs++;
        }
        return pairs == 0 ? 0 : sum / pairs;
    }

    /**
     * {@link #autocorrelation} over every other sample at lags lag, lag + 2, lag + 4 and lag + 6 into
     * {@code r[at..at + 3]}, each sum added up in the same order as on its own; the four sums in one
     * loop let the processor overlap their additions.
     */
    private static void autocorrelationFour(double[] d, int lag, double[] r, int at) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + lag + 6 < d.length; i += 2) {
            double v = d[i];
            s0 += v * d[i + lag];
            s1 += v * d[i + lag + 2];
            s2 += v * d[i + lag + 4];
            s3 += v * d[i + lag + 6];
        }
        int common = i;
        for (; i + lag + 4 < d.length; i += 2) s2 += d[i] * d[i + lag + 4];
        i = common;
        for (; i + lag + 2 < d.length; i += 2) s1 += d[i] * d[i + lag + 2];
        i = common;
        for (; i + lag < d.length; i += 2) s0 += d[i] * d[i + lag];
        double[] sums = {s0, s1, s2, s3};
        for (int k = 0; k < 4; k++) {
            int pairs = (d.length - (lag + 2 * k) + 1) / 2;
            r[at + k] = pairs <= 0 ? 0 : sums[k] / pairs;
        }
    }

    private static double mean(double[] v) {
        double sum = 0;
        for (double d : v) sum += d;
        return sum / v.length;
    }

    static double std(double[] v) {
        double mean = mean(v);
        double sum = 0;
        for (double d : v) sum += (d - mean) * (d - mean);
        return Math.sqrt(sum / v.length);
    }

    static double skewness(double[] v) {
        double mean = mean(v);
        double m2 = 0;
        double m3 = 0;
        for (double d : v) {
            double e = d - mean;
            m2 += e * e;
            m3 += e * e * e;
        }
        m2 /= v.length;
        m3 /= v.length;
        return m2 > 0 ? m3 / Math.pow(m2, 1.5) : 0;
    }

    /** The value of rank floor(q (n - 1)) among the absolute values (selection, no full sort). */
    static double quantileOfAbs(double[] v, double q) {
        double[] a = new double[v.length];
        for (int i = 0; i < v.length; i++) a[i] = Math.abs(v[i]);
        return new KthSelector().select(a, null, Math.min(a.length - 1, (int) Math.floor(q * (a.length - 1))));
    }

    private static double median(double[] v) {
        double[] a = v.clone();
        Arrays.sort(a);
        int m = a.length / 2;
        return a.length % 2 == 1 ? a[m] : (a[m - 1] + a[m]) / 2;
    }
}

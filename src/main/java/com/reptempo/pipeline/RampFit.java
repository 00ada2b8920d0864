package com.reptempo.pipeline;

/**
 * Times a movement from the part of it that stands clear of the noise: the moments a signal passes
 * a ladder of levels between two fractions of its travel are regressed on the minimum-jerk
 * profile ({@link MinJerk}), {@code t = start + duration * u(level)}, which extrapolates to where
 * the movement really started or ended even though its slow first and last moments are lost in
 * the noise. Pure functions over arrays.
 *
 * <p>Passages are searched outwards from the middle of the ramp (the moment it passes half its
 * travel): backwards for the levels below, forwards for the levels above. Breathing that rocks a
 * hold or the rest next to the ramp therefore cannot pull a passage into the hold or the rest.
 */
final class RampFit {
    static final int LEVELS = 13;

    /** A fitted ramp: extrapolated start and end times, seconds; NaN when it could not be fitted. */
    record Ramp(double start_s, double end_s) {
        boolean valid() {
            return !Double.isNaN(start_s) && !Double.isNaN(end_s) && end_s > start_s;
        }
    }

    private RampFit() {
    }

    /**
     * Fits a ramp of {@code v} from {@code from} to {@code to} (rising or falling) that passes half
     * its travel at index {@code mid}, using the passages of the travel fractions {@code lo..hi}.
     */
    static Ramp fit(double[] t, double[] v, int mid, double from, double to, double lo, double hi) {
        double[] us = new double[LEVELS];
        double[] ts = new double[LEVELS];
        int n = 0;
        double sign = Math.signum(to - from);
        if (sign == 0) return new Ramp(Double.NaN, Double.NaN);
        for (int k = 0; k < LEVELS; k++) {
            double f = lo + (hi - lo) * k / (LEVELS - 1);
            double level = from + f * (to - from);
            double tl = f < 0.5 ? before(t, v, mid, level, sign) : after(t, v, mid, level, sign);
            if (Double.isNaN(tl)) continue;
            ts[n] = tl;
            us[n] = MinJerk.timeAt(f);
            n++;
        }
        return regress(us, ts, n);
    }

    /**
     * As {@link #fit}, but with the ramp's duration given ({@code duration_s}, from a fit over a wider
     * part of the ramp): only its placement in time is taken from the passages of {@code lo..hi}.
     * A few tenths of a second of passages near the top cannot tell a slow ramp's duration, which a
     * free fit must extrapolate several times over; a placement needs no extrapolation of a slope.
     */
    static Ramp place(double[] t, double[] v, int mid, double from, double to, double lo, double hi, double duration_s) {
        double sign = Math.signum(to - from);
        if (sign == 0 || !(duration_s > 0)) return new Ramp(Double.NaN, Double.NaN);
        double sum = 0;
        int n = 0;
        for (int k = 0; k < LEVELS; k++) {
            double f = lo + (hi - lo) * k / (LEVELS - 1);
            double level = from + f * (to - from);
            double tl = f < 0.5 ? before(t, v, mid, level, sign) : after(t, v, mid, level, sign);
            if (Double.isNaN(tl)) continue;
            sum += tl - duration_s * MinJerk.timeAt(f);
            n++;
        }
        if (n < 3) return new Ramp(Double.NaN, Double.NaN);
        double start = sum / n;
        return new Ramp(start, start + duration_s);
    }

    /** Going back from mid: the last time the ramp was still short of level. */
    private static double before(double[] t, double[] v, int mid, double level, double sign) {
        int i = mid;
        while (i > 0 && sign * (v[i - 1] - level) >= 0) i--;
        if (i == 0 || sign * (v[i] - level) < 0) return Double.NaN;
        return cross(t, v, i - 1, i, level);
    }

    /** Going on from mid: the first time the ramp got beyond level. */
    private static double after(double[] t, double[] v, int mid, double level, double sign) {
        int i = mid;
        while (i < v.length - 1 && sign * (v[i + 1] - level) < 0) i++;
        if (i >= v.length - 1) return Double.NaN;
        return cross(t, v, i, i + 1, level);
    }

    private static double cross(double[] t, double[] v, int a, int b, double level) {
        double dv = v[b] - v[a];
        double f = dv == 0 ? 0 : (level - v[a]) / dv;
        return t[a] + f * (t[b] - t[a]);
    }

    /** Least squares t = a + b u; the ramp runs from u = 0 to u = 1. */
    private static Ramp regress(double[] u, double[] t, int n) {
        if (n < 3) return new Ramp(Double.NaN, Double.NaN);
        double su = 0;
        double st = 0;
        for (int i = 0; i < n; i++) {
            su += u[i];
            st += t[i];
        }
        double mu = su / n;
        double mt = st / n;
        double suu = 0;
        double sut = 0;
        for (int i = 0; i < n; i++) {
            suu += (u[i] - mu) * (u[i] - mu);
            sut += (u[i] - mu) * (t[i] - mt);
        }
        if (suu == 0) return new Ramp(Double.NaN, Double.NaN);
        double b = sut / suu;
        if (!(b > 0)) return new Ramp(Double.NaN, Double.NaN);
        double a = mt - b * mu;
        return new Ramp(a, a + b);
    }
}

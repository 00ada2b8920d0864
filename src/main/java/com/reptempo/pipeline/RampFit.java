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
    /**
     * A gap between the passages of two neighbouring levels longer than this many times the median gap of the
     * ladder is a stop of the movement ({@link #keepBoundarySide}). Along a minimum-jerk ramp the speed over
     * 15-33 % or 67-85 % of the travel changes by under a third, so the passages of evenly spaced levels are
     * about evenly spaced in time; a mid-rep pause (a quarter to a third of the phase) puts one gap of 0.7 s or
     * more among gaps of a few hundredths.
     */
    static final double STALL_GAP_FACTOR = 5.0;
    /**
     * ... and longer than this: a stop that counts (the simulator's mid-rep pause lasts a quarter to a third of a
     * 2-5 s phase). At 100 Hz many passages share a sample interval, so the median gap can be a hundredth of a
     * second and a breath's wobble would otherwise pass for a stop.
     */
    static final double MIN_STALL_S = 0.5;

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
        int n = passages(t, v, mid, from, to, lo, hi, us, ts);
        return regress(us, ts, n);
    }

    /**
     * The passages of the levels {@code lo..hi} of the travel: their times into ts and minimum-jerk time
     * fractions into us, in the order of the levels; returns how many were found. Each search goes on
     * from where the one of the level nearer the middle stopped (the ramp passed that level there, so it
     * passed any level further out no nearer the middle), so all levels take one walk over the ramp.
     */
    private static int passages(double[] t, double[] v, int mid, double from, double to, double lo, double hi,
                                double[] us, double[] ts) {
        double sign = Math.signum(to - from);
        if (sign == 0) return 0;
        double[] found = new double[LEVELS];
        int below = mid;
        for (int k = LEVELS - 1; k >= 0; k--) {
            double f = lo + (hi - lo) * k / (LEVELS - 1);
            if (f >= 0.5) {
                found[k] = Double.NaN;
                continue;
            }
            double level = from + f * (to - from);
            while (below > 0 && sign * (v[below - 1] - level) >= 0) below--;
            found[k] = below == 0 || sign * (v[below] - level) < 0 ? Double.NaN : cross(t, v, below - 1, below, level);
        }
        int above = mid;
        for (int k = 0; k < LEVELS; k++) {
            double f = lo + (hi - lo) * k / (LEVELS - 1);
            if (f < 0.5) continue;
            double level = from + f * (to - from);
            while (above < v.length - 1 && sign * (v[above + 1] - level) < 0) above++;
            found[k] = above >= v.length - 1 ? Double.NaN : cross(t, v, above, above + 1, level);
        }
        keepBoundarySide(found, lo, hi);
        int n = 0;
        for (int k = 0; k < LEVELS; k++) {
            if (Double.isNaN(found[k])) continue;
            ts[n] = found[k];
            us[n] = MinJerk.timeAt(lo + (hi - lo) * k / (LEVELS - 1));
            n++;
        }
        return n;
    }

    /**
     * Drops the passages beyond a stop of the movement, counted from the ramp's end the ladder {@code lo..hi}
     * times (its start when the ladder lies below half the travel, its end when above; a ladder across the
     * middle is left whole). The simulator's mid-rep pause falls at 35-65 % of a phase's time, i.e. 23-77 % of
     * its travel, so it can fall inside the 15-33 % or 67-85 % ladder: the levels past it are passed only after
     * the pause, and a fit through both sides stretches the ramp by the pause (a hold's end placed 1.7 s early).
     * The passages on the boundary's side of the stop still belong to a minimum-jerk start or end of the ramp.
     * A stop is a gap over {@link #STALL_GAP_FACTOR} times the ladder's median gap; fewer than three passages
     * before it leave the ladder whole (too few to fit; the old fit is the better guess).
     */
    static void keepBoundarySide(double[] found, double lo, double hi) {
        boolean fromLow = hi <= 0.5;
        if (!fromLow && lo < 0.5) return;
        double[] gaps = new double[LEVELS];
        int g = 0;
        double prev = Double.NaN;
        for (int k = 0; k < LEVELS; k++) {
            if (Double.isNaN(found[k])) continue;
            if (!Double.isNaN(prev)) gaps[g++] = Math.abs(found[k] - prev);
            prev = found[k];
        }
        if (g < 4) return;
        double[] sorted = java.util.Arrays.copyOf(gaps, g);
        java.util.Arrays.sort(sorted);
        double median_s = sorted[g / 2];
        if (!(median_s > 0)) return;
        int kept = 0;
        prev = Double.NaN;
        for (int i = 0; i < LEVELS; i++) {
            int k = fromLow ? i : LEVELS - 1 - i;
            if (Double.isNaN(found[k])) continue;
            if (!Double.isNaN(prev) && Math.abs(found[k] - prev) > Math.max(MIN_STALL_S, STALL_GAP_FACTOR * median_s)) {
                if (kept < 3) return;
                for (int j = i; j < LEVELS; j++) found[fromLow ? j : LEVELS - 1 - j] = Double.NaN;
                return;
            }
            prev = found[k];
            kept++;
        }
    }

    /**
     * As {@link #fit}, but with the ramp's duration given ({@code duration_s}, from a fit over a wider
     * part of the ramp): only its placement in time is taken from the passages of {@code lo..hi}.
     * A few tenths of a second of passages near the top cannot tell a slow ramp's duration, which a
     * free fit must extrapolate several times over; a placement needs no extrapolation of a slope.
     */
    static Ramp place(double[] t, double[] v, int mid, double from, double to, double lo, double hi, double duration_s) {
        if (!(duration_s > 0)) return new Ramp(Double.NaN, Double.NaN);
        double[] us = new double[LEVELS];
        double[] ts = new double[LEVELS];
        int n = passages(t, v, mid, from, to, lo, hi, us, ts);
        if (n < 3) return new Ramp(Double.NaN, Double.NaN);
        double sum = 0;
        for (int i = 0; i < n; i++) sum += ts[i] - duration_s * us[i];
        double start = sum / n;
        return new Ramp(start, start + duration_s);
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

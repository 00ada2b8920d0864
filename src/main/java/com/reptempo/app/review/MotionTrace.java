package com.reptempo.app.review;

import com.reptempo.model.Sample;

import java.util.List;

/**
 * The motion of a set for the review's trace chart: the tilt of the sensor away from the resting
 * position (the gravity direction just before the first rep), in degrees, from the accelerometer
 * alone, averaged over short windows and thinned to a bounded number of points.
 *
 * @param t_s      point times, seconds (sample time)
 * @param tilt_deg tilt from the resting position, degrees (0..180)
 */
public record MotionTrace(double[] t_s, double[] tilt_deg) {
    /** At most this many points are drawn for one set. */
    public static final int MAX_POINTS = 3000;
    /** Samples are averaged over at least this long, seconds. */
    static final double WINDOW_S = 0.08;
    /** The resting position is the mean over this long before the first rep, seconds. */
    static final double REST_S = 0.5;

    public MotionTrace {
        if (t_s.length != tilt_deg.length) throw new IllegalArgumentException("times and values differ in length");
    }

    public static final MotionTrace EMPTY = new MotionTrace(new double[0], new double[0]);

    public int size() {
        return t_s.length;
    }

    /**
     * The trace of {@code samples}.
     *
     * @param restEnd_s when the resting position ends (the first rep's start), or NaN to use the first samples
     * @param maxPoints at most this many points
     */
    public static MotionTrace of(List<Sample> samples, double restEnd_s, int maxPoints) {
        int n = samples.size();
        if (n == 0) return EMPTY;
        double span = samples.get(n - 1).t_s() - samples.get(0).t_s();
        double rate = span > 0 ? (n - 1) / span : 1;
        int bucket = Math.max(Math.max(1, (int) Math.ceil((double) n / maxPoints)), (int) Math.round(rate * WINDOW_S));
        double[] rest = rest(samples, restEnd_s);
        int points = (n + bucket - 1) / bucket;
        double[] t = new double[points];
        double[] v = new double[points];
        for (int p = 0; p < points; p++) {
            int a = p * bucket;
            int b = Math.min(n, a + bucket);
            double st = 0;
            double[] m = new double[3];
            for (int i = a; i < b; i++) {
                Sample s = samples.get(i);
                st += s.t_s();
                m[0] += s.ax_g();
                m[1] += s.ay_g();
                m[2] += s.az_g();
            }
            t[p] = st / (b - a);
            v[p] = angle_deg(m, rest);
        }
        return new MotionTrace(t, v);
    }

    private static double[] rest(List<Sample> samples, double restEnd_s) {
        double end = Double.isNaN(restEnd_s) ? samples.get(0).t_s() + REST_S : restEnd_s;
        double[] m = new double[3];
        int k = 0;
        for (Sample s : samples) {
            if (s.t_s() > end) break;
            if (s.t_s() >= end - REST_S) {
                m[0] += s.ax_g();
                m[1] += s.ay_g();
                m[2] += s.az_g();
                k++;
            }
        }
        if (k == 0) {
            Sample s = samples.get(0);
            return new double[]{s.ax_g(), s.ay_g(), s.az_g()};
        }
        return m;
    }

    private static double angle_deg(double[] a, double[] b) {
        double na = Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
        double nb = Math.sqrt(b[0] * b[0] + b[1] * b[1] + b[2] * b[2]);
        if (na == 0 || nb == 0) return 0;
        double c = (a[0] * b[0] + a[1] * b[1] + a[2] * b[2]) / (na * nb);
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, c))));
    }
}

package com.reptempo.pipeline;

/**
 * A second-order Butterworth band-pass (a low-pass and a high-pass biquad in series, bilinear
 * transform with pre-warping), causal, for a fixed sample rate. Used by the custom-exercise counter
 * ({@link CycleAnalysis}). The low-pass corner is kept below 0.45 of the sample rate.
 */
final class BandPass {
    private final double[] lowB = new double[3];
    private final double[] lowA = new double[3];
    private final double[] highB = new double[3];
    private final double[] highA = new double[3];
    private double l1;
    private double l2;
    private double h1;
    private double h2;
    private boolean primed;

    BandPass(double lo_hz, double hi_hz, double rate_hz) {
        design(hi_hz, rate_hz, false, lowB, lowA);
        design(lo_hz, rate_hz, true, highB, highA);
    }

    /** Filters {@code v[from..to)} into a new array, primed with its first value as a steady level. */
    static double[] filter(double[] v, int from, int to, double lo_hz, double hi_hz, double rate_hz) {
        BandPass f = new BandPass(lo_hz, hi_hz, rate_hz);
        double[] out = new double[to - from];
        for (int i = from; i < to; i++) out[i - from] = f.apply(v[i]);
        return out;
    }

    /**
     * Filters four signals with the same band, each exactly as {@link #filter} does: {@code n} values
     * of each {@code in[j]} from {@code offset[j]} into a new array {@code out[j]}. The four run in
     * one loop, so that the processor overlaps their (serial) recursions.
     */
    static double[][] filterFour(double[][] in, int[] offset, int n, double lo_hz, double hi_hz, double rate_hz) {
        BandPass a = new BandPass(lo_hz, hi_hz, rate_hz);
        BandPass b = new BandPass(lo_hz, hi_hz, rate_hz);
        BandPass c = new BandPass(lo_hz, hi_hz, rate_hz);
        BandPass d = new BandPass(lo_hz, hi_hz, rate_hz);
        double[][] out = new double[4][n];
        double[] in0 = in[0];
        double[] in1 = in[1];
        double[] in2 = in[2];
        double[] in3 = in[3];
        double[] out0 = out[0];
        double[] out1 = out[1];
        double[] out2 = out[2];
        double[] out3 = out[3];
        int o0 = offset[0];
        int o1 = offset[1];
        int o2 = offset[2];
        int o3 = offset[3];
        for (int i = 0; i < n; i++) {
            out0[i] = a.apply(in0[o0 + i]);
            out1[i] = b.apply(in1[o1 + i]);
            out2[i] = c.apply(in2[o2 + i]);
            out3[i] = d.apply(in3[o3 + i]);
        }
        return out;
    }

    private static void design(double f_hz, double rate_hz, boolean high, double[] b, double[] a) {
        double f = Math.min(f_hz, 0.45 * rate_hz);
        double k = Math.tan(Math.PI * f / rate_hz);
        double q = Math.sqrt(2);
        double norm = 1 / (1 + q * k + k * k);
        if (high) {
            b[0] = norm;
            b[1] = -2 * norm;
            b[2] = norm;
        } else {
            b[0] = k * k * norm;
            b[1] = 2 * b[0];
            b[2] = b[0];
        }
        a[1] = 2 * (k * k - 1) * norm;
        a[2] = (1 - q * k + k * k) * norm;
    }

    /** Filters one value (transposed direct form II); the first value primes the state as a steady level. */
    double apply(double x) {
        if (!primed) {
            primed = true;
            l1 = x * (1 - lowB[0]);
            l2 = x * (lowB[2] - lowA[2]);
            h1 = -highB[0] * x;
            h2 = highB[2] * x;
        }
        double yl = lowB[0] * x + l1;
        l1 = lowB[1] * x - lowA[1] * yl + l2;
        l2 = lowB[2] * x - lowA[2] * yl;
        double yh = highB[0] * yl + h1;
        h1 = highB[1] * yl - highA[1] * yh + h2;
        h2 = highB[2] * yl - highA[2] * yh;
        return yh;
    }
}

package com.reptempo.pipeline;

/**
 * Spectral arc length (SPARC), the smoothness measure of Balasubramanian, Melendez-Calderon,
 * Roby-Brami and Burdet (2015), "On the analysis of movement smoothness", J NeuroEng Rehabil
 * 12:112: the length of the curve traced by the normalised Fourier magnitude spectrum of the
 * speed profile, up to an adaptive cut-off frequency. A smooth single-peaked movement has a
 * compact spectrum and a short arc (about -1.6 for a minimum-jerk profile); stops and jolts
 * add spectral content and lengthen it (more negative).
 *
 * <p>Parameters as recommended by the paper: zero padding to 2^(ceil(log2 n) + 4) points,
 * cut-off {@link #MAX_CUTOFF_HZ} (or the Nyquist frequency if lower), amplitude threshold
 * {@link #AMPLITUDE_THRESHOLD} of the peak magnitude. The transform is a plain in-place radix-2
 * FFT on primitive arrays.
 */
final class Sparc {
    static final double MAX_CUTOFF_HZ = 10.0;
    static final double AMPLITUDE_THRESHOLD = 0.05;
    static final int PAD_LEVEL = 4;

    private Sparc() {
    }

    /**
     * SPARC of a speed profile sampled every dt_s seconds (uniform sampling assumed); 0 for a
     * profile too short or without movement.
     */
    static double of(double[] speed, double dt_s) {
        int n = speed.length;
        if (n < 4 || !(dt_s > 0)) return 0;
        int nfft = Integer.highestOneBit(n - 1) << (1 + PAD_LEVEL);
        double[] re = new double[nfft];
        double[] im = new double[nfft];
        System.arraycopy(speed, 0, re, 0, n);
        fft(re, im);
        double df = 1.0 / (nfft * dt_s);
        double cutoff = Math.min(MAX_CUTOFF_HZ, 0.5 / dt_s);
        int last = Math.min((int) Math.floor(cutoff / df), nfft / 2);
        double[] mag = new double[last + 1];
        double peak = 0;
        for (int k = 0; k <= last; k++) {
            mag[k] = Math.sqrt(re[k] * re[k] + im[k] * im[k]);
            peak = Math.max(peak, mag[k]);
        }
        if (peak == 0) return 0;
        int end = 0;
        for (int k = 0; k <= last; k++) {
            mag[k] /= peak;
            if (mag[k] >= AMPLITUDE_THRESHOLD) end = k;
        }
        if (end == 0) return 0;
        double step = 1.0 / end;
        double arc = 0;
        for (int k = 1; k <= end; k++) {
            double dm = mag[k] - mag[k - 1];
            arc += Math.sqrt(step * step + dm * dm);
        }
        return -arc;
    }

    /** In-place iterative radix-2 FFT (length a power of two). */
    static void fft(double[] re, double[] im) {
        int n = re.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) j ^= bit;
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            double ang = -2 * Math.PI / len;
            double wr = Math.cos(ang);
            double wi = Math.sin(ang);
            int half = len >> 1;
            for (int i = 0; i < n; i += len) {
                double cr = 1;
                double ci = 0;
                for (int k = 0; k < half; k++) {
                    int a = i + k;
                    int b = a + half;
                    double xr = re[b] * cr - im[b] * ci;
                    double xi = re[b] * ci + im[b] * cr;
                    re[b] = re[a] - xr;
                    im[b] = im[a] - xi;
                    re[a] += xr;
                    im[a] += xi;
                    double nr = cr * wr - ci * wi;
                    ci = cr * wi + ci * wr;
                    cr = nr;
                }
            }
        }
    }
}

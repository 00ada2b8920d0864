package com.reptempo.pipeline;

import java.util.Arrays;

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
        int last = lastBin(nfft, dt_s);
        paddedFft(speed, re, im, last);
        return arc(re, im, last);
    }

    /** The highest frequency bin below the cut-off. */
    static int lastBin(int nfft, double dt_s) {
        double df = 1.0 / (nfft * dt_s);
        double cutoff = Math.min(MAX_CUTOFF_HZ, 0.5 / dt_s);
        return Math.min((int) Math.floor(cutoff / df), nfft / 2);
    }

    /** Minus the arc length of the normalised magnitude spectrum up to bin last (0 without movement). */
    static double arc(double[] re, double[] im, int last) {
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

    /**
     * The same bins 0..last as {@link #fft} of {@code x} zero-padded to {@code re.length} (re and im
     * all zero on entry), bit for bit, with the work on zeros and on unused bins left out. With
     * only the first nfft/B inputs non-zero (B a power of two), after the bit-reversal every block of
     * B holds one value at its start, and the first log2(B) stages only copy it across the block
     * (adding and subtracting zeros): the blocks are filled directly. The later stages compute, in
     * each block, only the butterflies whose outputs lead to bins 0..last, with the twiddle factors
     * stepped exactly as {@link #fft} does.
     */
    static void paddedFft(double[] x, double[] re, double[] im, int last) {
        int nfft = re.length;
        int bits = Integer.numberOfTrailingZeros(nfft);
        int block = 1;
        while (block < nfft && x.length <= nfft / (block * 2)) block <<= 1;
        for (int i = 0; i < x.length; i++) {
            int p = Integer.reverse(i) >>> (32 - bits);
            Arrays.fill(re, p, p + block, x[i]);
        }
        int stages = bits - Integer.numberOfTrailingZeros(block);
        int[] needed = new int[stages];
        int m = last + 1;
        for (int s = stages - 1, len = nfft; s >= 0; s--, len >>= 1) {
            needed[s] = m;
            m = Math.min(len >> 1, m);
        }
        for (int s = 0, len = block * 2; s < stages; s++, len <<= 1) {
            butterflies(re, im, nfft, len, Math.min(len >> 1, needed[s]));
        }
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
            butterflies(re, im, n, len, len >> 1);
        }
    }

    /**
     * One radix-2 stage over blocks of {@code len}: the first {@code kEnd} butterflies of each
     * block (all {@code len / 2} for a full transform).
     */
    private static void butterflies(double[] re, double[] im, int n, int len, int kEnd) {
        double ang = -2 * Math.PI / len;
        double wr = Math.cos(ang);
        double wi = Math.sin(ang);
        int half = len >> 1;
        for (int i = 0; i < n; i += len) {
            double cr = 1;
            double ci = 0;
            for (int k = 0; k < kEnd; k++) {
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

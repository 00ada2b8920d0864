package com.reptempo.pipeline;

import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

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
 * {@link #AMPLITUDE_THRESHOLD} of the peak magnitude.
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
        double[] padded = new double[nfft];
        System.arraycopy(speed, 0, padded, 0, n);
        Complex[] spectrum = new FastFourierTransformer(DftNormalization.STANDARD).transform(padded, TransformType.FORWARD);
        double df = 1.0 / (nfft * dt_s);
        double cutoff = Math.min(MAX_CUTOFF_HZ, 0.5 / dt_s);
        int last = (int) Math.floor(cutoff / df);
        last = Math.min(last, nfft / 2);
        double[] mag = new double[last + 1];
        double peak = 0;
        for (int k = 0; k <= last; k++) {
            mag[k] = spectrum[k].abs();
            peak = Math.max(peak, mag[k]);
        }
        if (peak == 0) return 0;
        int end = 0;
        for (int k = 0; k <= last; k++) {
            mag[k] /= peak;
            if (mag[k] >= AMPLITUDE_THRESHOLD) end = k;
        }
        if (end == 0) return 0;
        double span = end;
        double arc = 0;
        for (int k = 1; k <= end; k++) {
            double dfNorm = 1.0 / span;
            double dm = mag[k] - mag[k - 1];
            arc += Math.sqrt(dfNorm * dfNorm + dm * dm);
        }
        return -arc;
    }
}

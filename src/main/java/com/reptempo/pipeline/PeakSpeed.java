package com.reptempo.pipeline;

/**
 * The peak angular speed of a movement's way out and way back, measured as the steepest slope of its
 * rotation over a short window ({@link #HALF_WINDOW_S} either side), and the speed a minimum-jerk ramp
 * of the same range and duration peaks at ({@link #MIN_JERK_PEAK}). A movement's peak speed is read
 * at the middle of each ramp, where it stands clearest of the rest wobble and breathing; its start
 * and end, which timing a small movement by duration relies on, are lost in them. Pure functions
 * over arrays, allocation-free.
 */
final class PeakSpeed {
    /**
     * Half the window the slope is taken over, seconds: long enough to average out sensor noise (5-25
     * samples), short against a ramp of 1-3 s, so the peak of a smooth ramp is read within a few per cent.
     */
    static final double HALF_WINDOW_S = 0.25;
    /** A minimum-jerk ramp over range R in time T peaks at this multiple of R / T. */
    static final double MIN_JERK_PEAK = 1.875;

    private PeakSpeed() {
    }

    /**
     * Steepest rise of phi up to the peak (way out, {@code out} true) or steepest fall after it, degrees
     * per second (0 if none); NaN when the samples are further apart than the window is wide (a stream
     * that coarse cannot show a ramp's peak speed; the sensor's 50-100 Hz always can).
     */
    static double of(Excursion e, boolean out) {
        double[] t = e.t_s();
        double[] v = e.phi_deg();
        int n = v.length;
        if (n < 3) return Double.NaN;
        double dt = (t[n - 1] - t[0]) / (n - 1);
        if (dt > 2 * HALF_WINDOW_S) return Double.NaN;
        int k = Math.max(1, (int) Math.round(HALF_WINDOW_S / dt));
        int pk = e.peakIndex();
        int from = out ? k : Math.max(k, pk);
        int to = out ? Math.min(n - 1 - k, pk) : n - 1 - k;
        double best = 0;
        for (int i = from; i <= to; i++) {
            double slope = (v[i + k] - v[i - k]) / (t[i + k] - t[i - k]);
            best = Math.max(best, out ? slope : -slope);
        }
        return best;
    }

    /** Peak speed of a minimum-jerk ramp over range_deg in duration_s, degrees per second. */
    static double minJerk_dps(double range_deg, double duration_s) {
        return MIN_JERK_PEAK * range_deg / duration_s;
    }
}

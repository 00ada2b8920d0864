package com.reptempo.pipeline;

/**
 * The close of a movement that came back ({@link ExcursionDetector}): back below the return level
 * ({@link #returnLevel}) the movement is nearly over; its end is extrapolated from the time it
 * took from half the peak to there (minimum-jerk), and it is kept open until then plus
 * {@link #CLOSE_MARGIN_S}, so it holds the whole way back. Shares the detector's rest model (the
 * return level scales with the rest wobble); nothing is allocated per sample.
 */
final class Closing {
    /** Back below this fraction of the peak counts as returned (or 3 rest wobbles if smaller). */
    static final double RETURN_FRACTION = 0.25;
    /** The return level is at least this fraction of the peak, however small the rest wobble. */
    static final double MIN_RETURN_FRACTION = 0.05;
    /** Kept open this long beyond the extrapolated end of the way back. */
    static final double CLOSE_MARGIN_S = 0.15;
    /** Kept open at most this long after coming back below the return level. */
    static final double MAX_CLOSE_S = 1.5;
    /** Back below this fraction of the peak the movement is over at once. */
    static final double CLOSED_FRACTION = 0.02;

    private final RestModel rest;
    private boolean closing;
    private double closeAt_s;
    /** When the way back passed half the peak, seconds; NaN until it did. */
    private double half_s;

    Closing(RestModel rest) {
        this.rest = rest;
    }

    /** A new movement: not closing, half the peak not passed on the way back. */
    void reset() {
        closing = false;
        half_s = Double.NaN;
    }

    /** Follows the rotation (from previous_deg to theta_deg at time t_s) to see when the way back passes half the peak. */
    void observe(double t_s, double previous_deg, double theta_deg, double peak_deg) {
        if (theta_deg < 0.5 * peak_deg && previous_deg >= 0.5 * peak_deg) half_s = t_s;
    }

    /** Back below this counts as returned: 5 % of the peak, or up to 25 % when the rest wobble is larger. */
    double returnLevel(double peak_deg) {
        return Math.max(MIN_RETURN_FRACTION * peak_deg, Math.min(RETURN_FRACTION * peak_deg, 3 * rest.wobble_deg()));
    }

    /** Whether the movement came back below the return level and is being closed ({@link #begin}). */
    boolean active() {
        return closing;
    }

    /**
     * Back below the return level at time t_s: the movement is nearly over. Its end is extrapolated
     * from the time it took from half the peak to here (minimum-jerk), and the excursion is kept
     * open until then plus {@link #CLOSE_MARGIN_S} (at most {@link #MAX_CLOSE_S}).
     */
    void begin(double t_s, double peak_deg) {
        closing = true;
        double done = 1 - returnLevel(peak_deg) / peak_deg;
        double du = MinJerk.timeAt(done) - 0.5;
        double end = du > 0 && !Double.isNaN(half_s) && half_s < t_s ? half_s + 0.5 * (t_s - half_s) / du : t_s;
        closeAt_s = Math.min(end + CLOSE_MARGIN_S, t_s + MAX_CLOSE_S);
    }

    /**
     * Whether a closing movement is over at time t_s: its extrapolated end has come, it is back
     * below {@link #CLOSED_FRACTION} of the peak, or it went out again beyond twice the return level.
     */
    boolean over(double t_s, double theta_deg, double peak_deg) {
        return t_s >= closeAt_s || theta_deg < CLOSED_FRACTION * peak_deg || theta_deg > 2 * returnLevel(peak_deg);
    }
}

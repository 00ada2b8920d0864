package com.reptempo.pipeline;

/**
 * The close of a movement that came back ({@link ExcursionDetector}): back below the return level
 * ({@link #returnLevel}) the movement is nearly over; its end is extrapolated from the time it
 * took from half the peak to there (minimum-jerk), and it is kept open until then plus
 * {@link #CLOSE_MARGIN_S}, so it holds the whole way back, unless it is found at rest again before
 * then ({@link #REST_STILL_S}). Shares the detector's rest model (the
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
    /**
     * Back within {@link #REST_LEVEL_FRACTION} of the return level and still this long (no headway,
     * {@link Headway}: no move beyond 3.5 rest wobbles), seconds, the sensor is at rest again and
     * the movement is over before its extrapolated end: that end is late when the way back
     * slowed or paused between half the peak and the return level (122 of the 193 reps reported
     * more than 0.5 s late, session 13). 0.3 s closed many reps before their slow tail was over
     * (27 evals 1767 → 1751), 0.45 s 1768, 0.6 s 1771 (measured with the rest learned late after
     * every early close, {@code ExcursionDetector.learnFrom_s}; as kept, for closes at rest only, also 1771).
     */
    static final double REST_STILL_S = 0.6;
    /**
     * ... within this fraction of the return level: a jerky rep pausing on its way back stops
     * above it (the whole return level, 25 % of the peak, cost 6 sets against half of it).
     */
    static final double REST_LEVEL_FRACTION = 0.5;
    /** Back below this fraction of the peak the movement is over at once. */
    static final double CLOSED_FRACTION = 0.02;

    private final RestModel rest;
    private boolean closing;
    private double closeAt_s;
    /** When the way back passed half the peak, seconds; NaN until it did. */
    private double half_s;
    /** When the movement came back below the return level ({@link #begin}), seconds. */
    private double begun_s;
    /** The extrapolated end of the way back ({@link #begin}), seconds. */
    private double extrapolated_s;
    /** Whether the last {@link #over} found the movement back at rest before its close time ({@link #REST_STILL_S}). */
    private boolean atRest;
    /** When {@link #over} first said the movement is over, seconds; NaN until it did. */
    private double firstOver_s;

    Closing(RestModel rest) {
        this.rest = rest;
    }

    /** A new movement: not closing, half the peak not passed on the way back. */
    void reset() {
        closing = false;
        atRest = false;
        half_s = Double.NaN;
        firstOver_s = Double.NaN;
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
        begun_s = t_s;
        extrapolated_s = end;
        firstOver_s = Double.NaN;
    }

    /**
     * Whether a closing movement is over at time t_s, still for still_s: its extrapolated end has
     * come, it is back at rest ({@link #REST_STILL_S}), it is back below {@link #CLOSED_FRACTION}
     * of the peak, or it went out again beyond twice the return level.
     */
    boolean over(double t_s, double theta_deg, double peak_deg, double still_s) {
        double level_deg = returnLevel(peak_deg);
        atRest = t_s < closeAt_s && still_s >= REST_STILL_S && t_s - begun_s >= REST_STILL_S
                && theta_deg < REST_LEVEL_FRACTION * level_deg;
        boolean over = t_s >= closeAt_s || atRest || theta_deg < CLOSED_FRACTION * peak_deg || theta_deg > 2 * level_deg;
        if (over && Double.isNaN(firstOver_s)) firstOver_s = t_s;
        return over;
    }

    /** Whether the last {@link #over} found the movement back at rest before its close time ({@link #closeAt_s}). */
    boolean closedAtRest() {
        return atRest;
    }

    /** When the movement is closed at the latest ({@link #begin}): its extrapolated end plus the margin, or the cap, seconds. */
    double closeAt_s() {
        return closeAt_s;
    }

    /** When the movement came back below the return level, seconds (for development tools). */
    double begun_s() {
        return begun_s;
    }

    /** The extrapolated end of the way back, seconds (for development tools). */
    double extrapolated_s() {
        return extrapolated_s;
    }

    /** When {@link #over} first said the movement is over, seconds, or NaN (for development tools). */
    double firstOver_s() {
        return firstOver_s;
    }
}

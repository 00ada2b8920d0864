package com.reptempo.pipeline;

/**
 * The end of a return, after a movement came back ({@link ExcursionDetector}): follows the rest
 * of the way back and takes the place where the sensor comes to rest as the new rest reference,
 * after {@link ExcursionDetector#SETTLE_STILL_S} within {@link ExcursionDetector#SETTLE_BAND_WOBBLES}
 * rest wobbles, or after {@link ExcursionDetector#SETTLE_MAX_S}. A new movement away from the point
 * of the return nearest to where the movement left (by
 * {@link ExcursionDetector#SETTLING_RESTART_FRACTION} of its peak, and twice the wobble) starts a new
 * movement there: reps with hardly a pause. Shares the detector's signal history and rest model;
 * nothing is allocated per sample.
 */
final class ReturnSettling {
    private final SignalHistory history;
    private final RestModel rest;
    /** Scratch for {@link SignalHistory#sumGravity}. */
    private final double[] sum = new double[3];
    private boolean active;
    private double peak_deg;
    private double fromX;
    private double fromY;
    private double fromZ;
    private double placeX;
    private double placeY;
    private double placeZ;
    private double anchor_s;
    private long anchorIndex;
    private double min_deg;
    private long minIndex;
    private double theta_deg;
    /** A new movement found while catching up ({@link #beginBack}), returned by the next {@link #accept}; or -1. */
    private long pendingFrom = -1;

    ReturnSettling(SignalHistory history, RestModel rest) {
        this.history = history;
        this.rest = rest;
    }

    /**
     * Starts following a return that ended at sample {@code idx} (time t_s) at the gravity
     * direction g, of a movement with this peak that left from direction from.
     */
    void begin(double peak_deg, double fromX, double fromY, double fromZ, double gx, double gy, double gz, long idx,
               double t_s) {
        active = true;
        this.peak_deg = peak_deg;
        this.fromX = fromX;
        this.fromY = fromY;
        this.fromZ = fromZ;
        placeX = gx;
        placeY = gy;
        placeZ = gz;
        anchorIndex = idx;
        anchor_s = t_s;
        min_deg = ExcursionDetector.chordDeg(gx - fromX, gy - fromY, gz - fromZ);
        minIndex = idx;
        pendingFrom = -1;
    }

    /**
     * Starts following the rest of a movement that settled at sample {@code from}, recognised only
     * at sample {@code to} (the *settled* test waits {@link ExcursionDetector#SETTLE_S} of
     * stillness): the body came to rest where it settled, so the settling place is the sensor's
     * orientation there and the samples since are caught up as if followed live. A first rep
     * already leaving by then is measured from where the body settled, not from a point on its
     * way out. A new movement found while catching up is returned by the next {@link #accept}.
     */
    void beginBack(double peak_deg, long from, long to, double lastEnd_s) {
        double gx = history.get(from, SignalHistory.GX);
        double gy = history.get(from, SignalHistory.GY);
        double gz = history.get(from, SignalHistory.GZ);
        begin(peak_deg, gx, gy, gz, gx, gy, gz, from, history.get(from, SignalHistory.T));
        for (long i = from + 1; i <= to && active; i++) {
            long start = step(i, history.get(i, SignalHistory.T), history.get(i, SignalHistory.GX),
                    history.get(i, SignalHistory.GY), history.get(i, SignalHistory.GZ), lastEnd_s);
            if (start >= 0) {
                pendingFrom = start;
                active = true;
                return;
            }
        }
    }

    boolean active() {
        return active;
    }

    /** Stops following (a new movement took over). */
    void cancel() {
        active = false;
        pendingFrom = -1;
    }

    /** Mahalanobis distance of g from the place the sensor is settling at. */
    double distance(double gx, double gy, double gz) {
        return rest.distance(gx, gy, gz, placeX, placeY, placeZ);
    }

    double placeX() {
        return placeX;
    }

    double placeY() {
        return placeY;
    }

    double placeZ() {
        return placeZ;
    }

    /** Rotation of the last sample from the settling place (before it moved there), degrees. */
    double theta_deg() {
        return theta_deg;
    }

    /**
     * Takes sample idx (already in the history) at time t_s; lastEnd_s is when the movement ended.
     * Returns the sample a new movement starts from, or -1; stops following when the sensor has
     * settled (the rest reference is then set) or a new movement starts.
     */
    long accept(long idx, double t_s, double gx, double gy, double gz, double lastEnd_s) {
        if (pendingFrom >= 0) {
            long from = pendingFrom;
            pendingFrom = -1;
            active = false;
            return from;
        }
        return step(idx, t_s, gx, gy, gz, lastEnd_s);
    }

    private long step(long idx, double t_s, double gx, double gy, double gz, double lastEnd_s) {
        double back = ExcursionDetector.chordDeg(gx - fromX, gy - fromY, gz - fromZ);
        if (back < min_deg) {
            min_deg = back;
            minIndex = idx;
        }
        theta_deg = ExcursionDetector.chordDeg(gx - placeX, gy - placeY, gz - placeZ);
        if (theta_deg > Math.max(Headway.MIN_STILL_BAND_DEG,
                ExcursionDetector.SETTLE_BAND_WOBBLES * rest.wobble_deg())) {
            placeX = gx;
            placeY = gy;
            placeZ = gz;
            anchor_s = t_s;
            anchorIndex = idx;
        } else if (t_s - anchor_s >= ExcursionDetector.SETTLE_STILL_S) {
            history.sumGravity(anchorIndex, idx, sum);
            rest.setReference(sum[0], sum[1], sum[2]);
            active = false;
            return -1;
        }
        if (back > min_deg + Math.max(ExcursionDetector.SETTLING_RESTART_FRACTION * peak_deg, 2 * rest.wobble_deg())) {
            active = false;
            return minIndex;
        } else if (t_s - lastEnd_s >= ExcursionDetector.SETTLE_MAX_S) {
            rest.setReference(gx, gy, gz);
            active = false;
        }
        return -1;
    }
}

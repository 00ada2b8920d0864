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
    }

    boolean active() {
        return active;
    }

    /** Stops following (a new movement took over). */
    void cancel() {
        active = false;
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

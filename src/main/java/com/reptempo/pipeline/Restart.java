package com.reptempo.pipeline;

/**
 * The restart rule ({@link ExcursionDetector}): on the way back, below {@link #STILL_FRACTION} of
 * the peak, the sensor was still for {@link #STILL_S} and then moves again, by
 * {@link #MOVE_FRACTION} of the peak and {@link ExcursionDetector#Z_ON} rest wobbles, in a
 * direction that does not continue the way back ({@link ExcursionDetector#HOMEWARD}): the next rep
 * started from a slightly different rest, at the still place. Owns that place; shares the
 * detector's rest model; nothing is allocated per sample.
 */
final class Restart {
    /** The still place lies on the way back below this fraction of the peak. */
    static final double STILL_FRACTION = 0.35;
    /** The sensor was still at the place for this long. */
    static final double STILL_S = 0.5;
    /** The move off the place is at least this fraction of the peak. */
    static final double MOVE_FRACTION = 0.15;

    private final RestModel rest;
    /** Sample of the still place, or -1 when there is none. */
    private long stillIndex = -1;
    private double stillDeg;
    private double stillX;
    private double stillY;
    private double stillZ;

    Restart(RestModel rest) {
        this.rest = rest;
    }

    /** No still place (a new movement, or the way out). */
    void forget() {
        stillIndex = -1;
    }

    /**
     * The sensor moved off the place (sample index, rotation place_deg, direction place) where it
     * had been still for still_s: the place is remembered if it was still long enough and low enough
     * on the way back of a movement with this peak.
     */
    void movedOff(long index, double place_deg, double still_s, double placeX, double placeY, double placeZ,
                  double peak_deg) {
        if (still_s >= STILL_S && place_deg < STILL_FRACTION * peak_deg) {
            stillIndex = index;
            stillDeg = place_deg;
            stillX = placeX;
            stillY = placeY;
            stillZ = placeZ;
        }
    }

    /**
     * The sample of the still place if the sensor, now at direction g and rotation theta_deg, has
     * left it for a new movement; -1 otherwise.
     */
    long from(double gx, double gy, double gz, double theta_deg, double peak_deg) {
        if (stillIndex >= 0 && rest.distance(gx, gy, gz, stillX, stillY, stillZ) > ExcursionDetector.Z_ON) {
            double moved = ExcursionDetector.chordDeg(gx - stillX, gy - stillY, gz - stillZ);
            boolean homeward = theta_deg < stillDeg - ExcursionDetector.HOMEWARD * moved;
            if (moved > MOVE_FRACTION * peak_deg && !homeward) return stillIndex;
        }
        return -1;
    }
}

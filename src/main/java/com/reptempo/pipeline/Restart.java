package com.reptempo.pipeline;

/**
 * The restart rule ({@link ExcursionDetector}): on the way back, below {@link #STILL_FRACTION} of
 * the peak, the sensor was still for {@link #STILL_S} and then moves again, by
 * {@link #MOVE_FRACTION} of the peak (from home at most {@link #HOME_MOVE_DEG}) and
 * {@link ExcursionDetector#Z_ON} rest wobbles, in a
 * direction that does not continue the way back ({@link ExcursionDetector#HOMEWARD}): the next rep
 * started from a slightly different rest, at the still place. Owns that place; shares the
 * detector's rest model; nothing is allocated per sample.
 */
final class Restart {
    /** The still place lies on the way back below this fraction of the peak. */
    static final double STILL_FRACTION = 0.35;
    /** The sensor was still at the place for this long. */
    static final double STILL_S = 0.5;
    /** The move off the place is at least this fraction of the peak (at most {@link #HOME_MOVE_DEG} from home). */
    static final double MOVE_FRACTION = 0.15;
    /**
     * A still place within this of the movement's start is home: breathing rocks the pelvis by
     * 0.15-0.35°, so a body held there is back at the rest it left, whatever the peak was
     * ({@link HeldPlace#BAND_DEG}). From home, the move that restarts is at most
     * {@link #HOME_MOVE_DEG}.
     */
    static final double HOME_DEG = HeldPlace.BAND_DEG;
    /**
     * From a still place at home ({@link #HOME_DEG}) a move of more than this (and
     * {@link #MOVE_FRACTION} of the peak, if that is less) is a new movement: the next rep leaves
     * the rest by its own size, not a share of the last movement's, and even a partial rep leaves
     * by at least this ({@link HeldPlace#PARTIAL_MOVE_DEG}), more than breathing moves. After a
     * back-lift rep of 9° the 15 % asked 1.3°, half a normal rep, and the return, judged from a
     * start that lay 0.4° from home, was closed only when the next rep passed near that start on
     * its way out; the rest was then taken at that rep's top (docs/PIPELINE.md §4, "restart").
     */
    static final double HOME_MOVE_DEG = HeldPlace.PARTIAL_MOVE_DEG;

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
     * How far the sensor must move off a still place place_deg from the start, in a movement
     * with this peak, to start a new movement: {@link #MOVE_FRACTION} of the peak, at most
     * {@link #HOME_MOVE_DEG} when the place is home ({@link #HOME_DEG}).
     */
    static double moveNeeded_deg(double place_deg, double peak_deg) {
        double share = MOVE_FRACTION * peak_deg;
        return place_deg <= HOME_DEG ? Math.min(share, HOME_MOVE_DEG) : share;
    }

    /**
     * The sample of the still place if the sensor, now at direction g and rotation theta_deg, has
     * left it for a new movement; -1 otherwise.
     */
    long from(double gx, double gy, double gz, double theta_deg, double peak_deg) {
        if (stillIndex >= 0 && rest.distance(gx, gy, gz, stillX, stillY, stillZ) > ExcursionDetector.Z_ON) {
            double moved = ExcursionDetector.chordDeg(gx - stillX, gy - stillY, gz - stillZ);
            boolean homeward = theta_deg < stillDeg - ExcursionDetector.HOMEWARD * moved;
            if (moved > moveNeeded_deg(stillDeg, peak_deg) && !homeward) return stillIndex;
        }
        return -1;
    }
}

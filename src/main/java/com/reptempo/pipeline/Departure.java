package com.reptempo.pipeline;

/**
 * Where a movement leaves the rest ({@link ExcursionDetector}): once the distance from the rest
 * (z, in rest wobbles: the Mahalanobis distance of {@link RestModel}) passes
 * {@link ExcursionDetector#Z_ON}, the movement is real only if z is still rising
 * ({@link #RISE_Z} over {@link #RISE_S}: a decaying tail or a static offset is not a new
 * movement), and it started where z was last below {@link #Z_START} or at the valley before it
 * ({@link #VALLEY_Z}), at most {@link #BACKTRACK_MAX_S} back. Reads the detector's history;
 * nothing is allocated.
 */
final class Departure {
    /** z (rest wobbles) below which the sensor counts as still at rest when tracing a start back. */
    static final double Z_START = 2.0;
    /** A rise of z by this many rest wobbles above the lowest point ends the trace back (the valley before it). */
    static final double VALLEY_Z = 1.5;
    /** The window over which z must have risen, seconds. */
    static final double RISE_S = 0.3;
    /** How much z must have risen over {@link #RISE_S}, rest wobbles. */
    static final double RISE_Z = 0.5;
    /** The start is traced back at most this far, seconds. */
    static final double BACKTRACK_MAX_S = 6.0;

    private final SignalHistory history;

    Departure(SignalHistory history) {
        this.history = history;
    }

    /**
     * Whether z at history index idx (time t_s) rose by {@link #RISE_Z} over the last
     * {@link #RISE_S}, looking back no further than index lo; false when less than half that
     * window has been seen.
     */
    boolean rising(long lo, long idx, double t_s, double z) {
        long k = idx;
        while (k > lo && history.get(k, SignalHistory.T) > t_s - RISE_S) k--;
        if (t_s - history.get(k, SignalHistory.T) < RISE_S * 0.5) return false;
        return z > history.get(k, SignalHistory.Z) + RISE_Z;
    }

    /** The history index where the movement seen at idx left the rest, tracing back no further than lo. */
    long start(long lo, long idx) {
        double t = history.get(idx, SignalHistory.T);
        long j = idx;
        long valley = idx;
        double min = history.get(idx, SignalHistory.Z);
        while (j > lo && t - history.get(j, SignalHistory.T) < BACKTRACK_MAX_S) {
            double zj = history.get(j, SignalHistory.Z);
            if (zj < min) {
                min = zj;
                valley = j;
            }
            if (zj <= Z_START || zj > min + VALLEY_Z) break;
            j--;
        }
        return valley;
    }
}

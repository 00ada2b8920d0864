package com.reptempo.pipeline;

/**
 * Where the current movement started and how far it has gone ({@link ExcursionDetector}): its
 * start sample, the gravity direction every angle of it is measured from, averaged over a short
 * stretch so that one noisy sample does not tilt them all, and its peak rotation. Reads the
 * detector's history; nothing is allocated per sample.
 */
final class MovementStart {
    /** Before a start found by the rise of z, the start direction is averaged over this long, seconds. */
    static final double START_AVERAGE_S = 0.15;

    private final SignalHistory history;
    /** Scratch for {@link SignalHistory#sumGravity}. */
    private final double[] sum = new double[3];
    /** The start direction, a unit gravity vector in the sensor frame: x component. */
    private double upX;
    /** The start direction: y component. */
    private double upY;
    /** The start direction: z component. */
    private double upZ;
    /** History index of the start sample. */
    private long index;
    /** Time of the start sample, seconds. */
    private double time_s;
    /** Chord between the start direction and the farthest sample so far (unit vectors, so at most 2). */
    private double peakChord;
    /** The peak rotation from the start so far, degrees (the angle of {@link #peakChord}). */
    private double peak_deg;
    /** History index of the peak. */
    private long peakIndex;

    MovementStart(SignalHistory history) {
        this.history = history;
    }

    /** The movement starts at history index j, its direction the average over {@link #START_AVERAGE_S} up to j. */
    void averagedBefore(long j) {
        set(j, history.windowStart(j, START_AVERAGE_S, history.oldest()), j);
    }

    /**
     * The movement starts at history index j, where the sensor was still: its direction is the
     * average over the still time after j ({@link Restart#STILL_S}), seen up to idx.
     */
    void averagedStillAfter(long j, long idx) {
        long to = j;
        double tj = history.get(j, SignalHistory.T);
        while (to < idx && history.get(to + 1, SignalHistory.T) - tj <= Restart.STILL_S) to++;
        set(j, j, to);
    }

    private void set(long j, long from, long to) {
        history.sumGravity(from, to, sum);
        double m = Math.sqrt(sum[0] * sum[0] + sum[1] * sum[1] + sum[2] * sum[2]);
        upX = sum[0] / m;
        upY = sum[1] / m;
        upZ = sum[2] / m;
        index = j;
        time_s = history.get(j, SignalHistory.T);
        peakChord = 0;
        peak_deg = 0;
        peakIndex = j;
    }

    /** The rotation of history sample i (direction gx, gy, gz) from the start, degrees; it updates the peak. */
    double observe(long i, double gx, double gy, double gz) {
        double c = Math.sqrt((gx - upX) * (gx - upX) + (gy - upY) * (gy - upY) + (gz - upZ) * (gz - upZ));
        double theta_deg = Angles.chordToDeg(c);
        if (c > peakChord) {
            peakChord = c;
            peakIndex = i;
            peak_deg = theta_deg;
        }
        return theta_deg;
    }

    /** Takes the peak again over the movement up to history index stop only (the samples after it are the next movement's). */
    void peakUpTo(long stop) {
        peakChord = 0;
        peak_deg = 0;
        peakIndex = index;
        for (long i = index; i <= stop; i++) {
            observe(i, history.get(i, SignalHistory.GX), history.get(i, SignalHistory.GY), history.get(i, SignalHistory.GZ));
        }
    }

    double upX() {
        return upX;
    }

    double upY() {
        return upY;
    }

    double upZ() {
        return upZ;
    }

    /** History index of the start sample. */
    long index() {
        return index;
    }

    /** Time of the start sample, seconds. */
    double time_s() {
        return time_s;
    }

    /** The peak rotation from the start so far, degrees. */
    double peak_deg() {
        return peak_deg;
    }

    /** History index of the peak. */
    long peakIndex() {
        return peakIndex;
    }

    /**
     * The unit direction of the peak so far (the peak sample's tilt of gravity from the start
     * direction, in the sensor frame) into out; zeros before the movement has moved.
     */
    void peakDirection(double[] out) {
        double dx = history.get(peakIndex, SignalHistory.GX) - upX;
        double dy = history.get(peakIndex, SignalHistory.GY) - upY;
        double dz = history.get(peakIndex, SignalHistory.GZ) - upZ;
        double m = Math.sqrt(dx * dx + dy * dy + dz * dz);
        out[0] = m > 0 ? dx / m : 0;
        out[1] = m > 0 ? dy / m : 0;
        out[2] = m > 0 ? dz / m : 0;
    }
}

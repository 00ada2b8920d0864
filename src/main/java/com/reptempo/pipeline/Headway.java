package com.reptempo.pipeline;

/**
 * Where a movement in progress last made headway ({@link ExcursionDetector}): on the way out a new
 * extreme beyond the still band ({@link #stillBand}), on the way back (below
 * {@link #RETURNING_FRACTION} of the peak) any move of more than {@link #Z_MOVED} rest wobbles and
 * the movement's own band. The time since then tells how long the sensor has been still, which
 * ends a movement that settled or got stuck; the place it last moved off on the way back feeds
 * the restart rule ({@link Restart}), which it owns. Shares the detector's rest model; nothing is
 * allocated per sample.
 */
final class Headway {
    /** Below this fraction of the peak the movement is on its way back. */
    static final double RETURNING_FRACTION = 0.85;
    /** On the way back, a move of more than this many rest wobbles is headway (breathing makes less). */
    static final double Z_MOVED = 3.5;
    /** The still band on the way out: this fraction of the peak ... */
    static final double STILL_BAND_FRACTION = 0.05;
    /** ... but at least this, degrees ... */
    static final double MIN_STILL_BAND_DEG = 0.05;
    /** ... and at most this, degrees. */
    static final double MAX_STILL_BAND_DEG = 0.5;

    private final RestModel rest;
    private final Restart restart;
    private boolean returning;
    private double deg;
    /** The last headway. */
    private final Mark last = new Mark();
    /** The last headway as the settling test sees it ({@link #settledStill_s}). */
    private final Mark settled = new Mark();

    Headway(RestModel rest) {
        this.rest = rest;
        this.restart = new Restart(rest);
    }

    /** A movement starts at sample index, time t_s, from direction g (rotation 0). */
    void reset(long index, double t_s, double gx, double gy, double gz) {
        this.deg = 0;
        last.set(index, t_s, gx, gy, gz);
        settled.set(index, t_s, gx, gy, gz);
        restart.forget();
        returning = false;
    }

    /**
     * Follows sample i (time t_s, direction g, rotation theta_deg from the start, peak so far
     * peak_deg). A move on the way back counts once it is beyond movedBand_deg as well as
     * {@link #Z_MOVED} wobbles. The settling clock ({@link #settledStill_s}) restarts on the way
     * back only on a move beyond settleBand_deg as well (at least movedBand_deg).
     *
     * @return the sample of a still place the sensor has just left for a new movement
     *         ({@link Restart#from}), or -1
     */
    long observe(long i, double t_s, double theta_deg, double peak_deg, double gx, double gy, double gz,
                 double movedBand_deg, double settleBand_deg) {
        long from = -1;
        if (theta_deg < RETURNING_FRACTION * peak_deg) {
            if (!returning) {
                progress(i, t_s, theta_deg, gx, gy, gz);
                settled.set(i, t_s, gx, gy, gz);
                restart.forget();
            } else {
                if (last.leftBy(rest, gx, gy, gz, movedBand_deg)) {
                    restart.movedOff(last.index, deg, t_s - last.time_s, last.x, last.y, last.z, peak_deg);
                    progress(i, t_s, theta_deg, gx, gy, gz);
                }
                if (settled.leftBy(rest, gx, gy, gz, Math.max(movedBand_deg, settleBand_deg))) {
                    settled.set(i, t_s, gx, gy, gz);
                }
            }
            from = restart.from(gx, gy, gz, theta_deg, peak_deg);
            returning = true;
        } else {
            if (returning || theta_deg > deg + stillBand(peak_deg)) {
                progress(i, t_s, theta_deg, gx, gy, gz);
                settled.set(i, t_s, gx, gy, gz);
            }
            returning = false;
            restart.forget();
        }
        return from;
    }

    private void progress(long i, double t_s, double theta_deg, double gx, double gy, double gz) {
        deg = theta_deg;
        last.set(i, t_s, gx, gy, gz);
    }

    /** How far the rotation must go beyond its last extreme to count as moving on: 5 % of the movement, within limits. */
    static double stillBand(double peak_deg) {
        return Math.max(MIN_STILL_BAND_DEG, Math.min(MAX_STILL_BAND_DEG, STILL_BAND_FRACTION * peak_deg));
    }

    /** Whether the last sample was on the way back. */
    boolean returning() {
        return returning;
    }

    /** Seconds since the last headway, at time t_s. */
    double still_s(double t_s) {
        return t_s - last.time_s;
    }

    /**
     * Seconds since the last headway as the settling test sees it (moves on the way back within
     * the settle band are breathing, not headway), at time t_s.
     */
    double settledStill_s(double t_s) {
        return t_s - settled.time_s;
    }

    /** Sample of the last headway as the settling test sees it. */
    long settledIndex() {
        return settled.index;
    }

    /** Sample of the last headway. */
    long index() {
        return last.index;
    }

    /** Gravity direction at the last headway (unit vector, x). */
    double x() {
        return last.x;
    }

    /** Gravity direction at the last headway (unit vector, y). */
    double y() {
        return last.y;
    }

    /** Gravity direction at the last headway (unit vector, z). */
    double z() {
        return last.z;
    }

    /** A sample the sensor made headway at: its index, time (seconds) and gravity direction (unit vector); reused. */
    private static final class Mark {
        long index;
        double time_s;
        double x;
        double y;
        double z;

        void set(long i, double t_s, double gx, double gy, double gz) {
            index = i;
            time_s = t_s;
            x = gx;
            y = gy;
            z = gz;
        }

        /** Whether direction g lies more than {@link #Z_MOVED} rest wobbles and band_deg from this mark. */
        boolean leftBy(RestModel rest, double gx, double gy, double gz, double band_deg) {
            return rest.distance(gx, gy, gz, x, y, z) > Z_MOVED
                    && ExcursionDetector.chordDeg(gx - x, gy - y, gz - z) > band_deg;
        }
    }
}

package com.reptempo.pipeline;

/**
 * The rest a movement left from, kept when that movement ended at a stop short of it (ended
 * <em>settled</em>: the restart rule, a quick step, a settling): the next movement starts at the
 * stop, and if the sensor then creeps on home, is held there and the next rep passes back through
 * the stop on its way out, the stop was the slow end of a way back and not a new rest
 * (docs/PIPELINE.md §4, "home after a short stop"). Used by {@link ExcursionDetector} through
 * {@link Repositioning#passedHome}. Nothing is allocated.
 */
final class ShortStop {
    /**
     * A place held in the movement after the stop is the home the movement before it left from if
     * it lies within this of it: {@link HeldPlace#BAND_DEG}, what breathing moves the pelvis while
     * a place is held.
     */
    static final double HOME_BAND_DEG = HeldPlace.BAND_DEG;
    /**
     * The place held lies at least this far from the stop (the movement's start), degrees: more
     * than breathing rocks the pelvis while a place is held ({@link HeldPlace#BAND_DEG}); a stop
     * nearer home than that measures the next rep nearly right anyway.
     */
    static final double MIN_AWAY_DEG = HeldPlace.BAND_DEG;
    private static final double HOME_SQ = Angles.chordSqAtMost(HOME_BAND_DEG);

    private boolean valid;
    private double homeX;
    private double homeY;
    private double homeZ;

    /** The movement that just ended stopped short of its start (ux, uy, uz): that start is home. */
    void stoppedShort(double ux, double uy, double uz) {
        valid = true;
        homeX = ux;
        homeY = uy;
        homeZ = uz;
    }

    /** The movement that just ended did not stop short of home (returned, stuck, timed out). */
    void clear() {
        valid = false;
    }

    /** How far the home kept lies from direction (ux, uy, uz), degrees; 0 when none is kept. */
    double homeFrom_deg(double ux, double uy, double uz) {
        return valid ? Angles.chordDeg(homeX - ux, homeY - uy, homeZ - uz) : 0;
    }

    /** Whether direction (gx, gy, gz) lies at the home kept ({@link #HOME_BAND_DEG}); false when none is kept. */
    boolean atHome(double gx, double gy, double gz) {
        return valid && Angles.chordSq(gx - homeX, gy - homeY, gz - homeZ) <= HOME_SQ;
    }
}

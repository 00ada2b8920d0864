package com.reptempo.pipeline;

/**
 * The settle before the set's first rep on breathing's clock ({@link ExcursionDetector}; docs/PIPELINE.md
 * §4, "breathing after getting into position", "a small move into position", "a first rep already
 * leaving when the settle is seen"): once she is in a new position, breathing rocks the pelvis by
 * more than the rest wobble learned in the previous set, so before the first rep the settled test
 * takes the sensor for still while it stays within {@link #UNBEGUN_SETTLE_BAND_DEG} where it lies
 * at a new place ({@link #atNewPlace}), the movement then ends where it last moved by that much,
 * and when the first rep is already leaving by the time the settle is seen
 * ({@link #LEAVING_DEG}) the settling after the end starts from where the body settled
 * ({@link ReturnSettling#beginBack}). Reads the movement's headway clocks ({@link Headway}) and the
 * history; told the rotation and the farthest place held as values. Nothing is allocated per sample.
 */
final class BreathingSettle {
    /**
     * Before the set's first rep, on the way back, the sensor counts as still for the *settled*
     * test ({@link ExcursionDetector#SETTLE_S}) while it stays within this: breathing rocks the pelvis by
     * 0.15-0.35°, and the rest wobble learned in the previous set (another exercise, often another
     * place on the mat) may be a third of that, so after getting into position breathing kept the
     * movement open until the first rep's hold, and the rep was swallowed. Less than a rep's way
     * back moves in half a second. Only the settling clock, and only at least a new position's
     * distance from the movement's start ({@link #atNewPlace}): the restart rule keeps the wobble
     * yardstick (with this band too it cut a transition still swinging at a half-second pause).
     */
    static final double UNBEGUN_SETTLE_BAND_DEG = HeldPlace.BAND_DEG;
    /**
     * A movement before the set's first rep that settled at a new place on breathing's clock is
     * recognised only {@link ExcursionDetector#SETTLE_S} later; when the sensor is by then moving more than this
     * within {@link #LEAVING_S}, the first rep is already leaving and the settling starts from where
     * the body settled ({@link ReturnSettling#beginBack}), not from a point on the rep's way out
     * (there it took the rep's pause for the rest and the rep was given up). Breathing (0.15-0.35°
     * over a 4 s breath) moves the pelvis at most about 0.1° in 0.3 s; a rep leaving moves more.
     * Otherwise the settling starts at the current sample as after any settled end.
     */
    static final double LEAVING_DEG = 0.15;
    /** See {@link #LEAVING_DEG}. */
    static final double LEAVING_S = 0.3;
    /**
     * A place nearer than a new position's {@link HeldPlace#MIN_DEG} to the movement's start counts
     * as one for the breathing clock ({@link #UNBEGUN_SETTLE_BAND_DEG}) from this far on, unless
     * the movement had already held a place farther out by more than {@link HeldPlace#BAND_DEG}:
     * getting onto all fours swings the sensor and the movement may start mid-swing, so the body can
     * come to rest only 1-2° from that start, still beyond breathing's reach (0.15-0.35°) by more
     * than twice; with the wobble yardstick breathing kept it open through the first rep. Coming
     * back from a place held farther out is a rep's way back, or a slow first rep from the new
     * position, not the settle (without that test routine 4120 set 3 was cut inside a slow rep 1).
     */
    static final double NEAR_NEW_PLACE_DEG = HeldPlace.MOVE_DEG;

    private final SignalHistory history;
    private final Headway headway;
    /**
     * The movement ending is one before the set's first rep that settled at a new place on
     * breathing's clock, recognised {@link ExcursionDetector#SETTLE_S} later ({@link #settledEnd}):
     * the settling starts from where it settled ({@link ReturnSettling#beginBack}). Set just before
     * the end and taken by it ({@link #takeSettledBack}).
     */
    private boolean settledBack;

    BreathingSettle(SignalHistory history, Headway headway) {
        this.history = history;
        this.headway = headway;
    }

    /**
     * The band the settling clock asks the sensor to leave on the way back before it counts as
     * moving ({@link Headway#observe}'s settleBand_deg): breathing's before the set's first rep,
     * none (the movement's own band) once it has begun.
     */
    static double band_deg(boolean setBegun) {
        return setBegun ? 0 : UNBEGUN_SETTLE_BAND_DEG;
    }

    /**
     * Whether the sensor, theta_deg from the movement's start, lies a new position's distance from
     * it ({@link HeldPlace#MIN_DEG}, or {@link #NEAR_NEW_PLACE_DEG} where no place farther out than
     * farthestHeld_deg by {@link HeldPlace#BAND_DEG} was held before): only there does the settled
     * test take breathing for stillness ({@link #UNBEGUN_SETTLE_BAND_DEG}); nearer, the body is back
     * about where it left from, which is no new position (without this, routines 4101-4140 lost five
     * reps, recall 0.9917 to 0.9898).
     */
    static boolean atNewPlace(double theta_deg, double farthestHeld_deg) {
        if (theta_deg >= HeldPlace.MIN_DEG) return true;
        return theta_deg >= NEAR_NEW_PLACE_DEG && noPlaceHeldFartherOut(theta_deg, farthestHeld_deg);
    }

    /**
     * Whether the sensor, theta_deg from the movement's start, is not homeward of the farthest place
     * held (farthestHeld_deg) by more than {@link HeldPlace#BAND_DEG}: coming back from a place held
     * farther out is a rep's hold or way back, not a settle into a new position.
     */
    private static boolean noPlaceHeldFartherOut(double theta_deg, double farthestHeld_deg) {
        return theta_deg >= farthestHeld_deg - HeldPlace.BAND_DEG;
    }

    /**
     * Whether, before the set's first rep, a movement on its way back (below
     * {@link Headway#RETURNING_FRACTION} of its peak) may come to rest although it lies above
     * {@link ExcursionDetector#SETTLE_FRACTION} of its peak: the sensor is at least a new position's
     * {@link HeldPlace#MIN_DEG} from the movement's start and held no place farther out by more than
     * {@link HeldPlace#BAND_DEG} ({@link #noPlaceHeldFartherOut}). A move into position swings past where the body comes to rest (a
     * prone-to-prone move between exercises rose to 4.8-7.5° within 0.3 s and came to rest at
     * 2.7-4.8°, 0.56-0.64 of that peak), so the half-peak test never held and the move stayed open
     * through rep 1 (routines 24102, 32102, 36102 set 3). Such a movement ends as
     * getting into position (stuck): a rep comes back to its start. Coming to rest homeward of a
     * place held farther out is a slow first rep's hold or way back (routine 35102 set 3, a too-slow
     * rep 1 after a 10.7° move into position, was cut at its top without that test).
     */
    static boolean overshotIntoPosition(boolean setBegun, double theta_deg, double farthestHeld_deg) {
        return !setBegun && theta_deg >= HeldPlace.MIN_DEG && noPlaceHeldFartherOut(theta_deg, farthestHeld_deg);
    }

    /**
     * Seconds the sensor has been still for the settled test at time t_s, the sensor theta_deg from
     * the movement's start and the farthest place held farthestHeld_deg from it: the settling clock
     * ({@link Headway#settledStill_s}) at a new place, otherwise the headway clock.
     */
    double still_s(double t_s, double theta_deg, double farthestHeld_deg) {
        return atNewPlace(theta_deg, farthestHeld_deg) ? headway.settledStill_s(t_s) : headway.still_s(t_s);
    }

    /**
     * The movement ends *settled* now: the sample it ends at, where the settling clock last moved
     * when it settled on breathing's clock before the set's first rep at a new place (noted for
     * {@link #takeSettledBack}), otherwise where it last made headway.
     */
    long settledEnd(boolean setBegun, double theta_deg, double farthestHeld_deg) {
        settledBack = !setBegun && atNewPlace(theta_deg, farthestHeld_deg);
        return settledBack ? headway.settledIndex() : headway.index();
    }

    /** Whether the movement ending settled on breathing's clock ({@link #settledEnd}); forgets it. */
    boolean takeSettledBack() {
        boolean back = settledBack;
        settledBack = false;
        return back;
    }

    /**
     * Whether the sensor moved more than {@link #LEAVING_DEG} over the last {@link #LEAVING_S}
     * up to sample last (not looking before sample from): faster than breathing rocks the pelvis,
     * so a movement is under way.
     */
    boolean leaving(long from, long last) {
        return history.gravityChordDeg(last, history.windowStart(last, LEAVING_S, from)) > LEAVING_DEG;
    }
}

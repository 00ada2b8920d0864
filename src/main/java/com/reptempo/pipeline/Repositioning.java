package com.reptempo.pipeline;

/**
 * The new-position decisions of {@link ExcursionDetector} and the restart they lead to: whether a
 * place the sensor was held at may be taken for a new position (only before the set's first rep
 * clear of breathing, {@link #clearRepCounted}), how far from the start a place left and come
 * back to must lie to count ({@link HeldPlace#MID_SET_MIN_DEG}, beyond the return level of
 * {@link Closing}), and the movement that passed through the old rest mid-set
 * ({@link #passedPlace}). A restart decided on one sample is pending until the detector acts on
 * it. Nothing is allocated.
 */
final class Repositioning {
    /** Larger than any rep: a change of posture ({@code ExcursionDetector.Settings.maxRange_deg}), degrees. */
    private final double maxRange_deg;
    private final Closing closing;
    private final HeldPlace held;
    private final SignalHistory history;
    /** Whether the sensor kept moving since the closing, shared by {@link #passedPlace} and {@link #passedHome}. */
    private final RestPass.Scan passScan = new RestPass.Scan();
    /** A rep was counted. */
    private boolean setBegun;
    /** A rep clear of breathing was counted ({@link #clearRepCounted}): she is in position. */
    private boolean clearRep;
    /** History index where the current movement is to end and the next start; -1 when no restart is pending. */
    private long restartFromIndex = -1;
    /** The pending restart is a change of position (it ends as stuck), not a settling. */
    private boolean repositioned;
    /** The new position is a shift within the posture (after the set began): its breathing wobble still holds. */
    private boolean shifted;

    Repositioning(double maxRange_deg, Closing closing, HeldPlace held, SignalHistory history) {
        this.maxRange_deg = maxRange_deg;
        this.closing = closing;
        this.held = held;
        this.history = history;
    }

    /** See {@link ExcursionDetector#setBegun}. */
    void setBegun(boolean begun) {
        this.setBegun = begun;
        if (!begun) clearRep = false;
    }

    /** See {@link ExcursionDetector#clearRepCounted}. */
    void clearRepCounted() {
        clearRep = true;
    }

    boolean setBegun() {
        return setBegun;
    }

    /** A new movement: no restart pending, not a shift. */
    void clear() {
        restartFromIndex = -1;
        repositioned = false;
        shifted = false;
    }

    /**
     * The movement so far was a change of position that ended at history index {@code place}: a
     * new movement starts there ({@code shifted}: a shift within the set, not getting into position).
     */
    void restartAt(long place, boolean shifted) {
        restartFromIndex = place;
        repositioned = true;
        this.shifted = shifted;
    }

    /** The movement settled at history index place and the next starts there (not a change of position). */
    void settledAt(long place) {
        restartFromIndex = place;
    }

    /** Whether a restart is pending. */
    boolean pending() {
        return restartFromIndex >= 0;
    }

    /** The pending restart's history index (-1 when none), no longer pending; {@link #repositioned} and {@link #shifted} stay. */
    long take() {
        long from = restartFromIndex;
        restartFromIndex = -1;
        return from;
    }

    /** The last restart was a change of position. */
    boolean repositioned() {
        return repositioned;
    }

    /** The last restart was a shift within the posture. */
    boolean shifted() {
        return shifted;
    }

    /**
     * A held place may be taken for a new position: before the set's first rep clear of breathing
     * ({@link #clearRepCounted}), not a posture change (peak_deg, degrees), no restart pending.
     */
    boolean mayReposition(double peak_deg) {
        return !(setBegun && clearRep) && peak_deg <= maxRange_deg && restartFromIndex < 0;
    }

    /**
     * Once the set has begun, how far from the start a place that the sensor left and came back
     * to must lie to be taken for a new rest ({@link HeldPlace#MID_SET_MIN_DEG}, and beyond the
     * return level: nearer, the movement counts as returned), degrees; NaN when not allowed.
     */
    double returnedToMin_deg(double peak_deg) {
        return setBegun ? restFoundMin_deg(peak_deg) : Double.NaN;
    }

    /**
     * How far from the start a place left and come back to {@link HeldPlace#REST_RETURNS} times
     * must lie to be the rest found again: as {@link #returnedToMin_deg} once the set has begun, and
     * before its first rep too, degrees; NaN when not allowed.
     */
    double restFoundMin_deg(double peak_deg) {
        if (peak_deg > maxRange_deg || restartFromIndex >= 0) return Double.NaN;
        return newRestMin_deg(peak_deg);
    }

    /** The least distance from the start of a place taken for a new rest: {@link HeldPlace#MID_SET_MIN_DEG}, and beyond the return level, degrees. */
    private double newRestMin_deg(double peak_deg) {
        return Math.max(HeldPlace.MID_SET_MIN_DEG, closing.returnLevel(peak_deg));
    }

    /**
     * Once the set has begun, a movement about to end back at its start (now theta_deg from the
     * start direction up, direction gx, gy, gz; peak peak_deg) that went out again (beyond twice
     * the return level) without stopping there since closingIndex ({@link RestPass.Scan#keptMoving}),
     * away from the side of the place it was last held at ({@link HeldPlace#lastHeld},
     * {@link RestPass#awayFrom}; held at least {@link HeldPlace#MID_SET_MIN_DEG} from the start
     * and beyond the return level, at most {@link HeldPlace#OVERSHOOT_FRACTION} of the peak before
     * it, so it is where a shift came down to and not a rep's top) did not return: it passed
     * through the old rest on the way out of a rep from the new one. It restarts at that place as
     * getting into position and the rep is measured from there (docs/PIPELINE.md §4, "through the
     * old rest mid-set"). Below twice the return level, with such a place held within
     * {@link Closing#RETURN_FRACTION} of the peak (where a big fidget came down to; a rep's pause on
     * its way back lies at 23-77 % of the way), the movement is kept open while the sensor keeps
     * moving, so that a close at the extrapolated end or at {@link Closing#CLOSED_FRACTION} of the
     * fidget's peak does not end it as the next rep crosses the old rest ("kept open while
     * passing"; fresh24 24005, fresh25 25005); once it stops there it ends as returned.
     *
     * @return true when the movement is kept open (passing the old rest) or its restart is now pending
     */
    boolean passedPlace(double theta_deg, double peak_deg, MovementStart start, long closingIndex,
            double gx, double gy, double gz) {
        if (!setBegun) return false;
        long place = held.lastHeld();
        if (place < 0 || held.lastHeldTheta_deg() < newRestMin_deg(peak_deg)
                || held.lastHeldTheta_deg() > HeldPlace.OVERSHOOT_FRACTION * held.lastHeldPeak_deg()) return false;
        if (theta_deg <= 2 * closing.returnLevel(peak_deg)) {
            // still passing through the old rest: kept open while the sensor keeps moving, when the
            // place is where a big fidget came down to (below a rep's pause on its way back)
            return held.lastHeldTheta_deg() <= Closing.RETURN_FRACTION * peak_deg
                    && passScan.keptMoving(history, closingIndex, history.size() - 1);
        }
        double upX = start.upX();
        double upY = start.upY();
        double upZ = start.upZ();
        if (!RestPass.awayFrom(history.get(place, SignalHistory.GX) - upX, history.get(place, SignalHistory.GY) - upY,
                history.get(place, SignalHistory.GZ) - upZ, gx - upX, gy - upY, gz - upZ)) return false;
        if (!passScan.keptMoving(history, closingIndex, history.size() - 1)) return false;
        restartAt(place, true);
        return true;
    }

    /**
     * Once the set has begun, a movement that started at a stop short of home (the movement before
     * it ended settled, {@link ShortStop}), was held at home ({@link HeldPlace#lastHeld} within
     * {@link ShortStop#HOME_BAND_DEG} of it, home at least {@link ShortStop#MIN_AWAY_DEG} from the
     * stop) and is about to end back at the stop (now theta_deg from it, direction gx, gy, gz; peak
     * peak_deg) without having stopped there since closingIndex ({@link RestPass.Scan#keptMoving}): the
     * stop was the slow end of a way back, the sensor crept on home and was held there, and the
     * next rep leaves from home through the stop. The movement is kept open while it passes the
     * stop; once out again beyond twice the return level, away from home ({@link RestPass#awayFrom}),
     * it restarts at home and the rep is measured from there (docs/PIPELINE.md §4, "home after a
     * short stop"). When the sensor stops at the stop, it came back there and ends as returned.
     *
     * @return true when the movement is kept open (passing the stop) or its restart is now pending
     */
    boolean passedHome(double theta_deg, double peak_deg, MovementStart start, long closingIndex,
            double gx, double gy, double gz, ShortStop stop) {
        if (!setBegun) return false;
        long place = held.lastHeld();
        if (place < 0 || stop.homeFrom_deg(start.upX(), start.upY(), start.upZ()) < ShortStop.MIN_AWAY_DEG) return false;
        double px = history.get(place, SignalHistory.GX);
        double py = history.get(place, SignalHistory.GY);
        double pz = history.get(place, SignalHistory.GZ);
        if (!stop.atHome(px, py, pz)) return false;
        if (!passScan.keptMoving(history, closingIndex, history.size() - 1)) return false;
        if (theta_deg <= 2 * closing.returnLevel(peak_deg)) return true;
        double upX = start.upX();
        double upY = start.upY();
        double upZ = start.upZ();
        if (!RestPass.awayFrom(px - upX, py - upY, pz - upZ, gx - upX, gy - upY, gz - upZ)) return false;
        restartAt(place, true);
        return true;
    }
}

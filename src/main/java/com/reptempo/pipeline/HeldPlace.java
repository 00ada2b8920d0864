package com.reptempo.pipeline;

/**
 * Follows where the sensor is held during a movement, to tell a new position (a small transition
 * between exercises, a shift) from the rep that follows it (docs/PIPELINE.md §4, "new position"):
 * a place held within {@link #BAND_DEG} for {@link #HOLD_S}, at least {@link #MIN_DEG} from the
 * movement's start, that the sensor then leaves sideways, or leaves along its own way and comes
 * back to for {@link #BACK_S}; once the set has begun, a place left and come back to
 * {@link #REST_RETURNS} times is the rest ("the rest found again"). Single-threaded, allocation-free; part of {@link ExcursionDetector}.
 */
final class HeldPlace {
    /**
     * Held: within this band (more than breathing rocks the pelvis, 0.15-0.35°, less than any rep)
     * for {@link #HOLD_S}; left: moved off by {@link #MOVE_DEG} sideways (neither back towards the
     * start nor further out, see {@link ExcursionDetector#HOMEWARD}): the hold of a rep and a pause
     * on the way back end homeward and a pause on the way out continues outward.
     */
    static final double BAND_DEG = 0.4;
    static final double HOLD_S = 1.0;
    static final double MOVE_DEG = 1.0;
    /**
     * Only a place held at least this far from the start can be a new position: transitions
     * between exercises turn the pelvis 4-10°; an attempt given up or a partial rep (0.6-1.2°)
     * held and drifting off under breathing must not be taken for one.
     */
    static final double MIN_DEG = 2.0;
    /**
     * A move off a held place along the way it came (towards the start or further out) is a new
     * position only once it has come back to that place (within {@link #BAND_DEG}) and stayed for
     * this long: a rep from the new position returns there; a rep's hold or a pause on the way out
     * is left for the start, passing through the place without stopping.
     */
    static final double BACK_S = 0.5;
    /**
     * Once the set has begun, a held place is a new rest only if the sensor leaves it by
     * {@link #MOVE_DEG} (a rep) and comes back to it for {@link #BACK_S}, and it lies at least this
     * far from the movement's start (and beyond its return level, see {@link ExcursionDetector}):
     * twice {@link #BAND_DEG}, so the old rest is not within the place's reach (at 0.5° the slow
     * start and end of a rep measured from a late start were taken for a place). A side switch
     * or a shift that leaves the body 0.6-1° elsewhere is then followed by reps that leave that
     * place and come back to it, while the old start is never reached again: without this the
     * switch's movement holds the reps until it settles (docs/PIPELINE.md §4, "new rest mid-set").
     */
    static final double MID_SET_MIN_DEG = 0.8;
    /**
     * Once the set has begun, only a place held within this long of the movement's start can be a
     * new rest: it is where a shift ends (a fidget takes 1-2.2 s, a side switch 2.5-4 s). A place
     * held later is inside a movement that already holds reps (a lost rest), and ending that
     * movement there as getting into position would discard them.
     */
    static final double MAX_SHIFT_S = 4.0;
    /**
     * Once the set has begun, the sensor must have gone at least this many times the place's
     * distance from the start away from it before coming back: a shift leaves the body 0.6-1.2°
     * elsewhere and the reps from there go their full 2-3°, while a rep's pause lies 35-65 % of the
     * way out, so the rest of the way out from it is at most 1.9 times the way to it.
     */
    static final double AWAY_RATIO = 2.0;
    /**
     * Once the set has begun, a held place that the sensor has left by {@link #MOVE_DEG} and come
     * back to (for {@link #BACK_S}) this many times is the body's rest, whenever it was held and
     * however far the sensor went from it: the reps leave the rest and come back to it, one by one,
     * while a single rep comes back at most once to a place it paused at (out and back through
     * the same place). It is how a movement that started from a wrong rest (a rep's top taken for
     * the rest, or a shift not caught) holds rep after rep for 25-50 s (routines 7101, 7106
     * set 4). The movement ends at the stay before the last departure, so the last rep from the
     * rest is measured on its own. Before the set's first rep the detector acts on it only when
     * the movement is about to time out ({@code ExcursionDetector.timedOutFromRest}, {@link RestFoundAgain}).
     */
    static final int REST_RETURNS = 2;
    /**
     * Once the set has begun, a place held within {@link #MAX_SHIFT_S} of the start on the way back
     * (at most this fraction of the peak the movement had reached before it) is where a side switch
     * or a shift came down to: such a place is a new rest if the sensor leaves it by
     * {@link #PARTIAL_MOVE_DEG} and comes back to it, whatever the ratio {@link #AWAY_RATIO}. A
     * partial rep from the new rest goes only 25-40 % of a rep's 2-3° (0.5-1.2°), less than
     * {@link #MOVE_DEG} and less than twice the way the switch left the body from the old rest, so
     * the switch's movement swallowed it until it settled; the pause the ratio guards against lies on
     * a rep's way out, before its peak, and the rest of a rep's way back never returns to where it
     * paused.
     */
    static final double DOWN_FRACTION = 0.5;
    /**
     * How far a partial rep leaves the new rest at least: 25 % of the smallest rep's 2°, more than
     * {@link #BAND_DEG} (breathing stays within it while a place is held).
     */
    static final double PARTIAL_MOVE_DEG = 0.5;

    /**
     * A place held ({@link #lastHeld}) is where a shift came down to, not a rep's top, only if it
     * lies at most this fraction of the peak the movement had reached before it: a shift swings the
     * pelvis past where it settles (held at 0.44-0.5 of the peak in the routine sets measured),
     * while a rep's hold is at its top (above 0.85 of its peak). Used by the detector's *through
     * the old rest mid-set* rule ({@link RestPass}).
     */
    static final double OVERSHOOT_FRACTION = 0.7;

    /**
     * Once the set has begun, the sensor back at a place held on the way out (not one a switch came
     * down to, {@link #DOWN_FRACTION}) that it left ({@link #BACK_S}) has stayed there only if its
     * rotation from the movement's start has not fallen by more than this meanwhile to lie
     * homeward of the place by more than half of {@link #BAND_DEG}: a rep that paused on its way
     * out (a jerky rep pauses 0.7-1.4 s at 23-77 % of the way) comes back through the pause on the
     * same axis in the slow end of its way back, creeping 0.55-0.75° homeward within the band in
     * {@link #BACK_S} and ending it 0.25-0.4° past the place, while a body come back to a new rest
     * settles at the place: it may come into the band at its far edge and sink 0.4° to the place
     * (routine 7108 set 4, a shift before rep 3), but then stays within breathing around it
     * (0.15-0.35° from one side to the other). The stay is then timed again from there, so a slow
     * settle at a real new rest is only delayed.
     */
    static final double HOMEWARD_DRIFT_DEG = 0.25;

    /** {@link #BAND_DEG}, {@link #MOVE_DEG} and {@link #PARTIAL_MOVE_DEG} as squared chords ({@link Angles#chordSqAtMost}). */
    private static final double BAND_SQ = Angles.chordSqAtMost(BAND_DEG);
    private static final double MOVE_SQ = Angles.chordSqAtMost(MOVE_DEG);
    private static final double PARTIAL_MOVE_SQ = Angles.chordSqAtMost(PARTIAL_MOVE_DEG);

    /** The rotation from the start where the sensor came back within the band of the place ({@link #HOMEWARD_DRIFT_DEG}). */
    private double backTheta_deg;
    private long index = -1;
    private double since_s;
    private double x;
    private double y;
    private double z;
    private double theta_deg;
    private boolean held;
    private boolean away;
    private double back_s = Double.NaN;
    /** The furthest the sensor went from the place since it left it, as a squared chord. */
    private double awayMaxSq;
    private int returns;
    private boolean counted;
    /** The furthest the sensor went from the place since it last came back to it, as a squared chord. */
    private double leftMaxSq;
    private long backIndex = -1;
    private long stayIndex = -1;
    private double placePeak_deg;
    /** Where the sensor first stopped at the place it is now coming back to ({@link #REST_RETURNS}); -1 before. */
    private long firstStay = -1;
    /** Set by {@link #observe} when the rest was found again: {@link #restRepFrom}. */
    private long restRepFrom = -1;
    private long firstHeld = -1;
    private long lastHeld = -1;
    private double lastHeldTheta_deg;
    private double lastHeldPeak_deg;

    private long stillIndex = -1;
    private double still_s;
    private double stillX;
    private double stillY;
    private double stillZ;
    private double stillTheta_deg;
    private double stillPeak_deg;
    /** The farthest from the movement's start any place held in it lay, degrees (0 before one). */
    private double farthestHeld_deg;

    /** The farthest from the movement's start any place held in it ({@link #BAND_DEG} for {@link #HOLD_S}) lay, degrees; 0 before one. */
    double farthestHeld_deg() {
        return farthestHeld_deg;
    }

    /** Forgets the place (a new movement starts). */
    void reset() {
        index = -1;
        firstHeld = -1;
        lastHeld = -1;
        stillIndex = -1;
        farthestHeld_deg = 0;
    }

    /**
     * Follows the last place held anywhere in the movement ({@link #lastHeld}): unlike the place
     * followed for a new position, which is kept until the sensor leaves it by {@link #MOVE_DEG},
     * this one moves on as soon as the sensor leaves {@link #BAND_DEG}, so a place a shift came
     * down to after holding its top is found too.
     */
    private void followStill(long i, double t_s, double gx, double gy, double gz, double theta_deg, double peak_deg) {
        if (stillIndex >= 0 && Angles.chordSq(gx - stillX, gy - stillY, gz - stillZ) <= BAND_SQ) {
            if (t_s - still_s >= HOLD_S && lastHeld != stillIndex) {
                lastHeld = stillIndex;
                lastHeldTheta_deg = stillTheta_deg;
                lastHeldPeak_deg = stillPeak_deg;
                farthestHeld_deg = Math.max(farthestHeld_deg, stillTheta_deg);
            }
            return;
        }
        stillIndex = i;
        still_s = t_s;
        stillX = gx;
        stillY = gy;
        stillZ = gz;
        stillTheta_deg = theta_deg;
        stillPeak_deg = peak_deg;
    }

    /**
     * When the last {@link #observe} found the rest again ({@link #REST_RETURNS}): the history index
     * where the sensor first stopped at that place, before it left it for the first time; -1
     * otherwise. The body came to its rest there (after a fidget, or a rep that settled short), and
     * what left it and came back to it first is a rep from that rest: the rest found again, the
     * movement returned from there used to be ended at the first return, discarding that rep with
     * the way to the rest as getting into position.
     */
    long restRepFrom() {
        return restRepFrom;
    }

    /**
     * The rest found once and left again, asked when a movement that started straight out of the
     * previous one's return (no rest between them) is about to end *returned* (docs/PIPELINE.md
     * §4, "returned to a turning point"): the history index where the sensor first stopped at the
     * place being followed, if the sensor left that place by {@link #MOVE_DEG}, came back to it (for
     * {@link #BACK_S}), stayed until it was held again and has now left it by {@link #MOVE_DEG} once
     * more, the place lying at least restMin_deg from the start; -1 otherwise. With
     * {@link #stayIndex()} the stay before that last departure.
     */
    long restLeftAgainFrom(double restMin_deg) {
        if (index < 0 || !away || returns != 1 || counted || leftMaxSq <= MOVE_SQ || stayIndex < 0) return -1;
        return theta_deg >= restMin_deg ? firstStay : -1;
    }

    /** With {@link #restLeftAgainFrom}: where the sensor came back to the place the first time. */
    long stayIndex() {
        return stayIndex;
    }

    /** The history index of the last place held in this movement (within {@link #BAND_DEG} for {@link #HOLD_S}), or -1. */
    long lastHeld() {
        return lastHeld;
    }

    /** The movement's rotation from its start at the last place held, degrees. */
    double lastHeldTheta_deg() {
        return lastHeldTheta_deg;
    }

    /** The movement's peak reached before the last place held, degrees. */
    double lastHeldPeak_deg() {
        return lastHeldPeak_deg;
    }

    /**
     * The new position before the set's first rep, asked when the movement is about to end
     * *settled* elsewhere (docs/PIPELINE.md §4, "settled again after the new position"): the index
     * of the place being followed if it is the first place held in this movement (within
     * {@link #BAND_DEG} for {@link #HOLD_S}), lies at least {@link #MIN_DEG} from the start and the
     * sensor has left it by {@link #MOVE_DEG} (homeward or outward) without coming back; -1
     * otherwise. A body that has changed position settles there for a few seconds and the first
     * rep starts from that still posture, so the first stop is the new position and what left it
     * is the first rep, now at its hold or pause. Only the first place: a place held later (a
     * rep's hold after a small transition that stopped nearer the start) lies inside the rep.
     */
    long leftPlace() {
        return index >= 0 && index == firstHeld && away && Double.isNaN(back_s) && theta_deg >= MIN_DEG ? index : -1;
    }

    /**
     * Follows sample i of the movement.
     *
     * @param theta_deg the movement's rotation from its start at this sample, degrees
     * @param allowed   whether a new position may be taken now (before the set's first rep, not a
     *                  posture change, no restart pending)
     * @param returnedToMin_deg once the set has begun: how far from the start a place left and come
     *                  back to must be to be a new rest ({@link #MID_SET_MIN_DEG}); NaN: not now
     * @param shiftEnd_s once the set has begun: a place held from after this time is not a new rest
     *                  ({@link #MAX_SHIFT_S})
     * @param restMin_deg how far from the start a place must lie to be found again as the rest
     *                  ({@link #REST_RETURNS}), before the set's first rep too; NaN: not now
     * @param peak_deg  the movement's peak so far, degrees (a place held at most
     *                  {@link #DOWN_FRACTION} of it is on the way back)
     * @return the history index of the held place to restart from, or -1
     */
    long observe(long i, double t_s, double gx, double gy, double gz, double theta_deg, boolean allowed,
            double returnedToMin_deg, double shiftEnd_s, double restMin_deg, double peak_deg) {
        followStill(i, t_s, gx, gy, gz, theta_deg, peak_deg);
        restRepFrom = -1;
        long newPosition = -1;
        boolean samePlace = false;
        if (index >= 0) {
            double offSq = Angles.chordSq(gx - x, gy - y, gz - z);
            boolean may = allowed && this.theta_deg >= MIN_DEG;
            boolean farEnough = this.theta_deg >= returnedToMin_deg;
            boolean restFar = this.theta_deg >= restMin_deg;
            boolean mayReturn = farEnough && since_s <= shiftEnd_s;
            boolean comeDown = mayReturn && this.theta_deg <= DOWN_FRACTION * placePeak_deg;
            if (away) {
                if (offSq > awayMaxSq) awayMaxSq = offSq;
                if (offSq > BAND_SQ) {
                    if (counted) {
                        counted = false;
                        leftMaxSq = 0;
                    }
                    if (offSq > leftMaxSq) leftMaxSq = offSq;
                    back_s = Double.NaN;
                    return -1;
                }
                if (Double.isNaN(back_s)) {
                    backTheta_deg = theta_deg;
                    back_s = t_s;
                    backIndex = i;
                }
                if (t_s - back_s < BACK_S) return -1;
                if (!counted && leftMaxSq > MOVE_SQ) {
                    counted = true;
                    returns++;
                    if (returns == 1) firstStay = index;
                    if (restFar && returns >= REST_RETURNS) {
                        restRepFrom = firstStay;
                        return stayIndex;
                    }
                    stayIndex = backIndex;
                    samePlace = true;
                }
                if (!may && mayReturn && !comeDown && backTheta_deg - theta_deg > HOMEWARD_DRIFT_DEG
                        && theta_deg < this.theta_deg - BAND_DEG / 2) {
                    // still on its way home through a place held on the way out (the slow end of a
                    // rep's way back through its pause, now past it homeward): not a stay yet
                    back_s = Double.NaN;
                } else if (may || mayReturn && (comeDown || Angles.chordSqToDeg(awayMaxSq) >= AWAY_RATIO * this.theta_deg)) {
                    newPosition = index;
                }
            } else {
                if (!held && offSq <= BAND_SQ) {
                    held = t_s - since_s >= HOLD_S;
                    if (held && firstHeld < 0) firstHeld = index;
                    return -1;
                }
                if (held && offSq <= (comeDown ? PARTIAL_MOVE_SQ : MOVE_SQ)) return -1;
                if (held && !may && (farEnough || restFar)) {
                    awayMaxSq = offSq;
                    leftMaxSq = offSq;
                    away = true;
                    back_s = Double.NaN;
                    return -1;
                }
                if (held && may) {
                    if (Math.abs(theta_deg - this.theta_deg) < ExcursionDetector.HOMEWARD * Angles.chordSqToDeg(offSq)) {
                        newPosition = index;
                    } else {
                        away = true;
                        back_s = Double.NaN;
                        return -1;
                    }
                }
            }
        }
        // a new place to follow from here (also after a new position was found)
        index = i;
        held = false;
        away = false;
        counted = false;
        leftMaxSq = 0;
        if (!samePlace) {
            // back at the place just left and come back to: its returns are still counted
            returns = 0;
            stayIndex = -1;
        }
        since_s = t_s;
        x = gx;
        y = gy;
        z = gz;
        this.theta_deg = theta_deg;
        placePeak_deg = peak_deg;
        return newPosition;
    }
}

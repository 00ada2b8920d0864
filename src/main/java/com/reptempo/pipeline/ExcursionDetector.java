package com.reptempo.pipeline;

/**
 * Finds movements away from rest with hysteresis: a movement starts when the gravity direction
 * leaves the rest wobble by {@link #Z_ON} (Mahalanobis distance, see {@link RestModel}) and is
 * still rising, and its start is traced back to where it left the rest ({@link Departure}); its
 * start direction and peak are kept by {@link MovementStart}; it ends when it has come back below {@link Closing#RETURN_FRACTION} of its own peak ({@link Closing}),
 * has settled somewhere else (still since its last headway, {@link Headway}), or left a still
 * place on the way back ({@link Restart}). The thresholds adapt to the person: the start to her
 * rest wobble, the end to the size of the movement itself. The decisions that end a movement at a
 * new position are {@link Repositioning}'s (with {@link HeldPlace}), the rest found again within a
 * movement is {@link RestFoundAgain}'s, the settle before the set's first rep on breathing's clock
 * is {@link BreathingSettle}'s; whether a movement started on a rep's turning point rather than at
 * a rest is {@link TurningPoint}'s.
 */
final class ExcursionDetector {
    /** A movement starts when the distance from the rest passes this many rest wobbles ({@link Departure}). */
    static final double Z_ON = 4.0;
    static final double SETTLE_FRACTION = 0.5;
    static final double SETTLE_S = 2.0;
    static final double POSTURE_STILL_S = 1.5;
    /**
     * After a change of posture the new posture is held once the sensor stays within this of
     * where it was for {@link #POSTURE_STILL_S}: more than breathing rocks the pelvis, less than a
     * rep (the rest wobble is not known yet at the start of a set, so it cannot be the yardstick).
     */
    static final double POSTURE_BAND_DEG = 1.0;
    static final double LEARN_AFTER_END_S = 1.0;
    static final double INITIAL_WOBBLE_DEG = 0.05;
    /** A move that brings the rotation this much of its length closer to the start continues the way back. */
    static final double HOMEWARD = 0.7;
    static final double SETTLE_STILL_S = 0.25;
    static final double SETTLE_MAX_S = 4.0;
    static final double SETTLE_BAND_WOBBLES = 1.5;
    static final double SETTLING_RESTART_FRACTION = 0.15;
    /**
     * A quick step (a fidget or a knock that leaves the body elsewhere) ends at the place where the
     * sensor is then still for this long: a fidget turns and comes back in 1-2.2 s and the next rep
     * often follows within a second, long before {@link #SETTLE_S}. Quick means the way from half
     * the peak to the peak took at most {@code Settings.quickRise_s} (a rushed rep takes 0.2-0.33
     * of its movement phase's minimum for it, a fidget 0.25-0.55 s); a step also came away from
     * its peak by {@link #STEP_BACK_FRACTION} of it (a rep's hold stays at its peak).
     */
    static final double STEP_STILL_S = 0.5;
    /** See {@link #STEP_STILL_S}. */
    static final double STEP_BACK_FRACTION = 0.5;
    /** What happened on a sample. */
    enum Event { NONE, STARTED, ENDED, RESTARTED }

    /**
     * @param stuckAfter_s   still this long away from the start: a new posture, not a rep
     * @param maxRange_deg   larger than any rep: a change of posture
     * @param maxDuration_s  longer than any rep
     */
    record Settings(double stuckAfter_s, double maxRange_deg, double maxDuration_s, double quickRise_s) {
        /** Without the quick-step rule ({@link #STEP_STILL_S}). */
        Settings(double stuckAfter_s, double maxRange_deg, double maxDuration_s) {
            this(stuckAfter_s, maxRange_deg, maxDuration_s, 0);
        }
    }

    private final Settings settings;
    private final SignalHistory history = new SignalHistory(1 << 13);
    private final RestModel rest = new RestModel();
    private boolean active;
    private final ReturnSettling settling = new ReturnSettling(history, rest);
    private double prev_s = Double.NaN;
    private double lastEnd_s = Double.NEGATIVE_INFINITY;
    /**
     * The rest wobble is learned again {@link #LEARN_AFTER_END_S} after this, seconds: the last end,
     * or, for a returned movement found at rest before its extrapolated end
     * ({@link Closing#REST_STILL_S}), the close it would have had ({@link Closing#closeAt_s}): the early close is for the live report, and learning the
     * slow tail of the way back as rest sooner widened the wobble and lowered every later
     * movement's z (27 evals 1767 → 1764 with the close at rest alone, 1771 with this).
     */
    private double learnFrom_s = Double.NEGATIVE_INFINITY;
    private long lastEndIndex = -1;
    /** Whether the current movement started on a turning point rather than at a rest. */
    private final TurningPoint turn = new TurningPoint();
    private final Departure departure = new Departure(history);
    private final MovementStart start = new MovementStart(history);
    private final Headway headway = new Headway(rest);
    /** The settle before the set's first rep on breathing's clock. */
    private final BreathingSettle breathing = new BreathingSettle(history, headway);
    private final HeldPlace held = new HeldPlace();
    private final Closing closing = new Closing(rest);
    private final Repositioning moves;
    private final RestFoundAgain restFound = new RestFoundAgain();
    /** Home kept when the last movement stopped short of it ({@link ShortStop}). */
    private final ShortStop shortStop = new ShortStop();
    private double theta_deg;
    private boolean thetaStale;
    private double restingX;
    private double restingY;
    private double restingZ;
    private double z;
    private final QuickStep quickStep;
    /** Scratch for {@link SignalHistory#sumGravity}: no allocation per movement. */
    private final double[] sum = new double[3];
    private Excursion finished;
    /** The sample at which the current movement came back below its return level. */
    private long closingIndex;

    ExcursionDetector(Settings settings) {
        this.settings = settings;
        this.quickStep = new QuickStep(history, settings.quickRise_s());
        this.moves = new Repositioning(settings.maxRange_deg(), closing, held, history);
    }

    /** Starts at rest in this posture, assuming the smallest wobble (it is learned upwards quickly). */
    void calibrate(double upX, double upY, double upZ) {
        rest.reset(upX, upY, upZ, INITIAL_WOBBLE_DEG);
    }

    /** Feeds the gravity direction at time t_s. */
    Event accept(double t_s, double gx, double gy, double gz) {
        double dt = Double.isNaN(prev_s) ? 0 : t_s - prev_s;
        prev_s = t_s;
        if (active) return whileActive(t_s, gx, gy, gz);
        if (settling.active()) return whileSettling(t_s, gx, gy, gz);
        return whileResting(t_s, dt, gx, gy, gz);
    }

    /** After a movement came back: the rest of its return, until it settles or a new movement starts ({@link ReturnSettling}). */
    private Event whileSettling(double t_s, double gx, double gy, double gz) {
        z = settling.distance(gx, gy, gz);
        long idx = history.add(t_s, gx, gy, gz, settling.placeX(), settling.placeY(), settling.placeZ(), z);
        long from = settling.accept(idx, t_s, gx, gy, gz, lastEnd_s);
        theta_deg = settling.theta_deg();
        thetaStale = false;
        if (from < 0) return Event.NONE;
        beginFromRest(from, idx);
        return Event.STARTED;
    }

    private Event whileResting(double t_s, double dt, double gx, double gy, double gz) {
        z = rest.track(dt, gx, gy, gz, t_s - learnFrom_s > LEARN_AFTER_END_S);
        restingX = gx;
        restingY = gy;
        restingZ = gz;
        thetaStale = true;
        long idx = history.add(t_s, gx, gy, gz, rest.x(), rest.y(), rest.z(), z);
        if (!(z > Z_ON)) return Event.NONE;
        long lo = Math.max(history.oldest(), lastEndIndex + 1);
        if (!departure.rising(lo, idx, t_s, z)) return Event.NONE;
        long from = departure.start(lo, idx);
        beginFromRest(from, idx);
        return Event.STARTED;
    }

    /**
     * Starts a movement that left the rest (or the return's settling) at history index from, having seen it
     * up to idx, and notes whether it began on a turning point ({@link TurningPoint#onStartFromRest}).
     */
    private void beginFromRest(long from, long idx) {
        start.averagedBefore(from);
        begin(from, idx);
        turn.onStartFromRest(start.time_s(), lastEnd_s);
    }

    /**
     * Starts a movement at history index j ({@link #start} already set there), having seen it up to
     * idx; the caller tells {@link #turn} how it started.
     */
    private void begin(long j, long idx) {
        history.pin(j);
        active = true;
        quickStep.reset();
        headway.reset(j, start.time_s(), start.upX(), start.upY(), start.upZ());
        moves.clear();
        restFound.newMovement();
        held.reset();
        closing.reset();
        theta_deg = 0;
        thetaStale = false;
        for (long i = j; i <= idx; i++) observe(i);
        moves.clear();
    }

    private void observe(long i) {
        double gx = history.get(i, SignalHistory.GX);
        double gy = history.get(i, SignalHistory.GY);
        double gz = history.get(i, SignalHistory.GZ);
        double previous = theta_deg;
        theta_deg = start.observe(i, gx, gy, gz);
        double peak = start.peak_deg();
        double t = history.get(i, SignalHistory.T);
        closing.observe(t, previous, theta_deg, peak);
        long from = headway.observe(i, t, theta_deg, peak, gx, gy, gz, movedBand(peak),
                BreathingSettle.band_deg(moves.setBegun()));
        if (from >= 0) moves.settledAt(from);
        double restMin_deg = moves.restFoundMin_deg(peak);
        // as moves.returnedToMin_deg(peak), without working out the return level twice per sample
        double returnedMin_deg = moves.setBegun() ? restMin_deg : Double.NaN;
        long newPosition = held.observe(i, t, gx, gy, gz, theta_deg, moves.mayReposition(peak), returnedMin_deg,
                start.time_s() + HeldPlace.MAX_SHIFT_S, restMin_deg, peak);
        if (newPosition >= 0) {
            long repFrom = held.restRepFrom();
            boolean setBegun = moves.setBegun();
            if (!setBegun && repFrom >= 0) {
                // before the first rep the rest found again is kept for a timeout (timedOutFromRest)
                restFound.keepUnbegun(repFrom, newPosition);
            } else if (repFrom > start.index() && repFrom < newPosition) {
                // the rest found again: the way to it ends as getting into position where the sensor
                // first stopped there, and the first rep from it is measured from there
                moves.restartAt(repFrom, setBegun);
                restFound.repEndsAt(newPosition);
            } else {
                moves.restartAt(newPosition, setBegun);
            }
        }
    }

    /**
     * A movement before the set's first rep about to time out, in which the rest was found again
     * ({@link HeldPlace#REST_RETURNS}): it ends instead as getting into position where the sensor
     * first stopped at that rest, and the first rep from it is ended as returned
     * ({@link HeldPlace#restRepFrom}), as mid-set. A movement held that long from its start is
     * discarded with every rep in it, so measuring them from the rest they came back to loses
     * nothing; before it times out, the merged movement may be a getting into position with one
     * rep in it, already counted once, and splitting it would expose what the rep's
     * judgement against its neighbours hid (an attempt given up judged against one rep).
     *
     * @return true when the movement restarts there
     */
    private boolean timedOutFromRest() {
        if (moves.setBegun() || moves.pending()) return false;
        long from = restFound.takeUnbegun(start.index(), history.oldest());
        if (from < 0) return false;
        moves.restartAt(from, false);
        return true;
    }

    /**
     * A movement that started on a turning point ({@link TurningPoint}), about to end *returned*,
     * in which a place was left by a rep, come back to and left again
     * ({@link HeldPlace#restLeftAgainFrom}): its start was the turning point of a rep, not a rest
     * (the rest was taken at a rep's top after a move into position that ended where the first
     * rep turned), and the place is the body's rest. It ends as getting into position where the
     * sensor first stopped at that place and the rep from it is ended as returned where it came
     * back, as for the rest found again (docs/PIPELINE.md §4, "returned to a turning point").
     *
     * @return true when the movement restarts there
     */
    private boolean returnedToTurn(double peak) {
        if (!turn.startedOnTurn() || !moves.setBegun()) return false;
        long from = held.restLeftAgainFrom(moves.restFoundMin_deg(peak));
        long stay = held.stayIndex();
        if (from <= start.index() || from >= stay) return false;
        moves.restartAt(from, true);
        restFound.repEndsAt(stay);
        turn.onRestFound();
        return true;
    }

    /** Whether the sensor has come back below {@link #SETTLE_FRACTION} of the peak (degrees) on its way back. */
    private boolean backPastSettleFraction(double peak) {
        return theta_deg < SETTLE_FRACTION * peak;
    }

    /**
     * How far the sensor must move on the way back to count as moving: beyond the posture limit
     * {@link #POSTURE_BAND_DEG}, otherwise any change beyond the rest wobble.
     */
    private double movedBand(double peak) {
        return peak > settings.maxRange_deg() ? POSTURE_BAND_DEG : Headway.MIN_STILL_BAND_DEG;
    }

    private Event whileActive(double t_s, double gx, double gy, double gz) {
        z = rest.distance(gx, gy, gz, start.upX(), start.upY(), start.upZ());
        long idx = history.add(t_s, gx, gy, gz, start.upX(), start.upY(), start.upZ(), z);
        observe(idx);
        long stop = restFound.takeDueRepEnd();
        if (stop >= 0) {
            // the first rep from the rest found again, measured from that rest: it ends where it came back
            moves.take();
            start.peakUpTo(stop);
            finish(stop, Excursion.End.RETURNED, gx, gy, gz);
            settling.cancel();
            start.averagedStillAfter(stop, idx);
            begin(stop, idx);
            turn.onRestFound();
            return Event.RESTARTED;
        }
        if (moves.pending()) {
            boolean stuck = moves.repositioned();
            long from = moves.take();
            finish(from, stuck ? Excursion.End.STUCK : Excursion.End.SETTLED, gx, gy, gz);
            settling.cancel();
            start.averagedStillAfter(from, idx);
            begin(from, idx);
            turn.onRestart(stuck);
            restFound.restartedAt(from);
            return Event.RESTARTED;
        }
        double peak = start.peak_deg();
        double still = headway.still_s(t_s);
        Excursion.End end = null;
        long endIdx = idx;
        if (peak > settings.maxRange_deg()) {
            if (still >= POSTURE_STILL_S) {
                end = Excursion.End.POSTURE_CHANGE;
                endIdx = headway.index();
            }
        } else if (closing.active()) {
            if (closing.over(t_s, theta_deg, peak, still)) {
                if (moves.passedPlace(theta_deg, peak, start, closingIndex, gx, gy, gz)) return Event.NONE;
                if (moves.passedHome(theta_deg, peak, start, closingIndex, gx, gy, gz, shortStop)) return Event.NONE;
                if (returnedToTurn(peak)) return Event.NONE;
                end = Excursion.End.RETURNED;
            }
        } else if (theta_deg < closing.returnLevel(peak)) {
            closing.begin(t_s, peak);
            closingIndex = idx;
        } else if (headway.returning() && still >= STEP_STILL_S && moves.setBegun()
                && quickStep.steppedAside(peak, start.peakIndex(), start.index(), start.upX(), start.upY(), start.upZ(),
                        headway.x(), headway.y(), headway.z())) {
            end = Excursion.End.SETTLED;
            endIdx = headway.index();
        } else if (headway.returning() && (backPastSettleFraction(peak)
                        || BreathingSettle.overshotIntoPosition(moves.setBegun(), theta_deg, held.farthestHeld_deg()))
                && breathing.still_s(t_s, theta_deg, held.farthestHeld_deg()) >= SETTLE_S) {
            // still only at breathing's scale: the body has come to rest here, whatever it held before
            // (cutting at the first place held there lost a cobra lift's rep at its top, FirstRestTest)
            boolean breathingOnly = still < SETTLE_S;
            long place = moves.mayReposition(peak) && !breathingOnly ? held.leftPlace() : -1;
            if (place >= 0) {
                // before the first rep: the body had settled into its new position and the first
                // rep left it; the move into position ends there, the rep is measured from it
                moves.restartAt(place, moves.setBegun());
                return Event.NONE;
            }
            // above half its peak only when it overshot into a new position: getting into position, as stuck
            end = backPastSettleFraction(peak) ? Excursion.End.SETTLED : Excursion.End.STUCK;
            endIdx = breathing.settledEnd(moves.setBegun(), theta_deg, held.farthestHeld_deg());
        } else if (still >= settings.stuckAfter_s()) {
            end = Excursion.End.STUCK;
            endIdx = headway.index();
        }
        if (end == null && (t_s - start.time_s() > settings.maxDuration_s()
                || history.oldest() > start.index())) {
            if (timedOutFromRest()) return Event.NONE;
            end = Excursion.End.TIMEOUT;
        }
        if (end == null) return Event.NONE;
        finish(endIdx, end, gx, gy, gz);
        return Event.ENDED;
    }

    /** Ends a movement in progress because the stream ended; returns true if there was one. */
    boolean endOfStream() {
        if (!active) return false;
        long idx = history.size() - 1;
        finish(idx, Excursion.End.STREAM_END, history.get(idx, SignalHistory.GX), history.get(idx, SignalHistory.GY),
                history.get(idx, SignalHistory.GZ));
        return true;
    }

    private void finish(long endIdx, Excursion.End end, double gx, double gy, double gz) {
        boolean back = breathing.takeSettledBack();
        turn.onEnd(end);
        finished = build(endIdx, end);
        active = false;
        history.pin(-1);
        lastEndIndex = endIdx;
        lastEnd_s = history.get(history.size() - 1, SignalHistory.T);
        learnFrom_s = end == Excursion.End.RETURNED && closing.active() && closing.closedAtRest()
                ? closing.closeAt_s() : lastEnd_s;
        if (end == Excursion.End.SETTLED) shortStop.stoppedShort(start.upX(), start.upY(), start.upZ());
        else shortStop.clear();
        if (end == Excursion.End.RETURNED || end == Excursion.End.SETTLED) {
            long last = history.size() - 1;
            // SETTLED: the body came to rest elsewhere: the next movement leaves from here, not the old start
            boolean elsewhere = end == Excursion.End.SETTLED;
            if (back && endIdx < last && breathing.leaving(endIdx, last)) {
                settling.beginBack(start.peak_deg(), endIdx, last, lastEnd_s);
                z = 0;
                return;
            }
            settling.begin(start.peak_deg(), elsewhere ? gx : start.upX(), elsewhere ? gy : start.upY(),
                    elsewhere ? gz : start.upZ(),
                    gx, gy, gz, last, history.get(last, SignalHistory.T));
        } else {
            rest.setReference(gx, gy, gz);
            if (!moves.shifted()) rest.isotropise();
        }
        z = 0;
    }

    private Excursion build(long endIdx, Excursion.End end) {
        return ExcursionBuilder.build(history, rest, start.index(), endIdx, start.peakIndex(), start.upX(), start.upY(),
                start.upZ(), end, lastEndIndex + 1);
    }

    /**
     * A movement judged to be rest wobble after all (breathing, tremor): its samples teach the
     * rest model, as if the detector had stayed at rest.
     */
    void absorb(Excursion e) {
        long from = Math.max(e.startIndex(), history.oldest());
        long to = Math.min(e.endIndex(), history.size() - 1);
        if (to <= from) return;
        history.sumGravity(from, to, sum);
        long n = to - from + 1;
        double mx = sum[0] / n;
        double my = sum[1] / n;
        double mz = sum[2] / n;
        for (long i = from + 1; i <= to; i++) {
            double dt = history.get(i, SignalHistory.T) - history.get(i - 1, SignalHistory.T);
            rest.learn(dt, history.get(i, SignalHistory.GX) - mx, history.get(i, SignalHistory.GY) - my,
                    history.get(i, SignalHistory.GZ) - mz);
        }
    }

    /**
     * Tells whether the set has begun (a rep was counted): only before that is a movement that
     * turns sideways after a still second taken for getting into position ({@link HeldPlace}).
     */
    void setBegun(boolean begun) {
        moves.setBegun(begun);
    }

    /**
     * Tells that a rep standing clear of breathing was counted: only once the set has begun and such
     * a rep was counted is the new-position rule off ({@link HeldPlace}). A set begun by a "rep" at
     * breathing level (settling on the mat before the set, withdrawn later by the first-rep check)
     * may still be followed by the move into position.
     */
    void clearRepCounted() {
        moves.clearRepCounted();
    }

    /** The movement that just ended (after {@link Event#ENDED}). */
    Excursion finished() {
        return finished;
    }

    boolean active() {
        return active;
    }

    /** Time the current movement started, seconds. */
    double start_s() {
        return start.time_s();
    }

    /** Current rotation from the movement's start (moving) or from rest (resting), degrees. */
    double theta_deg() {
        if (thetaStale && !active) {
            theta_deg = chordDeg(restingX - rest.x(), restingY - rest.y(), restingZ - rest.z());
            thetaStale = false;
        }
        return theta_deg;
    }

    /** Largest rotation of the current movement so far, degrees. */
    double peak_deg() {
        return start.peak_deg();
    }

    /** Time of the largest rotation of the current movement so far, seconds. */
    double peak_s() {
        return history.get(start.peakIndex(), SignalHistory.T);
    }

    /**
     * The unit direction of the current movement's peak so far (the peak sample's tilt of gravity
     * from the movement's start, in the sensor frame) into out; zeros before it has moved.
     */
    void peakDirection(double[] out) {
        start.peakDirection(out);
    }

    /** Mahalanobis distance of the current sample (from rest, or from the movement's start). */
    double z() {
        return z;
    }

    /** The rest wobble, degrees RMS. */
    double restWobble_deg() {
        return rest.wobble_deg();
    }

    static double chordDeg(double dx, double dy, double dz) {
        return Angles.chordDeg(dx, dy, dz);
    }

    static double chordToDeg(double chord) {
        return Angles.chordToDeg(chord);
    }
}

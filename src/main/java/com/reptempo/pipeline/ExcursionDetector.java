package com.reptempo.pipeline;

/**
 * Finds movements away from rest with hysteresis: a movement starts when the gravity direction
 * leaves the rest wobble by {@link #Z_ON} (Mahalanobis distance, see {@link RestModel}) and is
 * still rising, and its start is traced back to where it left the rest ({@link #Z_START}); it
 * ends when it has come back below {@link Closing#RETURN_FRACTION} of its own peak ({@link Closing}),
 * has settled somewhere else (still since its last headway, {@link Headway}), or left a still
 * place on the way back ({@link Restart}). The thresholds adapt to the person: the start to her
 * rest wobble, the end to the size of the movement itself.
 */
final class ExcursionDetector {
    static final double Z_ON = 4.0;
    static final double Z_START = 2.0;
    static final double VALLEY_Z = 1.5;
    static final double RISE_S = 0.3;
    static final double RISE_Z = 0.5;
    static final double BACKTRACK_MAX_S = 6.0;
    static final double START_AVERAGE_S = 0.15;
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
    private long lastEndIndex = -1;
    private long startIndex;
    private double g0x;
    private double g0y;
    private double g0z;
    private double peakChord;
    private double peak_deg;
    private long peakIndex;
    private final Headway headway = new Headway(rest);
    private long restartFrom = -1;
    private boolean repositioned;
    private boolean setBegun;
    /** A rep clear of breathing was counted ({@link #clearRepCounted}): she is in position. */
    private boolean clearRep;
    /** The new position is a shift within the posture (after the set began): its breathing wobble still holds. */
    private boolean shifted;
    private final HeldPlace held = new HeldPlace();
    private final Closing closing = new Closing(rest);
    /**
     * When the rest was found again mid-set ({@link HeldPlace#restRepFrom}): the history index where
     * the first rep from it came back, to be ended there once the movement before it has ended; -1
     * when none.
     */
    private long restRepEnd = -1;
    /** The movement before that rep has ended: the rep ends at {@link #restRepEnd} with the next sample. */
    private boolean restRepDue;
    /**
     * Before the set's first rep: where the sensor first stopped at the rest found again
     * ({@link HeldPlace#restRepFrom}) in the current movement, kept for when it times out; -1 when none.
     */
    private long unbegunRestFrom = -1;
    /** With {@link #unbegunRestFrom}: the stay before the last departure from that rest. */
    private long unbegunRestTo = -1;
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
    /** When the current movement started (the time of sample {@link #startIndex}), seconds. */
    private double start_s;

    ExcursionDetector(Settings settings) {
        this.settings = settings;
        this.quickStep = new QuickStep(history, settings.quickRise_s());
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
        startAt(from, idx);
        return Event.STARTED;
    }

    private Event whileResting(double t_s, double dt, double gx, double gy, double gz) {
        z = rest.track(dt, gx, gy, gz, t_s - lastEnd_s > LEARN_AFTER_END_S);
        restingX = gx;
        restingY = gy;
        restingZ = gz;
        thetaStale = true;
        long idx = history.add(t_s, gx, gy, gz, rest.x(), rest.y(), rest.z(), z);
        if (z > Z_ON && rising(idx, t_s)) {
            start(idx);
            return Event.STARTED;
        }
        return Event.NONE;
    }

    private boolean rising(long idx, double t_s) {
        long lo = Math.max(history.oldest(), lastEndIndex + 1);
        long k = idx;
        while (k > lo && history.get(k, SignalHistory.T) > t_s - RISE_S) k--;
        if (t_s - history.get(k, SignalHistory.T) < RISE_S * 0.5) return false;
        return z > history.get(k, SignalHistory.Z) + RISE_Z;
    }

    private void start(long idx) {
        long lo = Math.max(history.oldest(), lastEndIndex + 1);
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
        startAt(valley, idx);
    }

    /** Starts an excursion at absolute sample j, having seen it up to idx; its start orientation is the average just before j. */
    private void startAt(long j, long idx) {
        long k = j;
        double tj = history.get(j, SignalHistory.T);
        while (k > history.oldest() && tj - history.get(k - 1, SignalHistory.T) <= START_AVERAGE_S) k--;
        startAt(j, idx, k, j);
    }

    /** Starts a movement at j, its start direction averaged over the still time after j ({@link Restart#STILL_S}). */
    private void startAtStill(long j, long idx) {
        long to = j;
        double tj = history.get(j, SignalHistory.T);
        while (to < idx && history.get(to + 1, SignalHistory.T) - tj <= Restart.STILL_S) to++;
        startAt(j, idx, j, to);
    }

    /** Starts an excursion at absolute sample j, having seen it up to idx, starting from the average orientation over samples from..to. */
    private void startAt(long j, long idx, long from, long to) {
        double tj = history.get(j, SignalHistory.T);
        history.sumGravity(from, to, sum);
        double m = Math.sqrt(sum[0] * sum[0] + sum[1] * sum[1] + sum[2] * sum[2]);
        g0x = sum[0] / m;
        g0y = sum[1] / m;
        g0z = sum[2] / m;
        startIndex = j;
        start_s = tj;
        history.pin(j);
        active = true;
        peakChord = 0;
        peak_deg = 0;
        peakIndex = j;
        quickStep.reset();
        headway.reset(j, tj, g0x, g0y, g0z);
        restartFrom = -1;
        repositioned = false;
        shifted = false;
        unbegunRestFrom = -1;
        unbegunRestTo = -1;
        held.reset();
        closing.reset();
        theta_deg = 0;
        thetaStale = false;
        for (long i = j; i <= idx; i++) observe(i);
        restartFrom = -1;
        repositioned = false;
        shifted = false;
    }

    private void observe(long i) {
        double gx = history.get(i, SignalHistory.GX);
        double gy = history.get(i, SignalHistory.GY);
        double gz = history.get(i, SignalHistory.GZ);
        double c = Math.sqrt((gx - g0x) * (gx - g0x) + (gy - g0y) * (gy - g0y) + (gz - g0z) * (gz - g0z));
        double previous = theta_deg;
        theta_deg = chordToDeg(c);
        if (c > peakChord) {
            peakChord = c;
            peakIndex = i;
            peak_deg = theta_deg;
        }
        double peak = peak_deg;
        double t = history.get(i, SignalHistory.T);
        closing.observe(t, previous, theta_deg, peak);
        long from = headway.observe(i, t, theta_deg, peak, gx, gy, gz, movedBand(peak));
        if (from >= 0) restartFrom = from;
        long newPosition = held.observe(i, t, gx, gy, gz, theta_deg, mayReposition(), returnedToMin(peak),
                start_s + HeldPlace.MAX_SHIFT_S, restFoundMin(peak), peak);
        if (newPosition >= 0) {
            long repFrom = held.restRepFrom();
            if (!setBegun && repFrom >= 0) {
                // before the first rep the rest found again is kept for a timeout (timedOutFromRest)
                if (unbegunRestFrom < 0) {
                    unbegunRestFrom = repFrom;
                    unbegunRestTo = newPosition;
                }
            } else if (repFrom > startIndex && repFrom < newPosition) {
                // the rest found again: the way to it ends as getting into position where the sensor
                // first stopped there, and the first rep from it is measured from there
                restartAt(repFrom, setBegun);
                restRepEnd = newPosition;
            } else {
                restartAt(newPosition, setBegun);
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
        long from = unbegunRestFrom;
        long to = unbegunRestTo;
        if (setBegun || from <= startIndex || from >= to || history.oldest() > from || restartFrom >= 0) return false;
        unbegunRestFrom = -1;
        unbegunRestTo = -1;
        restartAt(from, false);
        restRepEnd = to;
        return true;
    }

    /**
     * The movement so far was a change of position that ended at history index {@code place}: a
     * new movement starts there ({@code shifted}: a shift within the set, not getting into position).
     */
    private void restartAt(long place, boolean shifted) {
        restartFrom = place;
        repositioned = true;
        this.shifted = shifted;
    }

    /**
     * A held place may be taken for a new position: before the set's first rep clear of breathing
     * ({@link #clearRepCounted}), not a posture change, no restart pending.
     */
    private boolean mayReposition() {
        return !(setBegun && clearRep) && peak_deg <= settings.maxRange_deg() && restartFrom < 0;
    }

    /**
     * Once the set has begun, how far from the start a place that the sensor left and came back
     * to must lie to be taken for a new rest ({@link HeldPlace#MID_SET_MIN_DEG}, and beyond the
     * return level: nearer, the movement counts as returned); NaN when not allowed.
     */
    private double returnedToMin(double peak) {
        if (!setBegun || peak > settings.maxRange_deg() || restartFrom >= 0) return Double.NaN;
        return Math.max(HeldPlace.MID_SET_MIN_DEG, closing.returnLevel(peak));
    }

    /**
     * How far from the start a place left and come back to {@link HeldPlace#REST_RETURNS} times
     * must lie to be the rest found again: as {@link #returnedToMin} once the set has begun, and
     * before its first rep too; NaN when not allowed.
     */
    private double restFoundMin(double peak) {
        if (peak > settings.maxRange_deg() || restartFrom >= 0) return Double.NaN;
        return Math.max(HeldPlace.MID_SET_MIN_DEG, closing.returnLevel(peak));
    }

    /**
     * How far the sensor must move on the way back to count as moving: beyond the posture limit
     * {@link #POSTURE_BAND_DEG}, otherwise any change beyond the rest wobble.
     */
    private double movedBand(double peak) {
        return peak > settings.maxRange_deg() ? POSTURE_BAND_DEG : Headway.MIN_STILL_BAND_DEG;
    }

    private Event whileActive(double t_s, double gx, double gy, double gz) {
        z = rest.distance(gx, gy, gz, g0x, g0y, g0z);
        long idx = history.add(t_s, gx, gy, gz, g0x, g0y, g0z, z);
        observe(idx);
        if (restRepDue) {
            // the first rep from the rest found again, measured from that rest: it ends where it came back
            restRepDue = false;
            long stop = restRepEnd;
            restRepEnd = -1;
            restartFrom = -1;
            peakUpTo(stop);
            finish(stop, Excursion.End.RETURNED, gx, gy, gz);
            settling.cancel();
            startAtStill(stop, idx);
            return Event.RESTARTED;
        }
        if (restartFrom >= 0) {
            long from = restartFrom;
            restartFrom = -1;
            finish(from, repositioned ? Excursion.End.STUCK : Excursion.End.SETTLED, gx, gy, gz);
            settling.cancel();
            startAtStill(from, idx);
            restRepDue = restRepEnd > from;
            if (!restRepDue) restRepEnd = -1;
            return Event.RESTARTED;
        }
        double peak = peak_deg;
        double still = headway.still_s(t_s);
        Excursion.End end = null;
        long endIdx = idx;
        if (peak > settings.maxRange_deg()) {
            if (still >= POSTURE_STILL_S) {
                end = Excursion.End.POSTURE_CHANGE;
                endIdx = headway.index();
            }
        } else if (closing.active()) {
            if (closing.over(t_s, theta_deg, peak)) {
                if (restartAtPassedPlace(peak, gx, gy, gz)) return Event.NONE;
                end = Excursion.End.RETURNED;
            }
        } else if (theta_deg < closing.returnLevel(peak)) {
            closing.begin(t_s, peak);
            closingIndex = idx;
        } else if (headway.returning() && still >= STEP_STILL_S && setBegun
                && quickStep.steppedAside(peak, peakIndex, startIndex, g0x, g0y, g0z, headway.x(), headway.y(), headway.z())) {
            end = Excursion.End.SETTLED;
            endIdx = headway.index();
        } else if (headway.returning() && theta_deg < SETTLE_FRACTION * peak && still >= SETTLE_S) {
            long place = mayReposition() ? held.leftPlace() : -1;
            if (place >= 0) {
                // before the first rep: the body had settled into its new position and the first
                // rep left it; the move into position ends there, the rep is measured from it
                restartAt(place, setBegun);
                return Event.NONE;
            }
            end = Excursion.End.SETTLED;
            endIdx = headway.index();
        } else if (still >= settings.stuckAfter_s()) {
            end = Excursion.End.STUCK;
            endIdx = headway.index();
        }
        if (end == null && (t_s - start_s > settings.maxDuration_s()
                || history.oldest() > startIndex)) {
            if (timedOutFromRest()) return Event.NONE;
            end = Excursion.End.TIMEOUT;
        }
        if (end == null) return Event.NONE;
        finish(endIdx, end, gx, gy, gz);
        return Event.ENDED;
    }

    /**
     * Once the set has begun, a movement about to end back at its start that went out again (beyond
     * twice the return level) without stopping there ({@link RestPass#keptMoving}), away from the side of
     * the place it was last held at ({@link HeldPlace#lastHeld}, {@link RestPass#awayFrom}; held at least
     * {@link HeldPlace#MID_SET_MIN_DEG} from the start and beyond the return level, at most
     * {@link HeldPlace#OVERSHOOT_FRACTION} of the peak before it, so it is where a shift came down
     * to and not a rep's top) did not return: it passed through the old rest on the way out of a rep
     * from the new one. It ends at that place as getting into position and the rep is measured
     * from there (docs/PIPELINE.md §4, "through the old rest mid-set").
     */
    private boolean restartAtPassedPlace(double peak, double gx, double gy, double gz) {
        if (!setBegun || theta_deg <= 2 * closing.returnLevel(peak)) return false;
        long place = held.lastHeld();
        if (place < 0 || held.lastHeldTheta_deg() < Math.max(HeldPlace.MID_SET_MIN_DEG, closing.returnLevel(peak))
                || held.lastHeldTheta_deg() > HeldPlace.OVERSHOOT_FRACTION * held.lastHeldPeak_deg()) return false;
        if (!RestPass.awayFrom(history.get(place, SignalHistory.GX) - g0x, history.get(place, SignalHistory.GY) - g0y,
                history.get(place, SignalHistory.GZ) - g0z, gx - g0x, gy - g0y, gz - g0z)) return false;
        if (!RestPass.keptMoving(history, closingIndex, history.size() - 1)) return false;
        restartAt(place, true);
        return true;
    }

    /** Ends a movement in progress because the stream ended; returns true if there was one. */
    boolean endOfStream() {
        if (!active) return false;
        long idx = history.size() - 1;
        finish(idx, Excursion.End.STREAM_END, history.get(idx, SignalHistory.GX), history.get(idx, SignalHistory.GY),
                history.get(idx, SignalHistory.GZ));
        return true;
    }

    /** Takes the peak again over the movement up to history index stop only (the samples after it are the next movement's). */
    private void peakUpTo(long stop) {
        peakChord = 0;
        peakIndex = startIndex;
        for (long i = startIndex; i <= stop; i++) {
            double dx = history.get(i, SignalHistory.GX) - g0x;
            double dy = history.get(i, SignalHistory.GY) - g0y;
            double dz = history.get(i, SignalHistory.GZ) - g0z;
            double c = Math.sqrt(dx * dx + dy * dy + dz * dz);
            if (c > peakChord) {
                peakChord = c;
                peakIndex = i;
            }
        }
        peak_deg = chordToDeg(peakChord);
    }

    private void finish(long endIdx, Excursion.End end, double gx, double gy, double gz) {
        finished = build(endIdx, end);
        active = false;
        history.pin(-1);
        lastEndIndex = endIdx;
        lastEnd_s = history.get(history.size() - 1, SignalHistory.T);
        if (end == Excursion.End.RETURNED || end == Excursion.End.SETTLED) {
            long last = history.size() - 1;
            // SETTLED: the body came to rest elsewhere: the next movement leaves from here, not the old start
            boolean elsewhere = end == Excursion.End.SETTLED;
            settling.begin(chordToDeg(peakChord), elsewhere ? gx : g0x, elsewhere ? gy : g0y, elsewhere ? gz : g0z,
                    gx, gy, gz, last, history.get(last, SignalHistory.T));
        } else {
            rest.setReference(gx, gy, gz);
            if (!shifted) rest.isotropise();
        }
        z = 0;
    }

    private Excursion build(long endIdx, Excursion.End end) {
        return ExcursionBuilder.build(history, rest, startIndex, endIdx, peakIndex, g0x, g0y, g0z, end, lastEndIndex + 1);
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
        this.setBegun = begun;
        if (!begun) clearRep = false;
    }

    /**
     * Tells that a rep standing clear of breathing was counted: only once the set has begun and such
     * a rep was counted is the new-position rule off ({@link HeldPlace}). A set begun by a "rep" at
     * breathing level (settling on the mat before the set, withdrawn later by the first-rep check)
     * may still be followed by the move into position.
     */
    void clearRepCounted() {
        clearRep = true;
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
        return start_s;
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
        return peak_deg;
    }

    /** Time of the largest rotation of the current movement so far, seconds. */
    double peak_s() {
        return history.get(peakIndex, SignalHistory.T);
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

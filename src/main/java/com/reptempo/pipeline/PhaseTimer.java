package com.reptempo.pipeline;

import org.apache.commons.math3.util.KthSelector;

/**
 * Times the way out, the time at the top and the way back of a movement
 * ({@link RampFit} on its rotation along the direction of its peak), so that the start and end
 * of each phase are found within a fraction of a second even for slow, smooth movements whose
 * first and last moments are invisible in the noise.
 *
 * <p>The top is the median of the rotation where it is within {@link #TOP_FRACTION} of its peak
 * (so breathing during a hold does not raise it). The way out's start is extrapolated from the
 * passages of {@link #NEAR_LO}-{@link #NEAR_HI} of the travel, its end from
 * {@link #FAR_LO}-{@link #FAR_HI}; the way back likewise. Only the part of each ramp next to the
 * boundary is used, and {@link RampFit} drops the passages beyond a stop inside it, so a pause in the middle
 * of a movement does not shift its boundaries.
 *
 * <p>The way out's start is also extrapolated from its far fit and the way back's end from its near
 * fit (the passages next to the top, {@link RepTiming#startFromTop_s} and
 * {@link RepTiming#endFromTop_s}): a second opinion that a slow drift of the rest next to the ramp
 * cannot reach. It does not move the boundaries; {@link TempoJudge} flags the outer phases only when
 * both opinions agree.
 *
 * <p>The top's boundaries likewise get a second opinion ({@link RepTiming#outEndPlaced_s} and
 * {@link RepTiming#backStartPlaced_s}): each ramp's duration is fitted over {@link #NEAR_LO}-{@link #FAR_HI}
 * of its travel and only its placement is taken from the passages next to the top
 * ({@link RampFit#place}). The passages next to the top of a slow ramp span under a second, and the
 * free fit extrapolates their slope, tilted by breathing, over the last third of the ramp; most of the
 * ramp tells its duration far better. Used only to judge a short hold.
 *
 * <p>The fits over {@link #NEAR_LO}-{@link #FAR_HI} of each ramp also give a third opinion on the rep's
 * start and end ({@link RepTiming#startWhole_s}, {@link RepTiming#endWhole_s}), used only to judge
 * {@code too-fast}: at a 1.6-2.5 deg rep a breath can pull both ends' passages the same way, while most of
 * the ramp spans most of a breath.
 *
 * <p>Without a hold the turn has two more opinions, the far fit's end of the way out and the near fit's start of
 * the way back ({@link RepTiming#turnEarliest_s}, {@link RepTiming#turnLatest_s}), used only to judge
 * {@code too-fast}. The middle of the time above {@link #TURN_FRACTION} of the top is the turn only when both
 * ramps leave and reach the top alike; after a pause in the middle of the way out, the rest of the way out is
 * quicker than the start of the way back, and that middle lies 0.2-0.3 s late.
 */
final class PhaseTimer {
    static final double TOP_FRACTION = 0.85;
    static final double NEAR_LO = 0.15;
    static final double NEAR_HI = 0.33;
    static final double FAR_LO = 0.67;
    static final double FAR_HI = 0.85;
    /** Without a hold, the turn is halfway between the first and last moments above this fraction of the top. */
    static final double TURN_FRACTION = 0.85;
    /**
     * The rest before the movement ({@link Excursion#restBase_deg}) is the base of both ramps when it lies
     * behind the detected start, by at most this fraction of the peak.
     */
    static final double MAX_BASE_FRACTION = 0.1;
    /**
     * A rep's start (each opinion on it) is placed at most this long before the excursion's first
     * sample: a fit that extrapolates further back has been pulled by something other than the
     * movement (a drift of the rest next to a slow ramp).
     */
    static final double MAX_EARLY_START_S = 2.0;
    /**
     * A movement that did not come back to where it started ({@link Excursion.End#RETURNED}) but ended still
     * more than this fraction of its travel above the rest it left from has not been seen to finish its way back
     * ({@link #wayBackUnfinished}). After a rep the pelvis may settle a little off its old rest; a stop this far
     * up is a pause on the way down (the simulator's mid-rep pause leaves 23-77 % of the travel), after which the
     * detector closes the movement and takes the rest of the way back for a movement of its own. The way back
     * then timed runs from the top to that pause only, about half of the real phase.
     */
    static final double UNFINISHED_FRACTION = 0.25;

    private PhaseTimer() {
    }

    /** Times an excursion; delay_s is subtracted from every time (filter delay). */
    static RepTiming time(Excursion e, double delay_s) {
        double[] t = e.t_s();
        double[] v = e.phi_deg();
        int n = v.length;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) max = Math.max(max, x);
        int up = 0;
        while (up < n - 1 && v[up] < 0.5 * max) up++;
        int down = n - 1;
        while (down > 0 && v[down] < 0.5 * max) down--;
        double top = plateau(v, up, down, TOP_FRACTION * max);
        double base = Math.min(0, v[0]);
        double rest = Math.max(-MAX_BASE_FRACTION * max, Math.min(0, e.restBase_deg()));
        base = Math.min(base, rest);
        double endBase = rest;
        if (e.end() != Excursion.End.RETURNED) {
            double after = Double.POSITIVE_INFINITY;
            for (int i = down; i < n; i++) after = Math.min(after, v[i]);
            endBase = after;
        }
        int mid = up;
        while (mid > 0 && v[mid - 1] >= base + 0.5 * (top - base)) mid--;
        int midBack = down;
        while (midBack < n - 1 && v[midBack + 1] >= endBase + 0.5 * (top - endBase)) midBack++;
        double reached = (top - v[n - 1]) / (top - endBase);
        RampFit.Ramp outNear = RampFit.fit(t, v, mid, base, top, NEAR_LO, NEAR_HI);
        RampFit.Ramp outFar = RampFit.fit(t, v, mid, base, top, FAR_LO, FAR_HI);
        RampFit.Ramp backNear = RampFit.fit(t, v, midBack, top, endBase, NEAR_LO, NEAR_HI);
        RampFit.Ramp backFar = RampFit.fit(t, v, midBack, top, endBase, FAR_LO, Math.min(FAR_HI, reached - 0.02));
        double start = outNear.valid() ? outNear.start_s() : t[0];
        double outEnd = outFar.valid() ? outFar.end_s() : t[up];
        double backStart = backNear.valid() ? backNear.start_s() : t[down];
        double end = backFar.valid() ? backFar.end_s() : t[n - 1];
        double backHi = Math.min(FAR_HI, reached - 0.02);
        RampFit.Ramp outWide = RampFit.fit(t, v, mid, base, top, NEAR_LO, FAR_HI);
        RampFit.Ramp backWide = RampFit.fit(t, v, midBack, top, endBase, NEAR_LO, backHi);
        RampFit.Ramp outPlaced = outWide.valid()
                ? RampFit.place(t, v, mid, base, top, FAR_LO, FAR_HI, outWide.end_s() - outWide.start_s()) : outFar;
        RampFit.Ramp backPlaced = backWide.valid()
                ? RampFit.place(t, v, midBack, top, endBase, NEAR_LO, NEAR_HI, backWide.end_s() - backWide.start_s()) : backNear;
        double outEndPlaced = outPlaced.valid() ? outPlaced.end_s() : outEnd;
        double backStartPlaced = backPlaced.valid() ? backPlaced.start_s() : backStart;
        double startWhole = outWide.valid() ? Math.max(outWide.start_s(), t[0] - MAX_EARLY_START_S) : start;
        double endWhole = backWide.valid() ? backWide.end_s() : end;
        double startFromTop = outFar.valid() ? outFar.start_s() : start;
        double endFromTop = backNear.valid() ? backNear.end_s() : end;
        start = Math.max(start, t[0] - MAX_EARLY_START_S);
        startFromTop = Math.max(startFromTop, t[0] - MAX_EARLY_START_S);
        outEnd = Math.max(outEnd, start);
        if (backStart < outEnd) {
            double m = (backStart + outEnd) / 2;
            backStart = m;
            outEnd = m;
        }
        end = Math.max(end, backStart);
        int first = up;
        while (first < n - 1 && v[first] < TURN_FRACTION * top) first++;
        int last = down;
        while (last > first && v[last] < TURN_FRACTION * top) last--;
        double turn = Math.max(start, Math.min(end, (t[first] + t[last]) / 2));
        double turnEarliest = Math.max(start, Math.min(turn, Math.min(outEnd, backStart)));
        double turnLatest = Math.min(end, Math.max(turn, Math.max(outEnd, backStart)));
        return new RepTiming(start - delay_s, outEnd - delay_s, backStart - delay_s, end - delay_s, turn - delay_s,
                startFromTop - delay_s, endFromTop - delay_s, outEndPlaced - delay_s, backStartPlaced - delay_s,
                startWhole - delay_s, endWhole - delay_s, turnEarliest - delay_s, turnLatest - delay_s);
    }

    /**
     * Whether the way back of a movement stopped short of the rest it left from: it did not end
     * {@link Excursion.End#RETURNED} and its last rotation lies more than {@link #UNFINISHED_FRACTION} of its
     * peak above that rest (the lower of its first rotation and the rest it left, floored at
     * -{@link #MAX_BASE_FRACTION} of the peak; {@link #time}'s way out floors only the rest). Its timed way back is then only a part of
     * the phase, and {@link TempoJudge} does not call it too fast.
     *
     * @param wayBackLeft the movement's {@link #wayBackLeftUnlessReturned}
     */
    static boolean wayBackUnfinished(double wayBackLeft) {
        return wayBackLeft > UNFINISHED_FRACTION;
    }

    /**
     * Whether a movement's way out was not seen from its rest: its last rotation lies more than
     * {@link #UNFINISHED_FRACTION} of its peak (above its start) below where it started. A rep comes back to the rest
     * it left; one that ends that far below its start set off from lower down, i.e. the movement began at a stop on
     * the way up (a pause that the detector took for the rest, the part before it a movement of its own). Its timed
     * way out is then only the part after that stop, and {@link TempoJudge} does not call it too fast.
     */
    static boolean wayOutUnseen(Excursion e) {
        double[] v = e.phi_deg();
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) max = Math.max(max, x);
        double rise = max - v[0];
        return rise > 0 && v[0] - v[v.length - 1] > UNFINISHED_FRACTION * rise;
    }

    /**
     * {@link #wayBackLeft} of a movement that did not end {@link Excursion.End#RETURNED}; NaN, without scanning
     * it, for one that did (its way back is finished). Found once per rep ({@link RepAssembler}) for
     * {@link #wayBackUnfinished} and {@link WayDownPause#cut}.
     */
    static double wayBackLeftUnlessReturned(Excursion e) {
        return e.end() == Excursion.End.RETURNED ? Double.NaN : wayBackLeft(e);
    }

    /**
     * How far above the rest it left from a movement's last rotation lies, as a fraction of its peak above that
     * rest (the rest as in {@link #wayBackUnfinished}); NaN for a movement that never rose above it.
     */
    private static double wayBackLeft(Excursion e) {
        double[] v = e.phi_deg();
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) max = Math.max(max, x);
        double base = Math.max(-MAX_BASE_FRACTION * max, Math.min(0, Math.min(v[0], e.restBase_deg())));
        return (v[v.length - 1] - base) / (max - base);
    }

    /** Median of the values in [from, to] at or above floor (the upper one of an even count), found by selection, not sorting. */
    static double plateau(double[] v, int from, int to, double floor) {
        int k = 0;
        for (int i = from; i <= to; i++) if (v[i] >= floor) k++;
        if (k == 0) return floor / TOP_FRACTION;
        double[] top = new double[k];
        k = 0;
        for (int i = from; i <= to; i++) if (v[i] >= floor) top[k++] = v[i];
        return new KthSelector().select(top, null, k / 2);
    }
}

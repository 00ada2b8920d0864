package com.reptempo.pipeline;

import java.util.Arrays;

/**
 * A stall inside a rep's way out or way back, read from when the rotation passes a ladder of levels: she
 * halted partway and went on. Along a minimum-jerk way ({@link MinJerk}) the moment each level of the travel is
 * passed follows {@code t = start + duration * u(level)}, so the time between two neighbouring levels, over its
 * share of {@code u}, is the same all along the way (the way's duration). A halt adds its length to the one gap
 * it falls in and to no other; the way's duration is taken as the median over the gaps, which a single halt
 * cannot move. This is the direct sign of the simulator's and a body's mid-rep pause (a quarter to a third of
 * the phase at 23-77 % of the travel) that the speed measures can miss when the halt lies near a quarter of
 * the way: the stretch before it is then too short and slow for its speed to stand out of breathing
 * ({@link MidMovementStop}) and the SPARC of the phase is smeared by the phase boundaries the halt moves.
 *
 * <p>A way has a stall when its largest excess gap
 * <ul>
 * <li>lies between {@link #MIN_LEVEL} and {@link #MAX_LEVEL} of the travel, counted from the rest the way
 * leaves or returns to;</li>
 * <li>lasts at least {@link RampFit#MIN_STALL_S} and {@link #MIN_FRACTION} of the way's own duration;</li>
 * <li>lasts at most {@link #MAX_TARGET_FRACTION} of the phase's target maximum.</li>
 * </ul>
 * The rotation is resampled and low-passed as in {@link Smoothness}; the way out starts from the rest before
 * the movement ({@link Excursion#restBase_deg}, or its first rotation when lower), the way back ends at its
 * last rotation. Passages are searched outwards from the moment the way passes half its travel, as in
 * {@link RampFit}, so breathing in the rest or at the top cannot pull a passage there.
 */
final class WayStall {
    /** Levels of the ladder, evenly spaced between {@link #LADDER_LOW} and {@link #LADDER_HIGH}. */
    static final int LEVELS = 25;
    /** The ladder's lowest level, a fraction of the way's travel: above the rest's breathing. */
    static final double LADDER_LOW = 0.15;
    /** ... and its highest: below the top's. */
    static final double LADDER_HIGH = 0.85;
    /**
     * A stall's middle lies at least this fraction of the travel from the rest. Nearer the rest the way meets
     * the stillness it left from or comes back to: a shift of the body that the detector merged into the
     * movement's start halts there as well, and a rest base a few tenths of a degree off moves the levels there
     * by that much.
     */
    static final double MIN_LEVEL = 0.25;
    /** ... and at most this fraction: beyond it the way turns into the top (a hold or the turn back). */
    static final double MAX_LEVEL = 0.8;
    /**
     * A stall lasts at least this fraction of the way's duration (from the median gap): a halt of a quarter to
     * a third of the phase is a third to a half of the movement around it, while a breath riding on a slow way
     * stretches a gap by a few percent of it.
     */
    static final double MIN_FRACTION = 0.15;
    /**
     * A stall lasts at most this fraction of the phase's target maximum: a hesitation inside a way lasts up to
     * about a third of the phase. A longer stop is a rest: she settled, and the movement before it was a shift
     * of the body (or a first attempt) that the detector merged into the rep.
     */
    static final double MAX_TARGET_FRACTION = 0.45;

    private WayStall() {
    }

    /**
     * Whether either way of the movement e stalls (outMax_s, backMax_s: the target maxima of the exercise's
     * first and last movement phases; even: e resampled, {@link EvenMovement#of}, null when too short: false).
     */
    static boolean stalled(Excursion e, EvenMovement even, double outMax_s, double backMax_s) {
        if (even == null) return false;
        double dt = even.dt_s();
        int n = even.length();
        int top = even.top();
        double[] angle = even.angle_deg();
        double[] out = Arrays.copyOf(angle, top + 1);
        if (stalls(out, Math.min(angle[0], e.restBase_deg()), dt, outMax_s)) return true;
        double[] back = new double[n - top];
        for (int i = top; i < n; i++) back[n - 1 - i] = angle[i];
        return stalls(back, back[0], dt, backMax_s);
    }

    /** Whether a way rising from base at a[0] to its top at its last point stalls (see the class). */
    static boolean stalls(double[] a, double base, double dt, double targetMax_s) {
        double excess = longestStall(a, base, dt, MIN_LEVEL, MAX_LEVEL);
        return excess >= RampFit.MIN_STALL_S && excess <= MAX_TARGET_FRACTION * targetMax_s
                && excess >= MIN_FRACTION * wayDuration(a, base, dt);
    }

    /**
     * The way's longest excess gap, seconds, when its middle lies between lo and hi of the travel; 0 when it
     * lies elsewhere or there is none. The longest one only: a halt near the rest also stretches the gaps next
     * to it a little, and those must not pass for a halt of their own.
     */
    static double longestStall(double[] a, double base, double dt, double lo, double hi) {
        double[] ts = passages(a, base, dt);
        double duration = duration(ts);
        if (Double.isNaN(duration)) return 0;
        double best = 0;
        double middle = Double.NaN;
        for (int k = 0; k + 1 < LEVELS; k++) {
            if (Double.isNaN(ts[k]) || Double.isNaN(ts[k + 1])) continue;
            double excess = ts[k + 1] - ts[k] - duration * du(k);
            if (excess > best) {
                best = excess;
                middle = (level(k) + level(k + 1)) / 2;
            }
        }
        return middle >= lo && middle <= hi ? best : 0;
    }

    private static double wayDuration(double[] a, double base, double dt) {
        return duration(passages(a, base, dt));
    }

    /** The way's minimum-jerk duration: the median gap over its share of u; NaN when under six gaps. */
    private static double duration(double[] ts) {
        return duration(ts, 0, LEVELS - 1, 6);
    }

    /** As {@link #duration(double[])} over the gaps between levels from..to; NaN when under min gaps. */
    private static double duration(double[] ts, int from, int to, int min) {
        double[] ratio = new double[LEVELS];
        int m = 0;
        for (int k = from; k + 1 <= to; k++) {
            if (Double.isNaN(ts[k]) || Double.isNaN(ts[k + 1])) continue;
            ratio[m++] = (ts[k + 1] - ts[k]) / du(k);
        }
        if (m < min) return Double.NaN;
        Arrays.sort(ratio, 0, m);
        return ratio[m / 2];
    }

    /** When the way a (sampled every dt from 0) passes each level, searched outwards from half its travel. */
    private static double[] passages(double[] a, double base, double dt) {
        double[] ts = new double[LEVELS];
        Arrays.fill(ts, Double.NaN);
        int top = a.length - 1;
        double travel = a[top] - base;
        if (!(travel > 0) || top < 4) return ts;
        int mid = 0;
        while (mid < top && a[mid] < base + 0.5 * travel) mid++;
        int below = mid;
        for (int k = LEVELS - 1; k >= 0; k--) {
            if (level(k) >= 0.5) continue;
            double level = base + level(k) * travel;
            while (below > 0 && a[below - 1] >= level) below--;
            if (below > 0) ts[k] = cross(a, below - 1, level, dt);
        }
        int above = mid;
        for (int k = 0; k < LEVELS; k++) {
            if (level(k) < 0.5) continue;
            double level = base + level(k) * travel;
            while (above < top && a[above] < level) above++;
            if (above > 0 && a[above] >= level) ts[k] = cross(a, above - 1, level, dt);
        }
        return ts;
    }

    private static double level(int k) {
        return LADDER_LOW + (LADDER_HIGH - LADDER_LOW) * k / (LEVELS - 1);
    }

    private static double du(int k) {
        return MinJerk.timeAt(level(k + 1)) - MinJerk.timeAt(level(k));
    }

    private static double cross(double[] a, int i, double level, double dt) {
        double dv = a[i + 1] - a[i];
        double f = dv == 0 ? 0 : (level - a[i]) / dv;
        return (i + f) * dt;
    }
}

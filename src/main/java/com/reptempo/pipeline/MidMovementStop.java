package com.reptempo.pipeline;

/**
 * A stop in the middle of a rep's way out or way back, and the smoothness (SPARC) of that whole way.
 *
 * <p>The rotation along the rep's own direction is resampled and low-passed as in {@link Smoothness}
 * and differentiated. On each way, between {@link #LOW_LEVEL} and {@link #HIGH_LEVEL} of the travel
 * (so neither the rest before the rep nor the top, where the hold is, can count), a stop is a point
 * where the speed along the way falls below {@link #MAX_DEPTH} of the smaller of the fastest speeds
 * before and after it on the whole way (she may go on from a stop low on the way and move fastest
 * below the stretch searched), those speeds being at least {@link #MIN_SPEED_SIGMAS_PER_S}
 * rest wobbles per second, and where the sensor had turned along the rep's direction
 * ({@link #MIN_ALIGNMENT}): a body that halts mid-movement has zero speed there, while breathing
 * (a few tenths of a degree over 3-5 s, about 1.5 wobbles per second) can slow a fast movement
 * but not stop it. A way with a stop is judged by the SPARC of its whole speed profile at its real
 * pace, from the rest to the top: the phase boundaries a pause displaces and the slowing down of
 * long phases ({@link Smoothness#pace}) would otherwise smear the stop out.
 */
final class MidMovementStop {
    /** The stretch of each way searched for a stop starts at this fraction of its travel. */
    static final double LOW_LEVEL = 0.2;
    /** ... and ends at this fraction. */
    static final double HIGH_LEVEL = 0.8;
    /** A dip in speed below this fraction of the speeds on both sides of it is a stop. */
    static final double MAX_DEPTH = 0.2;
    /**
     * The speeds on both sides of a stop must be at least this many rest wobbles (the excursion's
     * peak over its Mahalanobis distance: the rest's spread along the rep's direction) per second.
     */
    static final double MIN_SPEED_SIGMAS_PER_S = 10;
    /**
     * At a stop the sensor must have turned along the rep's own direction by at least this fraction
     * of its whole rotation. A rep turns the pelvis about one axis, paused or not; the rest after a
     * fidget that the detector merged into the rep's start (a shift of the body in a direction of
     * its own, then a second still before the rep) lies off that axis.
     */
    static final double MIN_ALIGNMENT = 0.9;
    /**
     * A stop must lie on the way, not at a turn: before it the rotation had not been more than this
     * fraction of the travel further along the way than at the stop, and after it (up to the top, or
     * the way back's end) it does not fall back more than this behind. A body pausing on its way
     * halts and goes on in the same direction; where the speed is zero because the rotation turned
     * back (a fidget or a neighbour's way merged into the detector's movement: up, back down near the
     * rest, then the rep) the way did not stop, it is two movements. The slack covers breathing (a few
     * tenths of a degree, about 0.1 of a 2-3 deg rep) riding on a pause.
     */
    static final double MAX_TURN_FRACTION = 0.15;

    private MidMovementStop() {
    }

    /**
     * The SPARC of the least smooth way of e with a stop in its middle, 0 when no way has one, the way out
     * taken to begin at wayOutFrom_s (in the excursion's time; where she set off from a rest held on the way,
     * {@link #restEnd_s}; negative infinity: from the excursion's start).
     *
     * @param even e resampled ({@link EvenMovement#of}; null when too short: 0)
     */
    static double stoppedWaySparc(Excursion e, EvenMovement even, double wayOutFrom_s) {
        if (even == null || !(e.peakZ() > 0)) return 0;
        double dt = even.dt_s();
        int n = even.length();
        int top = even.top();
        double t0_s = even.t0_s();
        double[] angle = even.angle_deg().clone();
        double[] speed = even.speed_dps().clone();
        double minSpeed_dps = MIN_SPEED_SIGMAS_PER_S * e.peak_deg() / e.peakZ();
        double worst = 0;
        int from = wayOutFrom_s > t0_s ? Math.min(top, (int) Math.round((wayOutFrom_s - t0_s) / dt)) : 0;
        double base = angle[from];
        int a = from;
        while (a < top && angle[a] < base + LOW_LEVEL * (angle[top] - base)) a++;
        int b = a;
        while (b < top && angle[b] < base + HIGH_LEVEL * (angle[top] - base)) b++;
        double slack_deg = MAX_TURN_FRACTION * (angle[top] - Math.min(angle[0], angle[n - 1]));
        int stop = stopAt(speed, from, a, b, top, minSpeed_dps);
        if (stop >= 0 && aligned(e, t0_s + stop * dt) && onTheWay(angle, from, stop, top, slack_deg)) worst = Math.min(worst, waySparc(speed, from, top, dt));
        for (int i = 0; i < n; i++) {
            speed[i] = -speed[i];
            angle[i] = -angle[i];
        }
        base = -angle[n - 1];
        b = n - 1;
        while (b > top && -angle[b] < base + LOW_LEVEL * (-angle[top] - base)) b--;
        a = b;
        while (a > top && -angle[a] < base + HIGH_LEVEL * (-angle[top] - base)) a--;
        stop = stopAt(speed, top, a, b, n - 1, minSpeed_dps);
        if (stop >= 0 && aligned(e, t0_s + stop * dt) && onTheWay(angle, top, stop, n - 1, slack_deg)) worst = Math.min(worst, waySparc(speed, top, n - 1, dt));
        return worst;
    }

    /**
     * Where a way's speed (positive along the way) within a..b first falls below {@link #MAX_DEPTH}
     * of the smaller of its highest values before and after, those being at least minSpeed_dps;
     * -1 when it nowhere does. The highest speeds are taken over the whole way (from..to), not only
     * over the stretch searched: a body that stops at a third of its travel and then goes on
     * moves fastest in the middle of what is left, below {@link #LOW_LEVEL} of the travel.
     */
    static int stopAt(double[] speed, int from, int a, int b, int to, double minSpeed_dps) {
        if (b - a < 3) return -1;
        double[] after = new double[to - a + 1];
        double m = Double.NEGATIVE_INFINITY;
        for (int i = to; i >= a; i--) {
            m = Math.max(m, speed[i]);
            after[i - a] = m;
        }
        double before = Double.NEGATIVE_INFINITY;
        for (int i = from; i < a; i++) before = Math.max(before, speed[i]);
        for (int i = a; i <= b; i++) {
            before = Math.max(before, speed[i]);
            double ref = Math.min(before, after[i - a]);
            if (ref >= minSpeed_dps && speed[i] < MAX_DEPTH * ref) return i;
        }
        return -1;
    }

    /**
     * When the way out turned back on its way to the top (see {@link #MAX_TURN_FRACTION}), the moment,
     * in the excursion's time, it set off for the last time: its lowest rotation after the last turn.
     * Negative infinity when it went up without turning back, or when even is null (too short).
     */
    static double lastSetOff_s(EvenMovement even) {
        if (even == null) return Double.NEGATIVE_INFINITY;
        double dt = even.dt_s();
        int n = even.length();
        int top = even.top();
        double[] angle = even.angle_deg();
        double slack_deg = MAX_TURN_FRACTION * (angle[top] - Math.min(angle[0], angle[n - 1]));
        double max = angle[0];
        int turn = -1;
        for (int i = 0; i <= top; i++) {
            max = Math.max(max, angle[i]);
            if (angle[i] < max - slack_deg) turn = i;
        }
        if (turn < 0) return Double.NEGATIVE_INFINITY;
        int low = turn;
        for (int i = turn; i <= top; i++) if (angle[i] < angle[low]) low = i;
        return even.t0_s() + low * dt;
    }

    /**
     * When the way out, after moving, held still for at least minStill_s below {@link #HIGH_LEVEL} of its
     * travel, the moment (in the excursion's time) it set off from the last such still; negative infinity
     * when it did not (or even is null). Still is a speed below {@link #MAX_DEPTH} of the way out's
     * fastest; moving is faster than that. A hesitation on the way lasts up to about a third of the
     * phase; a longer still is a rest, and what moved before it (a shift of the body or a fidget that
     * left the pelvis at a new rest, merged by the detector into the rep's start) is another movement.
     */
    static double restEnd_s(EvenMovement even, double minStill_s) {
        if (even == null) return Double.NEGATIVE_INFINITY;
        double dt = even.dt_s();
        int top = even.top();
        double[] angle = even.angle_deg();
        double[] speed = even.speed_dps();
        double fastest = 0;
        for (int i = 0; i <= top; i++) fastest = Math.max(fastest, Math.abs(speed[i]));
        double still = MAX_DEPTH * fastest;
        double high = angle[0] + HIGH_LEVEL * (angle[top] - angle[0]);
        boolean moved = false;
        int runFrom = -1;
        double end = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= top; i++) {
            boolean isStill = Math.abs(speed[i]) < still;
            if (isStill && runFrom < 0) runFrom = i;
            if (!isStill) {
                if (moved && runFrom >= 0 && (i - runFrom) * dt >= minStill_s && angle[i] < high) {
                    end = even.t0_s() + i * dt;
                }
                runFrom = -1;
                moved = true;
            }
        }
        return end;
    }

    /**
     * Whether a stop at index stop of a way from..to, along which progress increases, lies on the way
     * ({@link #MAX_TURN_FRACTION}): progress before it never more than slack ahead of the stop's, after
     * it never more than slack behind.
     */
    static boolean onTheWay(double[] progress, int from, int stop, int to, double slack) {
        double max = progress[from];
        for (int i = from; i <= to; i++) {
            max = Math.max(max, progress[i]);
            if (progress[i] < max - slack) return false;
        }
        return true;
    }

    /**
     * Whether at time at_s the sensor had turned along the rep's own direction: the rotation along
     * it (phi) at least {@link #MIN_ALIGNMENT} of the whole rotation (theta).
     */
    static boolean aligned(Excursion e, double at_s) {
        double[] t = e.t_s();
        int i = 0;
        while (i < t.length - 1 && t[i] < at_s) i++;
        double theta = e.theta_deg()[i];
        return theta > 0 && e.phi_deg()[i] >= MIN_ALIGNMENT * theta;
    }

    private static double waySparc(double[] speed, int a, int b, double dt) {
        double[] s = new double[b - a + 1];
        for (int i = a; i <= b; i++) s[i - a] = Math.abs(speed[i]);
        return Sparc.of(s, dt);
    }
}

package com.reptempo.pipeline;

import com.reptempo.model.PhaseKind;
import com.reptempo.model.PhaseResult;

import java.util.List;

/**
 * Smoothness of a rep: the SPARC ({@link Sparc}) of the speed of its rotation along the direction
 * of its peak during each movement phase, the least smooth phase counting. Speed is the central
 * difference of the rotation, resampled on a uniform grid (the median sample interval, at most
 * {@link #RESAMPLE_HZ}) and low-passed. A way out or back with a stop in its middle is also judged
 * whole, at its real pace ({@link MidMovementStop}). When the rotation turned back on its way to the top
 * (a fidget or a neighbour's way merged into the detector's movement), the way out is judged from where
 * it set off for the last time ({@link MidMovementStop#lastSetOff_s}), and a way-out phase that ended
 * before that is not judged: the body was back near its rest, and what came before is another movement.
 * Likewise when the way out held still for longer than a hesitation lasts ({@link WayStall#MAX_TARGET_FRACTION}
 * of the phase's target maximum) before it went on to the top ({@link MidMovementStop#restEnd_s}): that
 * still was a rest (a shift of the body merged into the rep's start had left the pelvis off its old rest),
 * and the way out, its phase's SPARC and its stopped-way SPARC alike, is judged from where she set off from it.
 */
final class Smoothness {
    /** Each phase is widened by this on both sides so that its speed profile starts and ends near zero. */
    static final double MARGIN_S = 0.2;
    /**
     * The rotation is resampled at most this often before the spectrum is taken: after the
     * {@link #CUTOFF_HZ} low-pass nothing above a few hertz is left, and a coarser grid makes the
     * transform many times cheaper.
     */
    static final double RESAMPLE_HZ = 12.5;
    static final double CUTOFF_HZ = 2.0;
    /** A phase is slowed down at most this much for judging (see {@link #pace}). */
    static final double MAX_PACE = 4.0;

    private Smoothness() {
    }

    /**
     * How much slower than its target a phase was (its duration over the target's maximum, at
     * least 1 and at most {@link #MAX_PACE}). A slower phase is judged at the target's pace: it
     * is resampled as if it had lasted the target's maximum, so the low-pass and the spectrum see the shape
     * of the movement, not the breathing that a long phase contains. Faster phases are judged as
     * they are.
     */
    static double pace(PhaseResult p) {
        return pace(p.duration_s(), p.targetMax_s());
    }

    /** {@link #pace(PhaseResult)} of a phase lasting duration_s. */
    static double pace(double duration_s, double targetMax_s) {
        if (!(targetMax_s > 0)) return 1;
        return Math.max(1, Math.min(MAX_PACE, duration_s / targetMax_s));
    }

    /**
     * A rep's smoothness, both SPARC (0 is perfectly smooth, lower is less smooth).
     *
     * @param sparc          the least smooth of its movement phases and of its ways with a stop in their middle
     * @param stoppedWaySparc the least smooth of its ways with a stop in their middle alone
     *                       ({@link MidMovementStop#stoppedWaySparc}; 0 when no way has one)
     */
    record Measure(double sparc, double stoppedWaySparc) {
    }

    /**
     * The smoothness of the rep e (even: e resampled, {@link EvenMovement#of}) with the given phases, timed
     * delay_s earlier than e's own clock.
     */
    static Measure measure(Excursion e, EvenMovement even, List<PhaseResult> phases, double delay_s) {
        double[] t = e.t_s();
        double[] v = e.phi_deg();
        if (t.length < 8) return new Measure(0, 0);
        double dt = Math.max(medianInterval(t), 1 / RESAMPLE_HZ);
        double worst = 0;
        double setOff_s = MidMovementStop.lastSetOff_s(even);
        double restEnd_s = Double.NEGATIVE_INFINITY;
        for (PhaseResult p : phases) {
            if (p.kind() != PhaseKind.MOVEMENT) continue;
            restEnd_s = MidMovementStop.restEnd_s(even, WayStall.MAX_TARGET_FRACTION * p.targetMax_s());
            break;
        }
        setOff_s = Math.max(setOff_s, restEnd_s);
        boolean wayOut = true;
        for (PhaseResult p : phases) {
            if (p.kind() != PhaseKind.MOVEMENT) continue;
            double start_s = p.start_s() + delay_s;
            double end_s = p.end_s() + delay_s;
            double scale = pace(p);
            if (wayOut && setOff_s >= end_s) {
                wayOut = false;
                continue;
            }
            if (wayOut && setOff_s > start_s) {
                start_s = setOff_s;
                scale = pace(end_s - start_s, p.targetMax_s());
            }
            wayOut = false;
            double step = dt * scale;
            double from = Math.max(t[0], start_s - MARGIN_S * scale);
            double to = Math.min(t[t.length - 1], p.end_s() + delay_s + MARGIN_S * scale);
            int n = (int) Math.floor((to - from) / step) + 1;
            if (n < 8) continue;
            double[] speed = speed(resampled(t, v, from, step, n, dt), dt);
            for (int i = 0; i < n; i++) speed[i] = Math.abs(speed[i]);
            worst = Math.min(worst, Sparc.of(speed, dt));
        }
        double stoppedWay = MidMovementStop.stoppedWaySparc(e, even, restEnd_s);
        return new Measure(Math.min(worst, stoppedWay), stoppedWay);
    }

    /**
     * The rotation v at times t resampled on n points from from_s every step_s (linear interpolation)
     * and low-passed ({@link #smooth}) as a series sampled every dt_s (a phase slowed down for judging
     * is resampled more coarsely but filtered as if at its own pace).
     */
    static double[] resampled(double[] t, double[] v, double from_s, double step_s, int n, double dt_s) {
        double[] angle = new double[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            double a = from_s + i * step_s;
            while (k < t.length - 2 && t[k + 1] < a) k++;
            angle[i] = interpolate(t, v, k, a);
        }
        smooth(angle, dt_s);
        return angle;
    }

    /** Central-difference speed of a series sampled every dt_s (one-sided at its ends), units per second, signed. */
    static double[] speed(double[] x, double dt_s) {
        int n = x.length;
        double[] speed = new double[n];
        for (int i = 0; i < n; i++) {
            int lo = Math.max(0, i - 1);
            int hi = Math.min(n - 1, i + 1);
            speed[i] = hi == lo ? 0 : (x[hi] - x[lo]) / ((hi - lo) * dt_s);
        }
        return speed;
    }

    /**
     * Zero-phase low-pass at {@link #CUTOFF_HZ} (a critically damped two-pole filter run forwards and
     * backwards): removes tremor and sensor noise, which at the pelvis's small rotations would
     * otherwise dominate the speed spectrum, and leaves the movement (well below 1 Hz) intact.
     */
    static void smooth(double[] x, double dt) {
        double a = 1 - Math.exp(-2 * Math.PI * CUTOFF_HZ * dt);
        for (int pass = 0; pass < 2; pass++) {
            double s1 = x[0];
            double s2 = x[0];
            for (int i = 0; i < x.length; i++) {
                s1 += a * (x[i] - s1);
                s2 += a * (s1 - s2);
                x[i] = s2;
            }
            s1 = x[x.length - 1];
            s2 = x[x.length - 1];
            for (int i = x.length - 1; i >= 0; i--) {
                s1 += a * (x[i] - s1);
                s2 += a * (s1 - s2);
                x[i] = s2;
            }
        }
    }

    private static double interpolate(double[] t, double[] v, int k, double at) {
        int i = Math.max(0, Math.min(t.length - 2, k));
        while (i > 0 && t[i] > at) i--;
        while (i < t.length - 2 && t[i + 1] < at) i++;
        double span = t[i + 1] - t[i];
        double f = span <= 0 ? 0 : Math.max(0, Math.min(1, (at - t[i]) / span));
        return v[i] + f * (v[i + 1] - v[i]);
    }

    static double medianInterval(double[] t) {
        int n = Math.min(t.length - 1, 64);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = t[i + 1] - t[i];
        java.util.Arrays.sort(d);
        return d[n / 2];
    }
}

package com.reptempo.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts repeated push-and-pull movements (custom exercises, e.g. a barbell lift with the sensor
 * at the wrist) in a band-passed signal with hysteresis: a rep is counted each time the signal
 * rises above +h after having been below -h (or since the start), where h is {@link #HYSTERESIS}
 * of the signal's typical swing (its {@link #AMPLITUDE_QUANTILE} quantile of absolute values).
 * Live, the typical swing is estimated from the signal so far ({@link #LIVE_AMPLITUDE} of its
 * largest value); the set's final count is made again over the whole set with the exact quantile.
 */
final class CycleCounter {
    static final double HYSTERESIS = 0.4;
    static final double AMPLITUDE_QUANTILE = 0.95;
    static final double LIVE_AMPLITUDE = 0.85;

    /** A rep: from the moment the signal left the low band before it, through its peak, to the next. */
    record Cycle(double start_s, double peak_s, double end_s) {
    }

    private double[] t = new double[1024];
    private double[] v = new double[1024];
    private int n;
    private double maxAbs;
    private int state;
    private double lowExit_s = Double.NaN;
    private double peak = Double.NEGATIVE_INFINITY;
    private double peak_s;
    private double pendingStart_s;
    private boolean open;

    /** Feeds one value; returns a rep completed live (when the next swing begins), or null. */
    Cycle accept(double t_s, double x) {
        if (n == t.length) {
            t = Arrays.copyOf(t, n * 2);
            v = Arrays.copyOf(v, n * 2);
        }
        t[n] = t_s;
        v[n] = x;
        n++;
        if (Double.isNaN(lowExit_s)) lowExit_s = t_s;
        maxAbs = Math.max(maxAbs, Math.abs(x));
        double h = HYSTERESIS * LIVE_AMPLITUDE * maxAbs;
        return step(t_s, x, h);
    }

    private Cycle step(double t_s, double x, double h) {
        Cycle done = null;
        if (state <= 0 && x > h) {
            if (open) done = new Cycle(pendingStart_s, peak_s, t_s);
            state = 1;
            open = true;
            pendingStart_s = lowExit_s;
            peak = x;
            peak_s = t_s;
        } else if (state == 1) {
            if (x > peak) {
                peak = x;
                peak_s = t_s;
            } else if (x < -h) {
                state = -1;
            }
        }
        if (state == -1 && x >= -h && x < h) lowExit_s = t_s;
        return done;
    }

    /** Every rep of the whole set, counted with the set's own typical swing. */
    List<Cycle> finalCycles() {
        List<Cycle> out = new ArrayList<>();
        if (n == 0) return out;
        double[] a = new double[n];
        for (int i = 0; i < n; i++) a[i] = Math.abs(v[i]);
        Arrays.sort(a);
        double h = HYSTERESIS * a[Math.min(n - 1, (int) Math.floor(AMPLITUDE_QUANTILE * (n - 1)))];
        CycleCounter replay = new CycleCounter();
        for (int i = 0; i < n; i++) {
            Cycle c = replay.step(t[i], v[i], h);
            replay.lowExit_s = Double.isNaN(replay.lowExit_s) ? t[i] : replay.lowExit_s;
            if (c != null) out.add(c);
        }
        if (replay.open) out.add(new Cycle(replay.pendingStart_s, replay.peak_s, t[n - 1]));
        return out;
    }
}

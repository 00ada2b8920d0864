package com.reptempo.pipeline;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

/**
 * Counts the reps of a custom exercise as they happen and over the whole set
 * ({@link CycleAnalysis} does the counting; docs/PIPELINE.md §10).
 *
 * <p>Samples are averaged in blocks down to about {@link #ANALYSIS_RATE_HZ} (reps are slower than
 * 2 Hz) and kept. Live, every half rep period ({@link #MIN_LIVE_EVERY_S}-{@link #MAX_LIVE_EVERY_S})
 * the latest stretch (three rep periods, {@link #MIN_WINDOW_S}-{@link #MAX_WINDOW_S}) is analysed
 * again, which keeps the work per hour of signal about constant whatever the pace; a rep is
 * reported when the next one begins, i.e. one to one and a half rep periods after its peak. At the
 * end of the set, {@link #finalCycles()} analyses the whole set at once, so the final count does
 * not depend on how the samples were fed.
 */
final class CycleCounter {
    static final double ANALYSIS_RATE_HZ = 12.5;
    /** Live, the latest stretch is analysed again every half rep period, within these bounds. */
    static final double MIN_LIVE_EVERY_S = 2.0;
    static final double MAX_LIVE_EVERY_S = 5.0;
    /** The live stretch: three rep periods, but long enough to find a period of up to 12 s. */
    static final double WINDOW_PERIODS = 3;
    static final double MIN_WINDOW_S = 20;
    static final double MAX_WINDOW_S = 45;
    /** Live, a rep start closer than this share of the period to the last one reported is that start seen again. */
    static final double SAME_RISE_SHARE = 0.5;

    private final CycleSettings settings;
    /** Live, partial reps at the ends of a stretch are still being judged: nothing is dropped. */
    private final CycleSettings liveSettings;
    private double[] axis;
    private final int block;
    private final double rate_hz;
    private final double rawInterval_s;
    private double[] t = new double[256];
    private double[] x = new double[256];
    private double[] y = new double[256];
    private double[] z = new double[256];
    private int n;
    private int inBlock;
    private double sumT;
    private double sumX;
    private double sumY;
    private double sumZ;
    private double lastRaw_s = Double.NaN;
    private double nextLive_s = Double.NaN;
    private double period_s = CycleAnalysis.DEFAULT_PERIOD_S;
    private double openStart_s = Double.NaN;
    private double openPeak_s = Double.NaN;
    private final ArrayDeque<CycleAnalysis.Cycle> ready = new ArrayDeque<>();

    /**
     * @param sampleRate_hz the rate samples arrive at
     */
    CycleCounter(double sampleRate_hz, CycleSettings settings) {
        this.settings = settings;
        this.liveSettings = settings.withEdgeShare(0);
        this.block = Math.max(1, (int) Math.round(sampleRate_hz / ANALYSIS_RATE_HZ));
        this.rate_hz = sampleRate_hz / block;
        this.rawInterval_s = 1 / sampleRate_hz;
    }

    /**
     * Feeds one acceleration sample (g); returns a rep completed live, or null. Samples more than
     * two sample intervals apart (a dropout) close the current block early.
     */
    CycleAnalysis.Cycle accept(double t_s, double ax_g, double ay_g, double az_g) {
        if (inBlock > 0 && t_s - lastRaw_s > 2 * rawInterval_s) flush();
        lastRaw_s = t_s;
        sumT += t_s;
        sumX += ax_g;
        sumY += ay_g;
        sumZ += az_g;
        if (++inBlock == block) {
            flush();
            live();
        }
        return ready.poll();
    }

    private void flush() {
        if (inBlock == 0) return;
        if (n == t.length) {
            t = Arrays.copyOf(t, n * 2);
            x = Arrays.copyOf(x, n * 2);
            y = Arrays.copyOf(y, n * 2);
            z = Arrays.copyOf(z, n * 2);
        }
        t[n] = sumT / inBlock;
        x[n] = sumX / inBlock;
        y[n] = sumY / inBlock;
        z[n] = sumZ / inBlock;
        n++;
        inBlock = 0;
        sumT = 0;
        sumX = 0;
        sumY = 0;
        sumZ = 0;
    }

    /** Re-analyses the latest stretch and queues the reps completed since the last report. */
    private void live() {
        double now = t[n - 1];
        if (Double.isNaN(nextLive_s)) nextLive_s = t[0] + MIN_LIVE_EVERY_S;
        if (now < nextLive_s) return;
        double window_s = Math.max(MIN_WINDOW_S, Math.min(MAX_WINDOW_S, WINDOW_PERIODS * period_s));
        int from = n - 1;
        while (from > 0 && now - t[from - 1] <= window_s) from--;
        CycleAnalysis.Result r = CycleAnalysis.analyze(t, x, y, z, from, n, rate_hz, liveSettings, axis);
        period_s = r.period_s();
        if (r.axis() != null) axis = r.axis();
        nextLive_s = now + Math.max(MIN_LIVE_EVERY_S, Math.min(MAX_LIVE_EVERY_S, period_s / 2));
        // the first period of a stretch that does not begin the set is the filter settling
        double settled_s = from == 0 ? t[0] : t[from] + period_s;
        for (CycleAnalysis.Cycle c : r.cycles()) {
            if (c.start_s() < settled_s) continue;
            if (!Double.isNaN(openStart_s) && c.start_s() < openStart_s + SAME_RISE_SHARE * period_s) continue;
            if (!Double.isNaN(openStart_s)) ready.add(new CycleAnalysis.Cycle(openStart_s, openPeak_s, c.start_s()));
            openStart_s = c.start_s();
            openPeak_s = c.peak_s();
        }
    }

    /** Every rep of the whole set, counted over the whole set. */
    List<CycleAnalysis.Cycle> finalCycles() {
        flush();
        return CycleAnalysis.analyze(t, x, y, z, 0, n, rate_hz, settings, null).cycles();
    }
}

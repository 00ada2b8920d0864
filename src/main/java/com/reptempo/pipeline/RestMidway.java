package com.reptempo.pipeline;

/**
 * A movement that passes through a rest on its way out and again on its way back: the rest lies in
 * its middle, so the detector measured it from a wrong start (the top of a neighbouring rep whose
 * return it swallowed, typically when the sides alternate and the detector's rest stuck at one side's
 * top). Judged as it is, it has one long way out with a stop in it, a doubled range and a doubled
 * pelvis rotation: too slow, jerky and unstable pelvis by construction, faults of the measurement and
 * not of the person. The rep itself is the part between the two rests, rotated from that rest.
 *
 * <p>A body at rest holds one orientation within a small band for a while; a movement, however slow,
 * passes through the middle of its travel faster than that (a minimum-jerk way is at its fastest
 * there). A genuine pause in the middle of a rep (jerky) stops one way only: the way back of a rep
 * does not stop at the very orientation where its way out paused, and that way out does not then
 * continue beyond it to a top twice as far. So a still stretch of at least {@link #MIN_REST_S} on each
 * way, at the same level (within {@link #SAME_LEVEL_FRACTION} of the peak) and well inside the travel
 * ({@link #MIN_LEVEL_FRACTION} to {@link #MAX_LEVEL_FRACTION}, and {@link #MIN_PART_WOBBLES} from the start
 * and the top), marks the rest, provided the movement
 * really went on below it at both ends (by at least {@link #MIN_ONWARD_FRACTION} of the peak, more than the
 * still band and the level tolerance): a very slow foot of a genuine rep, or a way back that the detector cut
 * off while it crept down, ends at it. (The detector may end the movement early in the neighbour's way, so
 * the way on beyond the rest need not be long.)
 */
final class RestMidway {
    /**
     * A still stretch is at least this long: the shortest pause between reps (0.5 s) and the slow feet of the
     * movements on either side of it; a pause in the middle of a genuine rep stops one way only.
     */
    static final double MIN_REST_S = 1.0;
    /** Still means within this fraction of the peak (peak to peak) over the stretch. */
    static final double STILL_BAND_FRACTION = 0.06;
    /** ... and never less than this many rest wobbles (the peak over its Mahalanobis distance). */
    static final double STILL_BAND_WOBBLES = 3;
    /** The two rests must lie at the same orientation: levels within this fraction of the peak. */
    static final double SAME_LEVEL_FRACTION = 0.1;
    /**
     * The rest must lie at least this many rest wobbles above the start and below the top: in a smaller
     * movement a breath can stall a slow passage for a second (the same limit as {@link FormJudge#MIN_SMOOTHNESS_SNR}).
     */
    static final double MIN_PART_WOBBLES = 10;
    /** Beyond each rest the movement went on below it by at least this fraction of the peak (a neighbour's way began). */
    static final double MIN_ONWARD_FRACTION = 0.1;
    /** The rest lies at least this fraction of the peak above the start (the swallowed part is a real movement) ... */
    static final double MIN_LEVEL_FRACTION = 0.25;
    /** ... and at most this fraction (what is left above it is a real rep). */
    static final double MAX_LEVEL_FRACTION = 0.75;

    private RestMidway() {
    }

    /** The rep between the two rests, rotated from them; e itself when it has no rest in its middle. */
    static Excursion inner(Excursion e) {
        double[] t = e.t_s();
        double[] v = e.phi_deg();
        int n = v.length;
        if (n < 8 || !(e.peak_deg() > 0)) return e;
        int top = 0;
        for (int i = 1; i < n; i++) if (v[i] > v[top]) top = i;
        double max = v[top];
        if (!(max > 0)) return e;
        double wobble_deg = e.peakZ() > 0 ? e.peak_deg() / e.peakZ() : 0;
        double band = Math.max(STILL_BAND_FRACTION * max, STILL_BAND_WOBBLES * wobble_deg);
        int[] out = lastStill(t, v, 0, top, band, max, true);
        if (out == null) return e;
        int[] back = lastStill(t, v, top, n - 1, band, max, false);
        if (back == null) return e;
        double levelOut = mean(v, out[0], out[1]);
        double levelBack = mean(v, back[0], back[1]);
        if (Math.abs(levelOut - levelBack) > SAME_LEVEL_FRACTION * max) return e;
        // Both swallowed parts are movements of their own: from below the rest before it, back below it after.
        if (min(v, 0, out[0]) > levelOut - MIN_ONWARD_FRACTION * max) return e;
        if (min(v, back[1], n - 1) > levelBack - MIN_ONWARD_FRACTION * max) return e;
        double level = 0.5 * (levelOut + levelBack);
        if (Math.min(level, max - level) < MIN_PART_WOBBLES * wobble_deg) return e;
        int a = out[0];
        int b = back[1];
        int m = b - a + 1;
        double[] ti = new double[m];
        double[] theta = new double[m];
        double[] phi = new double[m];
        int peakAt = 0;
        for (int i = 0; i < m; i++) {
            ti[i] = t[a + i];
            phi[i] = v[a + i] - level;
            theta[i] = Math.abs(phi[i]);
            if (phi[i] > phi[peakAt]) peakAt = i;
        }
        double peak = phi[peakAt];
        return new Excursion(e.startIndex() + a, e.startIndex() + b, ti, theta, phi, peak, peakAt,
                e.peakZ() * peak / e.peak_deg(), e.dirX(), e.dirY(), e.dirZ(), e.upX(), e.upY(), e.upZ(), e.end(), 0);
    }

    /**
     * The still stretch [first, last] within from..to nearest the top (towards the top when out, else away from it)
     * whose level lies within the allowed fractions of max; null when there is none. A stretch starting at i runs to
     * the last j with the values of i..j within band; that j never decreases as i grows, so one pass with the window's
     * running minimum and maximum (monotonic queues of indices) finds them all in linear time.
     */
    private static int[] lastStill(double[] t, double[] v, int from, int to, double band, double max, boolean out) {
        int[] found = null;
        int[] lows = new int[to - from + 1];
        int[] highs = new int[to - from + 1];
        int lowHead = 0;
        int lowTail = 0;
        int highHead = 0;
        int highTail = 0;
        int j = from - 1;
        int i = from;
        while (i < to) {
            if (j < i) {
                j = i;
                lowHead = lowTail = highHead = highTail = 0;
                lows[lowTail++] = i;
                highs[highTail++] = i;
            }
            while (lowHead < lowTail && lows[lowHead] < i) lowHead++;
            while (highHead < highTail && highs[highHead] < i) highHead++;
            while (j + 1 <= to && Math.max(v[highs[highHead]], v[j + 1]) - Math.min(v[lows[lowHead]], v[j + 1]) <= band) {
                j++;
                while (lowTail > lowHead && v[lows[lowTail - 1]] >= v[j]) lowTail--;
                lows[lowTail++] = j;
                while (highTail > highHead && v[highs[highTail - 1]] <= v[j]) highTail--;
                highs[highTail++] = j;
            }
            double level = 0.5 * (v[lows[lowHead]] + v[highs[highHead]]);
            if (t[j] - t[i] >= MIN_REST_S && level >= MIN_LEVEL_FRACTION * max && level <= MAX_LEVEL_FRACTION * max) {
                found = new int[] {i, j};
                if (!out) return found;
                i = j + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    private static double min(double[] v, int a, int b) {
        double m = Double.POSITIVE_INFINITY;
        for (int i = a; i <= b; i++) m = Math.min(m, v[i]);
        return m;
    }

    private static double mean(double[] v, int a, int b) {
        double s = 0;
        for (int i = a; i <= b; i++) s += v[i];
        return s / (b - a + 1);
    }
}

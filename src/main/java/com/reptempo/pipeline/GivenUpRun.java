package com.reptempo.pipeline;

import java.util.Arrays;

/**
 * The movements judged given up part-way since the last rep, to catch a wrong typical range. A
 * person gives up an attempt now and then, at varying points of the way (35-60 % of her range);
 * she does not give up the same way several times in a row. A run of {@link #RUN} such movements
 * with no rep between, all of one size ({@link #SPREAD}), is her reps, measured against a typical
 * range learned from a first "rep" that was none (getting into position: 4.8 degrees against reps
 * of 2.3). The caller then learns the typical range afresh and counts them late.
 *
 * <p>Fixed storage: one small record per movement judged given up, nothing per sample.
 */
final class GivenUpRun {
    /** Movements given up in a row, of one size, that overturn the typical range. */
    static final int RUN = 3;
    /** Each movement of such a run lies within this fraction of the run's median range (reps vary by about ±12 %). */
    static final double SPREAD = 0.2;
    /** Movements remembered since the last rep: the earlier ones of the run's size are reps too. */
    static final int HISTORY = 8;

    private final TimedMovement[] movements = new TimedMovement[HISTORY];
    private final double[] last_deg = new double[RUN];
    private int count;
    private double median_deg = Double.NaN;

    /**
     * Remembers a movement judged given up part-way.
     *
     * @return true when the last {@link #RUN} are of one size: {@link #ofRunSize} then tells which
     *         of the remembered movements belong to the run
     */
    boolean add(Excursion e, RepTiming timing) {
        if (count == HISTORY) {
            System.arraycopy(movements, 1, movements, 0, HISTORY - 1);
            count--;
        }
        movements[count] = new TimedMovement(e, timing);
        count++;
        if (count < RUN) return false;
        for (int i = 0; i < RUN; i++) last_deg[i] = movements[count - RUN + i].excursion().peak_deg();
        Arrays.sort(last_deg);
        double median = last_deg[RUN / 2];
        for (double r : last_deg) if (!near(r, median)) return false;
        median_deg = median;
        return true;
    }

    /** A rep that tells nothing about a wrong range has come (or the set restarted): forget. */
    void clear() {
        count = 0;
        median_deg = Double.NaN;
    }

    int size() {
        return count;
    }

    TimedMovement movement(int i) {
        return movements[i];
    }

    /** True when remembered movement i is of the size of the run just found. */
    boolean ofRunSize(int i) {
        return near(movements[i].excursion().peak_deg(), median_deg);
    }

    private static boolean near(double range_deg, double median_deg) {
        return Math.abs(range_deg - median_deg) <= SPREAD * median_deg;
    }
}

package com.reptempo.pipeline;

import java.util.Arrays;

/**
 * Median of the values added so far (a set has tens of reps): the values are kept sorted, each new
 * one inserted in place (in the order of {@link Double#compare}, the order {@link Arrays#sort(double[])} gives).
 */
final class RunningMedian {
    private double[] sorted = new double[16];
    private int n;

    void add(double v) {
        if (n == sorted.length) sorted = Arrays.copyOf(sorted, n * 2);
        int i = n;
        while (i > 0 && Double.compare(sorted[i - 1], v) > 0) {
            sorted[i] = sorted[i - 1];
            i--;
        }
        sorted[i] = v;
        n++;
    }

    /** Forgets every value. */
    void clear() {
        n = 0;
    }

    private double[] sorted() {
        return sorted;
    }

    int size() {
        return n;
    }

    /** The lower of the two middle values (the median for an odd count). */
    double lowerMedian() {
        if (n == 0) return Double.NaN;
        return sorted()[(n - 1) / 2];
    }

    /** The k-th largest value (k from 1), or NaN when there are fewer. */
    double largest(int k) {
        if (k < 1 || k > n) return Double.NaN;
        return sorted()[n - k];
    }

    double median() {
        if (n == 0) return Double.NaN;
        double[] s = sorted();
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}

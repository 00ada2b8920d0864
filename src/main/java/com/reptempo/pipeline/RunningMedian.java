package com.reptempo.pipeline;

import java.util.Arrays;

/** Median of the values added so far (a set has tens of reps: a sorted copy, kept until the next value). */
final class RunningMedian {
    private double[] values = new double[16];
    private double[] sorted;
    private int n;

    void add(double v) {
        if (n == values.length) values = Arrays.copyOf(values, n * 2);
        values[n++] = v;
        sorted = null;
    }

    private double[] sorted() {
        if (sorted == null) {
            sorted = Arrays.copyOf(values, n);
            Arrays.sort(sorted);
        }
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

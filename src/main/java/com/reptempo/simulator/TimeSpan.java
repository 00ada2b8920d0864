package com.reptempo.simulator;

/**
 * An interval of session time.
 *
 * @param start_s start, seconds since the first sample
 * @param end_s   end, seconds since the first sample
 */
public record TimeSpan(double start_s, double end_s) {
    public TimeSpan {
        if (!(end_s >= start_s)) throw new IllegalArgumentException("a time span must not end before it starts");
    }

    /** Length, seconds. */
    public double duration_s() {
        return end_s - start_s;
    }

    /** True when {@code t_s} lies inside, ends included. */
    public boolean contains(double t_s) {
        return t_s >= start_s && t_s <= end_s;
    }
}

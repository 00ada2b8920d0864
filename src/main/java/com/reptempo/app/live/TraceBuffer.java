package com.reptempo.app.live;

/**
 * The recent motion trace for the live chart: the reader thread appends (time, value) points,
 * the screen takes the points it has not seen yet. Bounded: only the last {@code capacity}
 * points are kept, so an hour-long session uses no more memory than a minute.
 */
public final class TraceBuffer {
    /** Points handed to the screen: times and values, same length. */
    public record Points(double[] t_s, double[] value) {
        public int size() {
            return t_s.length;
        }
    }

    private final double[] times;
    private final double[] values;
    private long written;
    private long read;

    public TraceBuffer(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be positive");
        times = new double[capacity];
        values = new double[capacity];
    }

    /** Adds a point (reader thread). */
    public synchronized void add(double t_s, double value) {
        int i = (int) (written % times.length);
        times[i] = t_s;
        values[i] = value;
        written++;
    }

    /** The points added since the last call, oldest first (at most the capacity). */
    public synchronized Points takeNew() {
        long from = Math.max(read, written - times.length);
        int n = (int) (written - from);
        double[] t = new double[n];
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            int i = (int) ((from + k) % times.length);
            t[k] = times[i];
            v[k] = values[i];
        }
        read = written;
        return new Points(t, v);
    }

    /** Forgets everything (a new set). */
    public synchronized void clear() {
        written = 0;
        read = 0;
    }
}

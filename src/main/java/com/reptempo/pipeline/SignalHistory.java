package com.reptempo.pipeline;

/**
 * The recent motion signal, sample by sample, addressed by absolute sample number: time, the
 * gravity direction and the rest reference it was compared with. A ring buffer of primitive
 * arrays (no allocation per sample) that keeps at least the samples from {@link #pin(long)} on,
 * growing when a long rep needs more.
 */
final class SignalHistory {
    static final int FIELDS = 8;
    static final int T = 0;
    static final int GX = 1;
    static final int GY = 2;
    static final int GZ = 3;
    static final int RX = 4;
    static final int RY = 5;
    static final int RZ = 6;
    static final int Z = 7;
    private static final int MAX_CAPACITY = 1 << 24;

    private double[] data;
    private int mask;
    private long next;
    private long pinned = -1;

    SignalHistory(int initialCapacityPow2) {
        int cap = Integer.highestOneBit(Math.max(64, initialCapacityPow2));
        data = new double[cap * FIELDS];
        mask = cap - 1;
    }

    /** Appends a sample; returns its absolute number. */
    long add(double t_s, double gx, double gy, double gz, double rx, double ry, double rz, double z) {
        if (pinned >= 0 && next - pinned >= mask + 1) grow();
        int o = (int) (next & mask) * FIELDS;
        data[o] = t_s;
        data[o + GX] = gx;
        data[o + GY] = gy;
        data[o + GZ] = gz;
        data[o + RX] = rx;
        data[o + RY] = ry;
        data[o + RZ] = rz;
        data[o + Z] = z;
        return next++;
    }

    /** Keeps every sample from this absolute number on (or -1 to keep only the most recent ones). */
    void pin(long from) {
        pinned = from;
    }

    /** Number of samples added so far. */
    long size() {
        return next;
    }

    /** Oldest absolute number still held. */
    long oldest() {
        return Math.max(0, next - (mask + 1));
    }

    double get(long index, int field) {
        if (index < oldest() || index >= next) throw new IndexOutOfBoundsException("sample " + index + " not held");
        return data[(int) (index & mask) * FIELDS + field];
    }

    /**
     * The earliest index, not before lowest, from which every sample up to last lies within
     * window_s of last's time (walking back from last).
     */
    long windowStart(long last, double window_s, long lowest) {
        double t_s = get(last, T);
        long k = last;
        while (k > lowest && t_s - get(k - 1, T) <= window_s) k--;
        return k;
    }

    /** Chord angle between the gravity directions of samples i and j, degrees ({@link Angles#chordDeg}). */
    double gravityChordDeg(long i, long j) {
        return Angles.chordDeg(get(i, GX) - get(j, GX), get(i, GY) - get(j, GY), get(i, GZ) - get(j, GZ));
    }

    /** Sets sum to the sums of the gravity directions of samples from..to (added in that order). */
    void sumGravity(long from, long to, double[] sum) {
        double sx = 0;
        double sy = 0;
        double sz = 0;
        for (long i = from; i <= to; i++) {
            sx += get(i, GX);
            sy += get(i, GY);
            sz += get(i, GZ);
        }
        sum[0] = sx;
        sum[1] = sy;
        sum[2] = sz;
    }

    private void grow() {
        int cap = mask + 1;
        if (cap >= MAX_CAPACITY) {
            pinned = -1;
            return;
        }
        double[] bigger = new double[cap * 2 * FIELDS];
        int newMask = cap * 2 - 1;
        for (long i = next - cap; i < next; i++) {
            System.arraycopy(data, (int) (i & mask) * FIELDS, bigger, (int) (i & newMask) * FIELDS, FIELDS);
        }
        data = bigger;
        mask = newMask;
    }
}

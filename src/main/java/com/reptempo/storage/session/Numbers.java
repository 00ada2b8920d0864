package com.reptempo.storage.session;

/** Small conversions for JSON: times rounded to microseconds, NaN as null. */
final class Numbers {
    private Numbers() {
    }

    /** {@code t_s} rounded to 1 µs, for a readable file. */
    static double time(double t_s) {
        return Math.rint(t_s * 1e6) / 1e6;
    }

    /** null for NaN or infinity (JSON has no NaN), else the value. */
    static Double orNull(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** NaN for null, else the value. */
    static double orNaN(Double v) {
        return v == null ? Double.NaN : v;
    }
}

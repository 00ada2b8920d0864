package com.reptempo.storage.session.importing;

import java.util.Arrays;

/** A growing table of time and three axes (one sensor of an imported file). */
final class Series {
    double[] t = new double[1024];
    double[] x = new double[1024];
    double[] y = new double[1024];
    double[] z = new double[1024];
    int n;

    void add(double t_s, double vx, double vy, double vz) {
        if (n == t.length) {
            int cap = n * 2;
            t = Arrays.copyOf(t, cap);
            x = Arrays.copyOf(x, cap);
            y = Arrays.copyOf(y, cap);
            z = Arrays.copyOf(z, cap);
        }
        t[n] = t_s;
        x[n] = vx;
        y[n] = vy;
        z[n] = vz;
        n++;
    }

    double first_s() {
        return t[0];
    }

    double last_s() {
        return t[n - 1];
    }

    /** The index i (from {@code from} on) with t[i] <= at < t[i+1], clamped to [0, n-2]. */
    int locate(int from, double at) {
        int i = Math.max(0, from);
        while (i < n - 2 && t[i + 1] <= at) i++;
        return i;
    }

    /** Linear interpolation of axis {@code v} at {@code at} between rows i and i+1 (clamped at the ends). */
    double lerp(double[] v, int i, double at) {
        if (n == 1) return v[0];
        double span = t[i + 1] - t[i];
        double f = span <= 0 ? 0 : (at - t[i]) / span;
        return v[i] + Math.max(0, Math.min(1, f)) * (v[i + 1] - v[i]);
    }
}

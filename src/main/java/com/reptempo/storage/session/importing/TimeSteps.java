package com.reptempo.storage.session.importing;

import java.util.Arrays;
import java.util.Locale;

/** The rate and regularity of a time column, from its steps. */
record TimeSteps(double median_s, double p05_s, double p95_s) {
    static TimeSteps of(double[] t_s, int n) {
        if (n < 2) return new TimeSteps(0, 0, 0);
        double[] d = new double[n - 1];
        for (int i = 1; i < n; i++) d[i - 1] = t_s[i] - t_s[i - 1];
        Arrays.sort(d);
        return new TimeSteps(d[d.length / 2], d[(int) (d.length * 0.05)], d[Math.min(d.length - 1, (int) (d.length * 0.95))]);
    }

    double rate_hz() {
        return median_s > 0 ? 1 / median_s : 0;
    }

    /** True when 90 % of steps are within 25 % of the median. */
    boolean regular() {
        return p05_s > 0.75 * median_s && p95_s < 1.25 * median_s;
    }

    String describe() {
        return String.format(Locale.ROOT, "median step %.2f ms, 90 %% of steps within %.2f..%.2f ms", median_s * 1e3, p05_s * 1e3, p95_s * 1e3);
    }
}

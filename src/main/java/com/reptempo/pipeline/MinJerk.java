package com.reptempo.pipeline;

/**
 * The minimum-jerk point-to-point profile of Flash and Hogan (1985),
 * {@code s(u) = 10u^3 - 15u^4 + 6u^5} for {@code u} in 0..1: the standard model of a smooth,
 * unhurried movement, used to find where a movement phase really starts and ends from the part
 * of it that stands clear of the noise.
 */
final class MinJerk {
    private static final int TABLE = 1024;
    private static final double TABLE_FROM = 0.05;
    private static final double[] INVERSE = table();

    private static double[] table() {
        double[] t = new double[TABLE + 1];
        for (int i = 0; i <= TABLE; i++) t[i] = bisect((double) i / TABLE);
        return t;
    }
    private MinJerk() {
    }

    /** Fraction of the distance covered at time fraction u. */
    static double position(double u) {
        if (u <= 0) return 0;
        if (u >= 1) return 1;
        return u * u * u * (10 - 15 * u + 6 * u * u);
    }

    /** Speed at time fraction u, in distances per duration (peak 1.875 at u = 0.5). */
    static double speed(double u) {
        if (u <= 0 || u >= 1) return 0;
        double v = u * (1 - u);
        return 30 * v * v;
    }

    /**
     * Time fraction at which the fraction s of the distance is covered (inverse of
     * {@link #position}): interpolated in a table away from the ends, by bisection near them where
     * the profile is flat.
     */
    static double timeAt(double s) {
        if (s <= 0) return 0;
        if (s >= 1) return 1;
        if (s >= TABLE_FROM && s <= 1 - TABLE_FROM) {
            double x = s * TABLE;
            int i = (int) x;
            return INVERSE[i] + (x - i) * (INVERSE[i + 1] - INVERSE[i]);
        }
        return bisect(s);
    }

    private static double bisect(double s) {
        double lo = 0;
        double hi = 1;
        for (int k = 0; k < 40; k++) {
            double mid = (lo + hi) / 2;
            if (position(mid) < s) lo = mid;
            else hi = mid;
        }
        return (lo + hi) / 2;
    }
}

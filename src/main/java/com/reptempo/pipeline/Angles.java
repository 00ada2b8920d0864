package com.reptempo.pipeline;

/** Angles between unit vectors (gravity directions) from the length of their difference. */
final class Angles {
    private static final double RAD_TO_DEG = 180 / Math.PI;

    private Angles() {
    }

    static double chordDeg(double dx, double dy, double dz) {
        return chordSqToDeg(chordSq(dx, dy, dz));
    }

    /** The squared length of a difference of unit vectors (a squared chord): no square root. */
    static double chordSq(double dx, double dy, double dz) {
        return dx * dx + dy * dy + dz * dz;
    }

    /** The angle of a squared chord ({@link #chordSq}), degrees. */
    static double chordSqToDeg(double chordSq) {
        return chordToDeg(Math.sqrt(chordSq));
    }

    /**
     * The largest squared chord whose angle ({@link #chordToDeg}) is at most deg, degrees, for
     * comparing a rotation with a fixed limit on the per-sample path without a square root or
     * series: {@code chordSq(d) <= chordSqAtMost(deg)} is {@code chordDeg(d) <= deg}. Found by
     * bisection on {@link #chordToDeg} itself (0 to 180 degrees), so the two agree but for a chord
     * within a rounding step of the limit.
     */
    static double chordSqAtMost(double deg) {
        double lo = 0;
        double hi = 2;
        for (int k = 0; k < 200 && Math.nextUp(lo) < hi; k++) {
            double mid = lo + (hi - lo) / 2;
            if (chordToDeg(mid) <= deg) lo = mid;
            else hi = mid;
        }
        return lo * lo;
    }

    /**
     * Taylor coefficients of asin about 0 ((2n)! / (4^n (n!)^2 (2n+1)), n = 0..11): with 12 terms the
     * series is within 1e-10 rad of asin up to 0.5.
     */
    private static final double[] ASIN_SERIES = {1, 1.0 / 6, 3.0 / 40, 5.0 / 112, 35.0 / 1152, 63.0 / 2816,
            231.0 / 13312, 143.0 / 10240, 6435.0 / 557056, 12155.0 / 1245184, 46189.0 / 5505024, 88179.0 / 12058624};

    /**
     * The angle between two unit vectors whose difference has this length, degrees. Cheaper than
     * {@link Math#asin}, which the per-sample path would otherwise call for every large rotation
     * (getting into position): rotations of a few tens of degrees use the first five terms of the
     * series of asin (error below 3e-5 degrees up to 41 degrees); larger ones the whole series up
     * to half the chord 0.5 (60 degrees) and beyond it the identity asin x = pi/2 - 2 asin sqrt((1 - x) / 2)
     * (error below 1e-7 degrees).
     */
    static double chordToDeg(double chord) {
        double x = chord / 2;
        if (x < 0.35) {
            double x2 = x * x;
            return 2 * RAD_TO_DEG * x * (1 + x2 * (1.0 / 6 + x2 * (3.0 / 40 + x2 * (15.0 / 336 + x2 * (105.0 / 3456)))));
        }
        if (x <= 0.5) return 2 * RAD_TO_DEG * asinSeries(x);
        double y = Math.sqrt(Math.max(0, (1 - x) / 2));
        return 2 * RAD_TO_DEG * (Math.PI / 2 - 2 * asinSeries(y));
    }

    /** asin x for 0 <= x <= 0.5 by its Taylor series. */
    private static double asinSeries(double x) {
        double x2 = x * x;
        double sum = 0;
        for (int n = ASIN_SERIES.length - 1; n >= 0; n--) sum = sum * x2 + ASIN_SERIES[n];
        return x * sum;
    }
}

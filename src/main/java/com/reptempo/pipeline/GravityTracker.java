package com.reptempo.pipeline;

/**
 * Estimates the direction of gravity in the sensor frame (a unit vector, "up" as the
 * accelerometer sees it) sample by sample.
 *
 * <p>With a gyroscope it is a complementary filter on the gravity vector: the vector is turned by
 * the bias-corrected angular rate ({@code dg/dt = -w x g}) and pulled towards the measured
 * acceleration direction with time constant {@link #FUSION_TAU_S}; the pull fades out when the
 * acceleration magnitude is far from gravity (bumps, knocks). Without a gyroscope it is the
 * normalised output of a critically damped second-order low-pass (two equal one-pole stages)
 * on the acceleration, which delays the signal by {@link #delay_s()}.
 *
 * <p>Accelerometer only, a knock (a push and stop of the clip, 0.2 g and more within about
 * 0.1 s) would pass the low-pass as a tilt spike of several degrees. A body lying or kneeling on
 * the floor neither turns nor accelerates fast enough to put the raw acceleration more than
 * {@link #KNOCK_DEVIATION_G} away from its own first-stage average (lag about 64 ms: a 40 deg/s
 * posture change is about 0.05 g off); a knock does within its first few milliseconds, rising
 * from below half that within {@link #KNOCK_RISE_S} (a turn's lag creeps over it instead). Such a
 * sample is held out: the first stage goes back to its value of two samples before (the knock
 * began before it crossed the limit) and keeps it (the second still settles on it) until the
 * raw acceleration has stayed within the limit for {@link #KNOCK_QUIET_S} (a knock's sine passes
 * zero in the middle, a held-out stretch must outlast that), at most {@link #KNOCK_MAX_HOLD_S}.
 * A deviation that outlasts the longest hold is real motion (the sensor in a hand, a fast
 * posture change): the filter takes the raw samples again and holds nothing more until the
 * deviation has been below the limit for the quiet time.
 *
 * <p>Time constants are per second of sample time, so any sample rate works.
 */
final class GravityTracker {
    /** Complementary filter: how fast the accelerometer corrects the integrated gyroscope. */
    static final double FUSION_TAU_S = 0.5;
    /** Accelerometer only: corner of each low-pass stage, Hz. */
    static final double LOW_PASS_HZ = 2.5;
    /** Accelerometer only: distance of the raw acceleration from the first low-pass stage that marks a knock, g. */
    static final double KNOCK_DEVIATION_G = 0.08;
    /** Accelerometer only: how long the deviation must stay below the limit before a knock's hold ends, seconds. */
    static final double KNOCK_QUIET_S = 0.05;
    /**
     * Accelerometer only: a knock's deviation rises from below half the limit to beyond it within this
     * time (a 0.2 g, 0.12 s knock reaches its peak in 0.03 s); a fast posture change creeps over the
     * limit as its lag grows, seconds.
     */
    static final double KNOCK_RISE_S = 0.03;
    /** Accelerometer only: longest hold; a knock lasts at most about 0.12 s and the clip rings on after it (4-8 Hz, decaying in about 0.12 s), anything longer is motion, seconds. */
    static final double KNOCK_MAX_HOLD_S = 0.4;
    private static final double DEG = Math.PI / 180;

    private final boolean gyro;
    private final double lowPassTau_s = 1 / (2 * Math.PI * LOW_PASS_HZ);
    private double biasX_dps;
    private double biasY_dps;
    private double biasZ_dps;
    private double gravity_g = 1.0;
    private boolean started;
    private double x;
    private double y;
    private double z;
    private double l1x;
    private double l1y;
    private double l1z;
    private double l2x;
    private double l2y;
    private double l2z;
    /** The first stage before the last sample (b1) and the one before (b2), for undoing a knock's onset. */
    private double b1x;
    private double b1y;
    private double b1z;
    private double b2x;
    private double b2y;
    private double b2z;
    /** Time in the current hold, seconds; negative when not holding. */
    private double held_s = -1;
    /** Time since the deviation was last below half the limit, seconds. */
    private double calm_s;
    /** Time the deviation has been below the limit, seconds. */
    private double quiet_s = KNOCK_QUIET_S;

    GravityTracker(boolean gyro) {
        this.gyro = gyro;
    }

    /** Uses a calibration: gyroscope offsets (deg/s) and the gravity magnitude the sensor reads (g). */
    void calibrate(double biasX_dps, double biasY_dps, double biasZ_dps, double gravity_g) {
        this.biasX_dps = biasX_dps;
        this.biasY_dps = biasY_dps;
        this.biasZ_dps = biasZ_dps;
        this.gravity_g = gravity_g;
    }

    /** Signal delay of the estimate, seconds (0 with a gyroscope). */
    double delay_s() {
        return gyro ? 0 : 2 * lowPassTau_s;
    }

    /** Feeds one sample; dt_s is the time since the previous sample. */
    void update(double dt_s, double ax, double ay, double az, double gx_dps, double gy_dps, double gz_dps) {
        double n = Math.sqrt(ax * ax + ay * ay + az * az);
        if (!started) {
            if (n == 0) return;
            x = ax / n;
            y = ay / n;
            z = az / n;
            l1x = l2x = b1x = b2x = ax;
            l1y = l2y = b1y = b2y = ay;
            l1z = l2z = b1z = b2z = az;
            started = true;
            return;
        }
        if (gyro && !Double.isNaN(gx_dps)) fuse(dt_s, ax, ay, az, n, gx_dps, gy_dps, gz_dps);
        else lowPass(dt_s, ax, ay, az);
    }

    private void fuse(double dt_s, double ax, double ay, double az, double n,
                      double gx_dps, double gy_dps, double gz_dps) {
        double wx = (gx_dps - biasX_dps) * DEG * dt_s;
        double wy = (gy_dps - biasY_dps) * DEG * dt_s;
        double wz = (gz_dps - biasZ_dps) * DEG * dt_s;
        double px = x - (wy * z - wz * y);
        double py = y - (wz * x - wx * z);
        double pz = z - (wx * y - wy * x);
        double off = Math.abs(n - gravity_g) / gravity_g;
        double trust = off < 0.05 ? 1 : off > 0.2 ? 0 : (0.2 - off) / 0.15;
        double k = trust * Math.min(1, dt_s / FUSION_TAU_S);
        if (n > 0) {
            double inv = 1 / n;
            px += k * (ax * inv - px);
            py += k * (ay * inv - py);
            pz += k * (az * inv - pz);
        }
        normalise(px, py, pz);
    }

    private void lowPass(double dt_s, double ax, double ay, double az) {
        double a = RestModel.smoothing(dt_s, lowPassTau_s);
        boolean wasHolding = held_s >= 0;
        if (!knocked(dt_s, ax - l1x, ay - l1y, az - l1z)) {
            b2x = b1x;
            b2y = b1y;
            b2z = b1z;
            b1x = l1x;
            b1y = l1y;
            b1z = l1z;
            l1x += a * (ax - l1x);
            l1y += a * (ay - l1y);
            l1z += a * (az - l1z);
        } else if (!wasHolding) {
            // the knock began before it crossed the limit: undo the last two samples it was already in
            l1x = b2x;
            l1y = b2y;
            l1z = b2z;
        }
        l2x += a * (l1x - l2x);
        l2y += a * (l1y - l2y);
        l2z += a * (l1z - l2z);
        normalise(l2x, l2y, l2z);
    }

    /** Whether this sample is held out of the low-pass as part of a knock; dx..dz is its distance from the first stage, g. */
    private boolean knocked(double dt_s, double dx, double dy, double dz) {
        double limit = KNOCK_DEVIATION_G * gravity_g;
        double d2 = dx * dx + dy * dy + dz * dz;
        boolean far = d2 > limit * limit;
        boolean armed = quiet_s >= KNOCK_QUIET_S;
        quiet_s = far ? 0 : quiet_s + dt_s;
        double sinceCalm_s = calm_s;
        calm_s = 4 * d2 < limit * limit ? 0 : calm_s + dt_s;
        if (held_s < 0) {
            if (!far || !armed || sinceCalm_s + dt_s > KNOCK_RISE_S) return false;
            held_s = 0;
            return true;
        }
        held_s += dt_s;
        if (held_s > KNOCK_MAX_HOLD_S || quiet_s >= KNOCK_QUIET_S) {
            held_s = -1;
            return false;
        }
        return true;
    }

    private void normalise(double px, double py, double pz) {
        double m = Math.sqrt(px * px + py * py + pz * pz);
        if (m > 0) {
            double inv = 1 / m;
            x = px * inv;
            y = py * inv;
            z = pz * inv;
        }
    }

    boolean started() {
        return started;
    }

    double x() {
        return x;
    }

    double y() {
        return y;
    }

    double z() {
        return z;
    }
}

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
 * <p>Time constants are per second of sample time, so any sample rate works.
 */
final class GravityTracker {
    /** Complementary filter: how fast the accelerometer corrects the integrated gyroscope. */
    static final double FUSION_TAU_S = 0.5;
    /** Accelerometer only: corner of each low-pass stage, Hz. */
    static final double LOW_PASS_HZ = 2.5;
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
            l1x = l2x = ax;
            l1y = l2y = ay;
            l1z = l2z = az;
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
        l1x += a * (ax - l1x);
        l1y += a * (ay - l1y);
        l1z += a * (az - l1z);
        l2x += a * (l1x - l2x);
        l2y += a * (l1y - l2y);
        l2z += a * (l1z - l2z);
        normalise(l2x, l2y, l2z);
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

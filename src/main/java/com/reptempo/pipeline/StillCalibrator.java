package com.reptempo.pipeline;

import com.reptempo.model.Sample;

/**
 * Finds the still period at the start of a recording and measures the calibration over it.
 *
 * <p>A window is still while every sample stays within {@link #MAX_TILT_DEG} of the window's
 * first acceleration direction, within {@link #MAX_MAGNITUDE_CHANGE} of its acceleration
 * magnitude and within {@link #MAX_RATE_CHANGE_DPS} of its first angular rate; any other sample
 * starts a new window. {@link #STILL_S} seconds of stillness complete the calibration. When no
 * still period has been found after {@link #TIMEOUT_S} seconds, the calibration is completed
 * with defaults (gyroscope offsets 0) so recordings that start moving are still analysed.
 */
final class StillCalibrator {
    /** Seconds of stillness needed. */
    static final double STILL_S = 1.0;
    /** Seconds after which defaults are used. */
    static final double TIMEOUT_S = 4.0;
    static final double MAX_TILT_DEG = 2.0;
    static final double MAX_MAGNITUDE_CHANGE = 0.05;
    static final double MAX_RATE_CHANGE_DPS = 8.0;
    private static final double COS_MAX_TILT = Math.cos(Math.toRadians(MAX_TILT_DEG));

    private double first_s = Double.NaN;
    private double windowStart_s;
    private final double[] ref = new double[7];
    private final double[] sum = new double[7];
    private double sumSq;
    private long n;
    private double allMagnitude;
    private long all;

    /** Feeds a sample; returns the calibration once complete, else null. */
    Calibration accept(Sample s) {
        if (Double.isNaN(first_s)) first_s = s.t_s();
        double m = s.accelMagnitude_g();
        allMagnitude += m;
        all++;
        if (n == 0 || !fits(s, m)) restart(s, m);
        n++;
        sum[0] += s.ax_g();
        sum[1] += s.ay_g();
        sum[2] += s.az_g();
        sum[3] += m;
        if (s.hasGyro()) {
            sum[4] += s.gx_dps();
            sum[5] += s.gy_dps();
            sum[6] += s.gz_dps();
        }
        double dot = m == 0 ? 1 : (s.ax_g() * ref[0] + s.ay_g() * ref[1] + s.az_g() * ref[2]) / m;
        double tilt = Math.acos(Math.max(-1, Math.min(1, dot)));
        sumSq += tilt * tilt;
        if (s.t_s() - windowStart_s >= STILL_S && n >= 3) return still(s);
        if (s.t_s() - first_s >= TIMEOUT_S) return fallback(s);
        return null;
    }

    /** 0..1: how much of the still period has been seen. */
    double progress(double t_s) {
        if (n == 0) return 0;
        return Math.max(0, Math.min(1, (t_s - windowStart_s) / STILL_S));
    }

    private boolean fits(Sample s, double m) {
        if (Math.abs(m - ref[3]) > MAX_MAGNITUDE_CHANGE * ref[3]) return false;
        double dot = m == 0 ? 0 : (s.ax_g() * ref[0] + s.ay_g() * ref[1] + s.az_g() * ref[2]) / m;
        if (dot < COS_MAX_TILT) return false;
        if (!s.hasGyro()) return true;
        double dx = s.gx_dps() - ref[4];
        double dy = s.gy_dps() - ref[5];
        double dz = s.gz_dps() - ref[6];
        return dx * dx + dy * dy + dz * dz <= MAX_RATE_CHANGE_DPS * MAX_RATE_CHANGE_DPS;
    }

    private void restart(Sample s, double m) {
        windowStart_s = s.t_s();
        n = 0;
        sumSq = 0;
        java.util.Arrays.fill(sum, 0);
        ref[0] = m == 0 ? 0 : s.ax_g() / m;
        ref[1] = m == 0 ? 0 : s.ay_g() / m;
        ref[2] = m == 0 ? 1 : s.az_g() / m;
        ref[3] = m;
        ref[4] = s.hasGyro() ? s.gx_dps() : 0;
        ref[5] = s.hasGyro() ? s.gy_dps() : 0;
        ref[6] = s.hasGyro() ? s.gz_dps() : 0;
    }

    private Calibration still(Sample s) {
        double mx = sum[0] / n;
        double my = sum[1] / n;
        double mz = sum[2] / n;
        double norm = Math.sqrt(mx * mx + my * my + mz * mz);
        return new Calibration(s.t_s(), true, sum[4] / n, sum[5] / n, sum[6] / n, sum[3] / n,
                mx / norm, my / norm, mz / norm, Math.toDegrees(Math.sqrt(sumSq / n)));
    }

    private Calibration fallback(Sample s) {
        double m = s.accelMagnitude_g();
        return new Calibration(s.t_s(), false, 0, 0, 0, allMagnitude / all,
                s.ax_g() / m, s.ay_g() / m, s.az_g() / m, 0.1);
    }
}

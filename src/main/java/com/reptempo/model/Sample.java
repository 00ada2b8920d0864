package com.reptempo.model;

/**
 * One IMU sample in physical units, timed by the sensor's own clock.
 *
 * <p>Time {@code t_s} is seconds since the first sample of the stream (from device timestamps,
 * never from the host clock). Acceleration is in g (1 g = 9.80665 m/s^2) and includes gravity.
 * Angular rate is in degrees per second; all three gyroscope fields are {@link Double#NaN} when the
 * sensor has no gyroscope.
 *
 * @param t_s    sample time, seconds
 * @param ax_g   acceleration along the sensor x axis, g
 * @param ay_g   acceleration along the sensor y axis, g
 * @param az_g   acceleration along the sensor z axis, g
 * @param gx_dps angular rate about x, deg/s, or NaN
 * @param gy_dps angular rate about y, deg/s, or NaN
 * @param gz_dps angular rate about z, deg/s, or NaN
 */
public record Sample(double t_s, double ax_g, double ay_g, double az_g,
                     double gx_dps, double gy_dps, double gz_dps) {

    /** A sample from an accelerometer-only sensor. */
    public static Sample accelOnly(double t_s, double ax_g, double ay_g, double az_g) {
        return new Sample(t_s, ax_g, ay_g, az_g, Double.NaN, Double.NaN, Double.NaN);
    }

    /** True when the gyroscope fields hold measurements. */
    public boolean hasGyro() {
        return !Double.isNaN(gx_dps);
    }

    /** Magnitude of the acceleration vector, g. */
    public double accelMagnitude_g() {
        return Math.sqrt(ax_g * ax_g + ay_g * ay_g + az_g * az_g);
    }
}

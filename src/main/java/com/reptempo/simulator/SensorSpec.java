package com.reptempo.simulator;

import com.reptempo.model.Sample;

import java.util.Objects;

/**
 * What the simulated sensor is: its rate, ranges, resolution and error budget. Output samples are
 * whole LSB counts divided by the LSB size, so {@code Math.round(value * lsb)} recovers the int16
 * count exactly; values beyond full scale saturate. Defaults follow the InvenSense MPU-6050
 * product specification (see docs/SIMULATOR.md).
 *
 * @param model                         sensor model name for HELLO, e.g. "MPU-6050 (simulated)"
 * @param sampleRate_hz                 nominal output rate, Hz (1..4000)
 * @param accelFullScale_g              accelerometer range, ±g (1..255)
 * @param accelLsbPerG                  accelerometer counts per g (1..65535)
 * @param gyroFullScale_dps             gyroscope range, ±deg/s; 0 = no gyroscope
 * @param gyroLsbPerDps                 gyroscope counts per deg/s; 100 × it must be a whole number
 * @param accelNoise_ugPerRtHz          accelerometer white-noise density, µg/√Hz
 * @param gyroNoise_dpsPerRtHz          gyroscope white-noise density, deg/s/√Hz
 * @param accelBiasSd_g                 per-axis accelerometer offset, standard deviation over sessions, g
 * @param gyroBiasSd_dps                per-axis gyroscope offset, standard deviation over sessions, deg/s
 * @param scaleErrorSd                  per-axis sensitivity error, standard deviation (0.01 = 1 %)
 * @param crossAxisSd                   cross-axis sensitivity, standard deviation (fraction)
 * @param timeJitterSd_s                sample-instant jitter, standard deviation, seconds
 */
public record SensorSpec(String model, double sampleRate_hz, int accelFullScale_g, int accelLsbPerG,
                         int gyroFullScale_dps, double gyroLsbPerDps, double accelNoise_ugPerRtHz,
                         double gyroNoise_dpsPerRtHz, double accelBiasSd_g, double gyroBiasSd_dps,
                         double scaleErrorSd, double crossAxisSd, double timeJitterSd_s) {
    public SensorSpec {
        Objects.requireNonNull(model, "model");
        if (!(sampleRate_hz >= 1 && sampleRate_hz <= 4000)) throw new IllegalArgumentException("sample rate must be 1..4000 Hz");
        if (accelFullScale_g < 1 || accelFullScale_g > 255) throw new IllegalArgumentException("accelerometer range must be 1..255 g");
        if (accelLsbPerG < 1 || accelLsbPerG > 65535) throw new IllegalArgumentException("accelerometer LSB per g must be 1..65535");
        if (gyroFullScale_dps < 0 || gyroFullScale_dps > 65535) throw new IllegalArgumentException("gyroscope range must be 0..65535 deg/s");
        if (gyroFullScale_dps > 0) {
            double x100 = gyroLsbPerDps * 100;
            if (!(x100 >= 1 && x100 <= 65535) || Math.abs(x100 - Math.rint(x100)) > 1e-9) {
                throw new IllegalArgumentException("gyroscope LSB per deg/s × 100 must be a whole number 1..65535");
            }
        }
        if (accelNoise_ugPerRtHz < 0 || gyroNoise_dpsPerRtHz < 0 || accelBiasSd_g < 0 || gyroBiasSd_dps < 0
                || scaleErrorSd < 0 || crossAxisSd < 0 || timeJitterSd_s < 0) {
            throw new IllegalArgumentException("error magnitudes must not be negative");
        }
        if (timeJitterSd_s > 0.1 / sampleRate_hz) throw new IllegalArgumentException("time jitter must be below 10 % of the sample period");
    }

    /**
     * An MPU-6050 at ±4 g (8192 LSB/g) and ±500 deg/s (65.5 LSB/(deg/s)), datasheet noise densities
     * (400 µg/√Hz, 0.005 deg/s/√Hz), offsets left after a boot-time calibration, 1 % scale error.
     */
    public static SensorSpec mpu6050(double sampleRate_hz) {
        return new SensorSpec("MPU-6050 (simulated)", sampleRate_hz, 4, 8192, 500, 65.5, 400, 0.005,
                0.015, 0.5, 0.01, 0.005, Math.min(100e-6, 0.05 / sampleRate_hz));
    }

    /** An error-free sensor (same ranges and resolution, no noise, offset, scale error or jitter): for tests. */
    public static SensorSpec ideal(double sampleRate_hz) {
        return new SensorSpec("ideal (simulated)", sampleRate_hz, 4, 8192, 500, 65.5, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The same sensor without its gyroscope (an accelerometer-only board). */
    public SensorSpec withoutGyro() {
        return new SensorSpec(model.replace(" (simulated)", "") + " accelerometer only (simulated)", sampleRate_hz,
                accelFullScale_g, accelLsbPerG, 0, 0, accelNoise_ugPerRtHz, 0, accelBiasSd_g, 0,
                scaleErrorSd, crossAxisSd, timeJitterSd_s);
    }

    /** The same sensor at another rate (jitter capped to stay below 5 % of the period). */
    public SensorSpec withRate(double rate_hz) {
        return new SensorSpec(model, rate_hz, accelFullScale_g, accelLsbPerG, gyroFullScale_dps, gyroLsbPerDps,
                accelNoise_ugPerRtHz, gyroNoise_dpsPerRtHz, accelBiasSd_g, gyroBiasSd_dps, scaleErrorSd, crossAxisSd,
                Math.min(timeJitterSd_s, 0.05 / rate_hz));
    }

    /**
     * The same sensor with another sample-instant jitter; 0 gives exactly nominal spacing (then
     * wire-protocol batches of several samples carry the times exactly).
     */
    public SensorSpec withTimeJitterSd_s(double jitterSd_s) {
        return new SensorSpec(model, sampleRate_hz, accelFullScale_g, accelLsbPerG, gyroFullScale_dps, gyroLsbPerDps,
                accelNoise_ugPerRtHz, gyroNoise_dpsPerRtHz, accelBiasSd_g, gyroBiasSd_dps, scaleErrorSd, crossAxisSd,
                jitterSd_s);
    }

    /** True when samples carry angular rate. */
    public boolean hasGyro() {
        return gyroFullScale_dps > 0;
    }

    /** Gyroscope resolution as the wire protocol's HELLO carries it: counts per deg/s × 100 (0 without gyroscope). */
    public int gyroLsbPerDpsX100() {
        return hasGyro() ? (int) Math.round(gyroLsbPerDps * 100) : 0;
    }

    /** Nominal sample period, seconds. */
    public double period_s() {
        return 1.0 / sampleRate_hz;
    }

    /**
     * The int16 counts of a sample this sensor produced: ax, ay, az and, with a gyroscope, gx, gy, gz.
     * Exact for samples from the simulator (they are whole counts divided by the LSB size).
     */
    public short[] toCounts(Sample s) {
        short[] c = new short[hasGyro() ? 6 : 3];
        c[0] = count(s.ax_g(), accelLsbPerG);
        c[1] = count(s.ay_g(), accelLsbPerG);
        c[2] = count(s.az_g(), accelLsbPerG);
        if (hasGyro()) {
            c[3] = count(s.gx_dps(), gyroLsbPerDps);
            c[4] = count(s.gy_dps(), gyroLsbPerDps);
            c[5] = count(s.gz_dps(), gyroLsbPerDps);
        }
        return c;
    }

    private static short count(double value, double lsb) {
        long n = Math.round(value * lsb);
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, n));
    }
}

package com.reptempo.simulator;

import com.reptempo.model.Sample;

/**
 * Turns true specific force and angular rate into what the sensor reports: per-axis scale error
 * and cross-axis coupling (fixed per session), offset (fixed per session), white noise of the
 * datasheet's density over the Nyquist band, saturation at full scale and quantisation to whole
 * LSB counts.
 */
final class ImuErrorModel {
    private final SensorSpec spec;
    private final Rng noise;
    private final double[][] accelGain;
    private final double[][] gyroGain;
    private final double[] accelBias_g = new double[3];
    private final double[] gyroBias_dps = new double[3];
    private final double accelNoiseSd_g;
    private final double gyroNoiseSd_dps;
    private final double[] tmp = new double[3];

    ImuErrorModel(SensorSpec spec, Rng fixed, Rng noise) {
        this.spec = spec;
        this.noise = noise;
        this.accelGain = gain(spec, fixed);
        this.gyroGain = gain(spec, fixed);
        for (int i = 0; i < 3; i++) {
            accelBias_g[i] = clipped(fixed, spec.accelBiasSd_g());
            gyroBias_dps[i] = clipped(fixed, spec.gyroBiasSd_dps());
        }
        double bandwidth_hz = spec.sampleRate_hz() / 2;
        this.accelNoiseSd_g = spec.accelNoise_ugPerRtHz() * 1e-6 * Math.sqrt(bandwidth_hz);
        this.gyroNoiseSd_dps = spec.gyroNoise_dpsPerRtHz() * Math.sqrt(bandwidth_hz);
    }

    /** The sample the sensor reports at {@code t_s} for true force {@code f_g} and rate {@code w_dps}. */
    Sample measure(double t_s, double[] f_g, double[] w_dps) {
        apply(accelGain, f_g, accelBias_g, accelNoiseSd_g);
        double ax = quantise(tmp[0], spec.accelLsbPerG(), spec.accelFullScale_g());
        double ay = quantise(tmp[1], spec.accelLsbPerG(), spec.accelFullScale_g());
        double az = quantise(tmp[2], spec.accelLsbPerG(), spec.accelFullScale_g());
        if (!spec.hasGyro()) return Sample.accelOnly(t_s, ax, ay, az);
        apply(gyroGain, w_dps, gyroBias_dps, gyroNoiseSd_dps);
        return new Sample(t_s, ax, ay, az,
                quantise(tmp[0], spec.gyroLsbPerDps(), spec.gyroFullScale_dps()),
                quantise(tmp[1], spec.gyroLsbPerDps(), spec.gyroFullScale_dps()),
                quantise(tmp[2], spec.gyroLsbPerDps(), spec.gyroFullScale_dps()));
    }

    private void apply(double[][] gain, double[] v, double[] bias, double noiseSd) {
        for (int i = 0; i < 3; i++) {
            double s = gain[i][0] * v[0] + gain[i][1] * v[1] + gain[i][2] * v[2] + bias[i];
            tmp[i] = noiseSd > 0 ? s + noiseSd * noise.gaussian() : s;
        }
    }

    /** Whole counts of 1/lsb, saturated at the full scale and at the int16 range. */
    static double quantise(double value, double lsb, double fullScale) {
        double top = Math.min(Short.MAX_VALUE, Math.floor(fullScale * lsb));
        double bottom = Math.max(Short.MIN_VALUE, -Math.floor(fullScale * lsb));
        double counts = Math.max(bottom, Math.min(top, Math.rint(value * lsb)));
        return counts / lsb + 0.0; // + 0.0 turns -0.0 into 0.0
    }

    private static double[][] gain(SensorSpec spec, Rng rng) {
        double[][] m = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                m[i][j] = i == j ? 1 + clipped(rng, spec.scaleErrorSd()) : clipped(rng, spec.crossAxisSd());
            }
        }
        return m;
    }

    private static double clipped(Rng rng, double sd) {
        return sd == 0 ? 0 : rng.gaussian(0, sd, -3 * sd, 3 * sd);
    }
}

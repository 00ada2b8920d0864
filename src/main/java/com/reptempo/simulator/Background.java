package com.reptempo.simulator;

import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

/**
 * Motion that never stops: breathing (a slow pelvic tilt, 12-20 per minute, inhalation shorter
 * than exhalation) and physiological tremor (a narrow-band 8-12 Hz process, modelled as three
 * sinusoids per axis, stronger with effort). Closed-form in time, so any instant can be evaluated.
 */
final class Background {
    private static final int TONES = 3;
    private static final double EFFORT_GAIN = 2.0;

    private final boolean breathing;
    private final boolean tremor;
    private final double breathHz;
    private final double breath_rad;
    private final double breathModPhase;
    private final double[][] rotFreq = new double[3][TONES];
    private final double[][] rotPhase = new double[3][TONES];
    private final double[][] rotAmp_rad = new double[3][TONES];
    private final double[][] accFreq = new double[3][TONES];
    private final double[][] accPhase = new double[3][TONES];
    private final double accAmp_g;

    Background(Person person, Disturbances d, Rng rng) {
        this.breathing = d.breathing();
        this.tremor = d.tremor();
        this.breathHz = person.breathingRate_hz();
        this.breath_rad = Math.toRadians(person.breathing_deg());
        this.breathModPhase = rng.uniform(0, 2 * Math.PI);
        // A sum of TONES sinusoids of amplitude b has RMS b·sqrt(TONES/2).
        double rateAmp_rad = Math.toRadians(person.tremorRate_dps()) / Math.sqrt(TONES / 2.0);
        for (int axis = 0; axis < 3; axis++) {
            for (int k = 0; k < TONES; k++) {
                rotFreq[axis][k] = rng.uniform(8, 12);
                rotPhase[axis][k] = rng.uniform(0, 2 * Math.PI);
                rotAmp_rad[axis][k] = rateAmp_rad / (2 * Math.PI * rotFreq[axis][k]);
                accFreq[axis][k] = rng.uniform(8, 12);
                accPhase[axis][k] = rng.uniform(0, 2 * Math.PI);
            }
        }
        this.accAmp_g = person.tremorAccel_g() / Math.sqrt(TONES / 2.0);
    }

    /** Breathing and tremor as a rotation vector in the body frame, radians. */
    Vector3D rotation(double t_s, double effort) {
        double x = 0, y = 0, z = 0;
        if (breathing) {
            double phase = 2 * Math.PI * breathHz * t_s + 0.5 * Math.sin(2 * Math.PI * 0.011 * t_s + breathModPhase);
            double b = breath_rad * (Math.sin(phase) + 0.25 * Math.sin(2 * phase + 0.6)) / 1.1;
            y += b;
            x += 0.2 * b;
        }
        if (tremor) {
            double g = 1 + EFFORT_GAIN * effort;
            x += g * tones(rotFreq[0], rotPhase[0], rotAmp_rad[0], t_s);
            y += g * tones(rotFreq[1], rotPhase[1], rotAmp_rad[1], t_s);
            z += g * tones(rotFreq[2], rotPhase[2], rotAmp_rad[2], t_s);
        }
        return new Vector3D(x, y, z);
    }

    /** Tremor's translational acceleration in the sensor frame, g. */
    Vector3D tremorAccel_g(double t_s, double effort) {
        if (!tremor) return Vector3D.ZERO;
        double g = accAmp_g * (1 + EFFORT_GAIN * effort);
        return new Vector3D(g * unitTones(accFreq[0], accPhase[0], t_s), g * unitTones(accFreq[1], accPhase[1], t_s),
                g * unitTones(accFreq[2], accPhase[2], t_s));
    }

    private static double tones(double[] f, double[] ph, double[] amp, double t) {
        double s = 0;
        for (int k = 0; k < TONES; k++) s += amp[k] * Math.sin(2 * Math.PI * f[k] * t + ph[k]);
        return s;
    }

    private static double unitTones(double[] f, double[] ph, double t) {
        double s = 0;
        for (int k = 0; k < TONES; k++) s += Math.sin(2 * Math.PI * f[k] * t + ph[k]);
        return s;
    }
}

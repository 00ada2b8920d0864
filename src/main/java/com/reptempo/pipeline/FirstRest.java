package com.reptempo.pipeline;

import com.reptempo.model.Sample;

import java.util.List;

/**
 * Where the set's first rest is: the first sample, unless the recording began in the middle of a
 * movement.
 *
 * <p>The detector measures every movement from its rest, and a rest is a place where the body
 * stays. A recording normally starts with her lying still in position, so the first sample is such
 * a place. When it starts in the middle of a rep (the set was started while she was already
 * exercising, as the looping demo person always is), the first sample lies part-way along her reps:
 * every rep then passes through it without stopping and becomes two movements, one to each side of
 * it (a cobra lift started half-way down counted 16 reps for 9). A rep that begins from rest starts
 * at zero speed, so a recording that turns by {@link #MOVING_DEG} or more over its first
 * {@link #MOVING_CHECK_S} began mid-movement (a rushed 15 degree rep of 1.5 s from rest turns 0.55
 * degrees in that time; a cobra lift half-way turns 2 degrees). Its first rest is then the first
 * place the body stayed: the first run of {@link #STAY_S} in which the acceleration direction stays
 * within {@link #STAY_DEG} of where the run began (the still test of {@link StillCalibrator},
 * shorter). What came before is the tail of a rep already under way: the detector does not see it.
 *
 * <p>Works on the samples buffered before calibration: the calibration needs a longer still run
 * ({@link StillCalibrator#STILL_S}) than a stay, so the first stay is among them whenever the
 * calibration found a still period.
 */
final class FirstRest {
    /** Seconds over which the start's turning is measured. */
    static final double MOVING_CHECK_S = 0.25;
    /** Degrees of turning over {@link #MOVING_CHECK_S} that show the recording began mid-movement (4 deg/s). */
    static final double MOVING_DEG = 1.0;
    /** Seconds of acceleration averaged at each end of the check, against sensor noise. */
    static final double AVERAGE_S = 0.1;
    /** Seconds the body must stay for a place to be a rest. */
    static final double STAY_S = 0.5;
    /** Degrees the acceleration direction may wander during a stay, as in {@link StillCalibrator#MAX_TILT_DEG}. */
    static final double STAY_DEG = StillCalibrator.MAX_TILT_DEG;
    private static final double COS_STAY = Math.cos(Math.toRadians(STAY_DEG));

    private FirstRest() {
    }

    /**
     * The index of the sample at which the first rest is taken: 0 when the recording began still
     * (or when no stay is found), otherwise the sample at which the first stay had lasted
     * {@link #STAY_S}.
     */
    static int index(List<Sample> samples) {
        if (samples.isEmpty() || !beganMoving(samples)) return 0;
        int from = 0;
        for (int i = 1; i < samples.size(); i++) {
            Sample s = samples.get(i);
            if (cos(samples.get(from), s) < COS_STAY) {
                from = i;
            } else if (s.t_s() - samples.get(from).t_s() >= STAY_S) {
                return i;
            }
        }
        return 0;
    }

    /** True when the acceleration direction turned by {@link #MOVING_DEG} or more over the first {@link #MOVING_CHECK_S}. */
    static boolean beganMoving(List<Sample> samples) {
        double t0 = samples.get(0).t_s();
        double[] first = new double[3];
        double[] later = new double[3];
        if (!mean(samples, t0, t0 + AVERAGE_S, first)) return false;
        if (!mean(samples, t0 + MOVING_CHECK_S, t0 + MOVING_CHECK_S + AVERAGE_S, later)) return false;
        double dot = first[0] * later[0] + first[1] * later[1] + first[2] * later[2];
        double norms = Math.sqrt((first[0] * first[0] + first[1] * first[1] + first[2] * first[2])
                * (later[0] * later[0] + later[1] * later[1] + later[2] * later[2]));
        if (!(norms > 0)) return false;
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, dot / norms)))) >= MOVING_DEG;
    }

    /** Mean acceleration of the samples in [from_s, to_s); false when there are none. */
    private static boolean mean(List<Sample> samples, double from_s, double to_s, double[] out) {
        int n = 0;
        for (Sample s : samples) {
            if (s.t_s() >= to_s) break;
            if (s.t_s() < from_s) continue;
            out[0] += s.ax_g();
            out[1] += s.ay_g();
            out[2] += s.az_g();
            n++;
        }
        return n > 0;
    }

    private static double cos(Sample a, Sample b) {
        double ma = a.accelMagnitude_g();
        double mb = b.accelMagnitude_g();
        if (ma == 0 || mb == 0) return 1;
        return (a.ax_g() * b.ax_g() + a.ay_g() * b.ay_g() + a.az_g() * b.az_g()) / (ma * mb);
    }
}

package com.reptempo.pipeline;

/**
 * A movement's rotation resampled evenly from its first sample (every {@code dt_s}: its median
 * sample interval, at most {@link Smoothness#RESAMPLE_HZ}; low-passed as {@link Smoothness#resampled}
 * does), with its speed and the index of its top. Built once per rep ({@link RepAssembler}) and shared
 * by the tests for a stop or stall on its ways ({@link MidMovementStop}, {@link WayStall}); they must
 * not change {@code angle_deg} or {@code speed_dps}.
 *
 * @param t0_s      time of the first point (the excursion's first sample), seconds
 * @param dt_s      interval between points, seconds
 * @param angle_deg the rotation at each point, degrees
 * @param speed_dps the rotation's central-difference speed at each point ({@link Smoothness#speed}), degrees per second
 * @param top       index of the largest rotation (the first, if several)
 */
record EvenMovement(double t0_s, double dt_s, double[] angle_deg, double[] speed_dps, int top) {
    /** Fewer samples or points than this tell nothing about stops. */
    static final int MIN_POINTS = 8;

    /** The movement e resampled, or null when it is too short ({@link #MIN_POINTS}). */
    static EvenMovement of(Excursion e) {
        double[] t = e.t_s();
        if (t.length < MIN_POINTS) return null;
        double dt = Math.max(Smoothness.medianInterval(t), 1 / Smoothness.RESAMPLE_HZ);
        int n = (int) Math.floor((t[t.length - 1] - t[0]) / dt) + 1;
        if (n < MIN_POINTS) return null;
        double[] angle = Smoothness.resampled(t, e.phi_deg(), t[0], dt, n, dt);
        int top = 0;
        for (int i = 1; i < n; i++) if (angle[i] > angle[top]) top = i;
        return new EvenMovement(t[0], dt, angle, Smoothness.speed(angle, dt), top);
    }

    /** Number of points. */
    int length() {
        return angle_deg.length;
    }
}

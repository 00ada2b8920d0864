package com.reptempo.pipeline;

import com.reptempo.model.PhaseKind;
import com.reptempo.model.PhaseTarget;

import java.util.List;

/**
 * Follows the phases of the rep under way for live coaching, causally, from the rotation of the
 * movement so far: the first phase once the movement is clearly more than rest wobble
 * ({@link #CREDIBLE_Z}, and at least {@link #CREDIBLE_RANGE} of the typical range), a hold once the
 * rotation has stopped growing near its peak for {@link #STALL_S}, the way back once it has
 * fallen {@link #LEAVE_FRACTION} below its peak. Once the reps so far show how long the way out
 * lasts, the top (the hold, or the turn into the way back) is announced when it is due instead
 * of when it can be seen, which for a slow, smooth movement is up to half a second later. The
 * rep's final phase times come from {@link PhaseTimer}, which sees the whole movement.
 */
final class LivePhases {
    static final double CREDIBLE_Z = 5.0;
    static final double CREDIBLE_RANGE = 0.2;
    static final double STALL_S = 0.3;
    static final double NEAR_PEAK = 0.9;
    static final double LEAVE_FRACTION = 0.04;

    /** Receives phase changes. */
    interface Sink {
        void phaseStarted(int phase, double t_s);
    }

    private final List<PhaseTarget> phases;
    private final int holdIndex;
    /** The last phase (the way back) and the top (the hold, or else the way back). */
    private final int last;
    private final int top;
    private int current = -1;
    private double currentStart_s;
    private double lastPeak_deg;
    private double lastPeakGrowth_s;

    LivePhases(List<PhaseTarget> phases) {
        this.phases = phases;
        int hold = -1;
        for (int i = 1; i < phases.size() - 1; i++) if (phases.get(i).kind() == PhaseKind.HOLD && hold < 0) hold = i;
        this.holdIndex = hold;
        this.last = phases.size() - 1;
        this.top = hold > 0 ? hold : last;
    }

    /**
     * Called on every sample while a movement is under way.
     *
     * @param typicalLead_s how long after the detector's start the way out typically ends (learned
     *                      from the reps so far), or NaN: the top is then announced on time,
     *                      provided the rotation is already near the typical range
     */
    void update(double t_s, double start_s, double theta_deg, double peak_deg, double z, double typicalRange_deg,
                double typicalLead_s, double delay_s, Sink sink) {
        if (peak_deg > lastPeak_deg * 1.02 + 1e-9) {
            lastPeak_deg = peak_deg;
            lastPeakGrowth_s = t_s;
        }
        if (current < 0) {
            boolean big = Double.isNaN(typicalRange_deg) || peak_deg >= CREDIBLE_RANGE * typicalRange_deg;
            if (z >= CREDIBLE_Z && big) enter(0, start_s - delay_s, sink);
            return;
        }
        if (current == last) return;
        if (current < top && !Double.isNaN(typicalLead_s) && t_s >= start_s + typicalLead_s
                && theta_deg >= NEAR_PEAK * typicalRange_deg) {
            enter(top, t_s - delay_s, sink);
        } else if (theta_deg < (1 - LEAVE_FRACTION) * peak_deg) {
            enter(last, t_s - delay_s, sink);
        } else if (holdIndex > 0 && current < holdIndex && theta_deg >= NEAR_PEAK * peak_deg
                && t_s - lastPeakGrowth_s >= STALL_S) {
            enter(holdIndex, t_s - STALL_S - delay_s, sink);
        }
    }

    private void enter(int phase, double t_s, Sink sink) {
        current = phase;
        currentStart_s = t_s;
        sink.phaseStarted(phase, t_s);
    }

    /** The movement ended. */
    void reset() {
        current = -1;
        lastPeak_deg = 0;
        lastPeakGrowth_s = 0;
    }

    /** True once the rep under way has been announced. */
    boolean announced() {
        return current >= 0;
    }

    /** The current phase's name, or null. */
    String phaseName() {
        return current < 0 ? null : phases.get(current).name();
    }

    double phaseStart_s() {
        return currentStart_s;
    }
}

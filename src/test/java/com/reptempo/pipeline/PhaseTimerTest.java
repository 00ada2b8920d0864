package com.reptempo.pipeline;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Timing a movement whose rest drifts before it. */
class PhaseTimerTest {
    @Test
    void theStartFromTheTopIsNotPulledByADriftOfTheRest() {
        Random rng = new Random(5);
        Excursion e = excursion(9.0, t -> {
            double drift = 0.4 * Math.min(1, t / 2.5); // 0.4 deg (16 % of the travel) of slow drift over the 2.5 s before the rep
            double out = 2.0 * MinJerk.position((t - 2.5) / 2.7);
            double back = 2.5 * MinJerk.position((t - 5.2) / 2.7);
            return drift + out - back + 0.02 * rng.nextGaussian();
        });
        RepTiming timing = PhaseTimer.time(e, 0);
        assertTrue(timing.start_s() < 1.8, "the near fit is pulled into the drift: " + timing.start_s());
        assertEquals(2.5, timing.startFromTop_s(), 0.4, "start from the top");
        assertEquals(7.9, timing.endFromTop_s(), 0.3);
    }

    @Test
    void theHoldOfASlowRepIsPlacedWithTheDurationOfMostOfItsRamps() {
        // Way out and back of 8 s each (a rep done too slowly), a 3 s hold at 3 deg, breathing of
        // 0.15 deg at 15 breaths a minute: the passages of 67-85 % of the travel span under a second
        // of each ramp, and breathing tilts the slope a free fit extrapolates from them. Over the
        // breath's phases, the ramps placed with the durations of most of their travel time the hold better.
        double placedError_s = 0;
        double freeError_s = 0;
        int phases = 9;
        for (int k = 0; k < phases; k++) {
            RepTiming timing = PhaseTimer.time(slowHeldRep(2 * Math.PI * k / phases), 0);
            placedError_s += Math.abs(timing.backStartPlaced_s() - timing.outEndPlaced_s() - 3.0) / phases;
            freeError_s += Math.abs(timing.top_s() - 3.0) / phases;
        }
        assertTrue(placedError_s < 0.9, "placed hold's mean error " + placedError_s);
        assertTrue(placedError_s < 0.7 * freeError_s, "placed " + placedError_s + " vs free fits " + freeError_s);
    }

    private static Excursion slowHeldRep(double breathPhase_rad) {
        return excursion(22.0, t -> {
            double out = 3.0 * MinJerk.position((t - 1.5) / 8.0);
            double back = 3.0 * MinJerk.position((t - 12.5) / 8.0);
            return out - back + 0.15 * Math.sin(2 * Math.PI * 0.25 * t + breathPhase_rad);
        });
    }

    /** A returned movement sampled at 50 Hz for duration_s, its rotation along its direction given by phi_deg(t_s). */
    private static Excursion excursion(double duration_s, DoubleUnaryOperator phi_deg) {
        double dt = 0.02;
        int n = (int) (duration_s / dt);
        double[] t = new double[n];
        double[] phi = new double[n];
        double[] theta = new double[n];
        int peakIndex = 0;
        for (int i = 0; i < n; i++) {
            t[i] = i * dt;
            phi[i] = phi_deg.applyAsDouble(t[i]);
            theta[i] = Math.abs(phi[i]);
            if (phi[i] > phi[peakIndex]) peakIndex = i;
        }
        return new Excursion(0, n - 1, t, theta, phi, phi[peakIndex], peakIndex, 30, 0, 1, 0, 0, 0, 1,
                Excursion.End.RETURNED, 0);
    }
}

package com.reptempo.pipeline;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Timing a movement whose rest drifts before it. */
class PhaseTimerTest {
    @Test
    void theStartFromTheTopIsNotPulledByADriftOfTheRest() {
        Random rng = new Random(5);
        double dt = 0.02;
        int n = (int) (9.0 / dt);
        double[] t = new double[n];
        double[] phi = new double[n];
        double[] theta = new double[n];
        int peakIndex = 0;
        for (int i = 0; i < n; i++) {
            t[i] = i * dt;
            double drift = 0.4 * Math.min(1, t[i] / 2.5); // 0.4 deg (16 % of the travel) of slow drift over the 2.5 s before the rep
            double out = 2.0 * MinJerk.position((t[i] - 2.5) / 2.7);
            double back = 2.5 * MinJerk.position((t[i] - 5.2) / 2.7);
            phi[i] = drift + out - back + 0.02 * rng.nextGaussian();
            theta[i] = Math.abs(phi[i]);
            if (phi[i] > phi[peakIndex]) peakIndex = i;
        }
        Excursion e = new Excursion(0, n - 1, t, theta, phi, phi[peakIndex], peakIndex, 30, 0, 1, 0, 0, 0, 1,
                Excursion.End.RETURNED, 0);
        RepTiming timing = PhaseTimer.time(e, 0);
        assertTrue(timing.start_s() < 1.8, "the near fit is pulled into the drift: " + timing.start_s());
        assertEquals(2.5, timing.startFromTop_s(), 0.4, "start from the top");
        assertEquals(7.9, timing.endFromTop_s(), 0.3);
    }
}

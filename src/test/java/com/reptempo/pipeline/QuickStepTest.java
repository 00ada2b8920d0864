package com.reptempo.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quick-step test on a hand-made tilt about x: out to 3° then back to 1.2°. */
class QuickStepTest {
    /** Fills a history with a tilt that rises from 0 to 3° in rise_s (minimum-jerk) from 1 s, then holds; returns the peak sample. */
    private static long fill(SignalHistory h, double rise_s) {
        long peak = -1;
        for (int i = 0; i * 0.01 <= 1 + rise_s; i++) {
            double t = i * 0.01;
            double a = Math.toRadians(t < 1 ? 0 : 3 * MinJerk.position(Math.min(1, (t - 1) / rise_s)));
            peak = h.add(t, 0, Math.sin(a), Math.cos(a), 0, 0, 1, 0);
        }
        return peak;
    }

    private static boolean stepped(double rise_s, double quickRise_s, double still_deg) {
        SignalHistory h = new SignalHistory(1 << 10);
        long peak = fill(h, rise_s);
        QuickStep q = new QuickStep(h, quickRise_s);
        double a = Math.toRadians(still_deg);
        return q.steppedAside(3, peak, 0, 0, 0, 1, 0, Math.sin(a), Math.cos(a));
    }

    @Test
    void aFastTurnThatCameToRestHalfWayBackIsAQuickStep() {
        // 0.5 s out: half to peak in 0.25 s, within 0.54 s; still at 1.2°, 1.8° from the 3° peak
        assertTrue(stepped(0.5, 0.54, 1.2));
    }

    @Test
    void aSlowRiseIsNotAQuickStep() {
        // 3 s out: half to peak in 1.5 s
        assertFalse(stepped(3, 0.54, 1.2));
    }

    @Test
    void stillNearItsPeakIsNotAQuickStep() {
        // still at 2°, only 1° (a third of the peak) from it: a hold, not a step aside
        assertFalse(stepped(0.5, 0.54, 2.0));
    }

    @Test
    void theRuleIsOffWithoutAQuickRise() {
        assertFalse(stepped(0.5, 0, 1.2));
    }
}

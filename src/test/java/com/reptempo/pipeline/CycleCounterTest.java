package com.reptempo.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Counting repeated cycles with hysteresis (custom exercises). */
class CycleCounterTest {
    @Test
    void countsEveryCycleOfAWaveWithSmallWiggles() {
        CycleCounter c = new CycleCounter();
        int live = 0;
        for (int i = 0; i < 2500; i++) {
            double t = i * 0.01;
            double v = Math.sin(2 * Math.PI * t / 2.5) + 0.1 * Math.sin(2 * Math.PI * t * 3);
            if (c.accept(t, v) != null) live++;
        }
        assertEquals(10, c.finalCycles().size());
        assertEquals(9, live, "live, a rep is reported when the next one begins");
    }

    @Test
    void theBandPassKeepsTheRepPaceAndRemovesGravityAndTremor() {
        BandPass f = new BandPass(0.15, 1.0, 100);
        double maxSlow = 0;
        double maxFast = 0;
        for (int i = 0; i < 6000; i++) {
            double t = i * 0.01;
            double slow = f.apply(1 + 0.1 * Math.sin(2 * Math.PI * 0.4 * t));
            if (t > 30) maxSlow = Math.max(maxSlow, Math.abs(slow));
        }
        BandPass g = new BandPass(0.15, 1.0, 100);
        for (int i = 0; i < 6000; i++) {
            double t = i * 0.01;
            double fast = g.apply(1 + 0.1 * Math.sin(2 * Math.PI * 10 * t));
            if (t > 30) maxFast = Math.max(maxFast, Math.abs(fast));
        }
        assertTrue(maxSlow > 0.08, "0.4 Hz passes: " + maxSlow);
        assertTrue(maxFast < 0.002, "10 Hz is removed: " + maxFast);
    }
}

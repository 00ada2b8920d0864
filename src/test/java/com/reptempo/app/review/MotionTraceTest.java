package com.reptempo.app.review;

import com.reptempo.model.Sample;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MotionTraceTest {
    /** Lying still for 5 s, then tilting to 30° and back over 10 s, at 100 Hz. */
    static List<Sample> tilt() {
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            double t = i / 100.0;
            double deg = t < 5 ? 0 : 30 * Math.sin(Math.PI * (t - 5) / 10);
            double r = Math.toRadians(deg);
            out.add(Sample.accelOnly(t, Math.sin(r), 0, Math.cos(r)));
        }
        return out;
    }

    @Test
    void theTraceIsTheTiltFromTheRestingPositionInDegrees() {
        MotionTrace m = MotionTrace.of(tilt(), 5.0, 3000);
        assertEquals(1500 / 8 + 1, m.size(), "averaged over 8 samples (80 ms at 100 Hz)");
        double peak = 0;
        for (double v : m.tilt_deg()) peak = Math.max(peak, v);
        assertEquals(30, peak, 0.5);
        assertEquals(0, m.tilt_deg()[0], 1e-9);
        assertTrue(m.t_s()[1] > m.t_s()[0]);
    }

    @Test
    void longSetsAreThinnedToTheLimitAndEmptyOnesGiveNothing() {
        assertEquals(100, MotionTrace.of(tilt(), Double.NaN, 100).size());
        assertEquals(0, MotionTrace.of(List.of(), Double.NaN, 100).size());
    }
}

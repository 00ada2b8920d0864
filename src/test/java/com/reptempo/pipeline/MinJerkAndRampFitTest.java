package com.reptempo.pipeline;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The minimum-jerk profile, its inverse, and timing a ramp from its clear part. */
class MinJerkAndRampFitTest {
    @Test
    void timeAtInvertsPosition() {
        for (double u = 0; u <= 1; u += 0.01) assertEquals(u, MinJerk.timeAt(MinJerk.position(u)), 1e-3);
        assertEquals(0.5, MinJerk.position(0.5), 1e-12);
        assertEquals(1.875, MinJerk.speed(0.5), 1e-12);
    }

    @Test
    void aNoisyRampIsTimedFromTheMiddleOfItsTravel() {
        Random rng = new Random(3);
        double start = 2.0;
        double duration = 3.0;
        int n = 800;
        double[] t = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 0.01;
            v[i] = 2.5 * MinJerk.position((t[i] - start) / duration) + 0.01 * rng.nextGaussian();
        }
        int mid = 0;
        while (v[mid] < 1.25) mid++;
        RampFit.Ramp near = RampFit.fit(t, v, mid, 0, 2.5, 0.1, 0.4);
        RampFit.Ramp far = RampFit.fit(t, v, mid, 0, 2.5, 0.6, 0.9);
        assertTrue(near.valid() && far.valid());
        assertEquals(start, near.start_s(), 0.05, "start");
        assertEquals(start + duration, far.end_s(), 0.05, "end");
    }

    /**
     * A way back (from 2.5 deg down to 0 over 3.6 s) that stops for a second at 28 % of its travel, inside the
     * 15-33 % ladder: the passages past the stop come a second late, and a fit through both sides placed the
     * start over half a second early. Only the passages before the stop time the start.
     */
    @Test
    void aStopInsideTheLadderDoesNotStretchTheRamp() {
        double dt = 0.01;
        double start = 1.0;
        double duration = 3.6;
        double stopAt = MinJerk.timeAt(0.28);
        double stop_s = 1.0;
        int n = 800;
        double[] t = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * dt;
            double u = (t[i] - start) / duration;
            double uStop = stopAt + stop_s / duration;
            if (u > stopAt && u <= uStop) u = stopAt;
            else if (u > uStop) u -= stop_s / duration;
            v[i] = 2.5 * (1 - MinJerk.position(Math.max(0, Math.min(1, u))));
        }
        int mid = 0;
        while (v[mid] > 1.25) mid++;
        RampFit.Ramp near = RampFit.fit(t, v, mid, 2.5, 0, 0.15, 0.33);
        assertTrue(near.valid());
        assertEquals(start, near.start_s(), 0.05, "start");
    }

    @Test
    void aFallingRampToo() {
        double[] t = new double[600];
        double[] v = new double[600];
        for (int i = 0; i < t.length; i++) {
            t[i] = i * 0.01;
            v[i] = 10 * (1 - MinJerk.position((t[i] - 1.0) / 4.0));
        }
        int mid = 0;
        while (v[mid] > 5) mid++;
        RampFit.Ramp r = RampFit.fit(t, v, mid, 10, 0, 0.1, 0.4);
        assertEquals(1.0, r.start_s(), 0.02);
        assertEquals(5.0, r.end_s(), 0.02);
    }

    @Test
    void aRampOfKnownDurationIsPlacedFromThePassagesNearItsEnd() {
        double dt = 0.01;
        int n = 1000;
        double[] t = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * dt;
            v[i] = 2.0 * MinJerk.position((t[i] - 1.0) / 6.0);
        }
        int mid = (int) Math.round(4.0 / dt);
        RampFit.Ramp placed = RampFit.place(t, v, mid, 0, 2.0, 0.67, 0.85, 6.0);
        assertEquals(1.0, placed.start_s(), 0.02);
        assertEquals(7.0, placed.end_s(), 0.02);
        // A wrong duration moves the end by only the part of it beyond the passages.
        RampFit.Ramp longer = RampFit.place(t, v, mid, 0, 2.0, 0.67, 0.85, 7.0);
        assertTrue(longer.end_s() > 7.0 && longer.end_s() < 7.0 + 0.45, "end " + longer.end_s());
        assertTrue(!RampFit.place(t, v, mid, 0, 2.0, 0.67, 0.85, 0).valid());
    }
}

package com.reptempo.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Orientation from gravity, with and without a gyroscope. */
class GravityTrackerTest {
    @Test
    void withAGyroscopeARotationIsFollowedWithoutLag() {
        GravityTracker g = new GravityTracker(true);
        double rate_dps = 10;
        for (int i = 0; i <= 200; i++) {
            double t = i * 0.01;
            double a = Math.toRadians(rate_dps * t);
            // gravity seen by the sensor turns from z towards y: dg/dt = -w x g with w about +x
            g.update(i == 0 ? 0 : 0.01, 0, Math.sin(a), Math.cos(a), rate_dps, 0, 0);
        }
        double angle = Math.toDegrees(Math.atan2(g.y(), g.z()));
        assertEquals(20, angle, 0.2);
        assertEquals(0, g.delay_s());
    }

    @Test
    void withoutAGyroscopeTheLowPassSettlesOnGravity() {
        GravityTracker g = new GravityTracker(false);
        for (int i = 0; i <= 300; i++) g.update(i == 0 ? 0 : 0.01, 0.5, 0, Math.sqrt(0.75), Double.NaN, Double.NaN, Double.NaN);
        assertEquals(0.5, g.x(), 1e-6);
        assertEquals(2 / (2 * Math.PI * GravityTracker.LOW_PASS_HZ), g.delay_s(), 1e-9);
    }

    @Test
    void aKnockDoesNotPullTheGyroscopeEstimate() {
        GravityTracker g = new GravityTracker(true);
        for (int i = 0; i <= 100; i++) g.update(i == 0 ? 0 : 0.01, 0, 0, 1, 0, 0, 0);
        for (int i = 0; i < 10; i++) g.update(0.01, 1.2, 0, 1, 0, 0, 0);
        assertEquals(0, Math.toDegrees(Math.asin(g.x())), 0.01, "a 1.2 g knock is not gravity");
    }

    /** Largest tilt (degrees from +z) while a 0.6 g, 0.1 s one-period knock along x passes an accelerometer-only tracker at rest. */
    private static double largestTiltOfAKnock_deg() {
        GravityTracker g = new GravityTracker(false);
        double worst_deg = 0;
        for (int i = 0; i <= 300; i++) {
            double t = i * 0.01;
            double knock_g = t >= 1 && t < 1.1 ? 0.6 * Math.sin(2 * Math.PI * (t - 1) / 0.1) : 0;
            g.update(i == 0 ? 0 : 0.01, knock_g, 0, 1, Double.NaN, Double.NaN, Double.NaN);
            worst_deg = Math.max(worst_deg, Math.toDegrees(Math.acos(Math.min(1, g.z()))));
        }
        return worst_deg;
    }

    @Test
    void withoutAGyroscopeAKnockIsNotATilt() {
        assertTrue(largestTiltOfAKnock_deg() < 0.5, "a 0.6 g knock moved the estimate " + largestTiltOfAKnock_deg() + " deg");
    }

    @Test
    void withoutAGyroscopeAFastTurnIsStillFollowed() {
        // the sensor turned 60 deg in 0.3 s (a hand, not a knock): after it the estimate follows as before
        GravityTracker g = new GravityTracker(false);
        for (int i = 0; i <= 300; i++) {
            double t = i * 0.01;
            double a = Math.toRadians(60 * Math.min(1, Math.max(0, (t - 1) / 0.3)));
            g.update(i == 0 ? 0 : 0.01, Math.sin(a), 0, Math.cos(a), Double.NaN, Double.NaN, Double.NaN);
        }
        assertEquals(60, Math.toDegrees(Math.atan2(g.x(), g.z())), 0.1);
    }
}

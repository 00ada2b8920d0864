package com.reptempo.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnglesTest {
    private static double exact_deg(double chord) {
        return Math.toDegrees(2 * Math.asin(Math.min(1, chord / 2)));
    }

    @Test
    void everyChordGivesTheAngleOfAsinWithinItsStatedError() {
        double worstSmall_deg = 0;
        double worstLarge_deg = 0;
        for (int i = 0; i <= 200_000; i++) {
            double chord = 2.0 * i / 200_000;
            double error_deg = Math.abs(Angles.chordToDeg(chord) - exact_deg(chord));
            if (chord < 0.7) worstSmall_deg = Math.max(worstSmall_deg, error_deg);
            else worstLarge_deg = Math.max(worstLarge_deg, error_deg);
        }
        assertTrue(worstSmall_deg < 3e-5, "up to 41 degrees: " + worstSmall_deg);
        assertTrue(worstLarge_deg < 1e-7, "beyond 40 degrees: " + worstLarge_deg);
    }

    @Test
    void knownAngles() {
        assertEquals(0, Angles.chordToDeg(0), 0);
        assertEquals(60, Angles.chordToDeg(1), 1e-7);
        assertEquals(90, Angles.chordToDeg(Math.sqrt(2)), 1e-7);
        assertEquals(180, Angles.chordToDeg(2), 1e-7);
        assertEquals(180, Angles.chordToDeg(2.0000001), 1e-7, "rounding past opposite vectors stays at 180");
        assertEquals(90, Angles.chordDeg(1, -1, 0), 1e-7);
    }

    @Test
    void aSquaredChordLimitAgreesWithTheAngleLimitOnEitherSide() {
        java.util.Random random = new java.util.Random(8);
        for (double limit_deg : new double[] {0.4, 0.5, 1.0, 2.0, 45, 120}) {
            double limitSq = Angles.chordSqAtMost(limit_deg);
            assertEquals(limit_deg, Angles.chordToDeg(Math.sqrt(limitSq)), 1e-9);
            for (int k = 0; k < 100_000; k++) {
                // directions a little either side of the limit
                double dx = random.nextGaussian();
                double dy = random.nextGaussian();
                double dz = random.nextGaussian();
                double scale = Math.sqrt(limitSq) * (1 + (random.nextDouble() - 0.5) * 1e-3)
                        / Math.sqrt(dx * dx + dy * dy + dz * dz);
                dx *= scale;
                dy *= scale;
                dz *= scale;
                double deg = Angles.chordDeg(dx, dy, dz);
                if (Math.abs(deg - limit_deg) < 1e-12 * limit_deg) continue;
                assertEquals(deg <= limit_deg, Angles.chordSq(dx, dy, dz) <= limitSq, "limit " + limit_deg + " at " + deg);
            }
        }
    }
}

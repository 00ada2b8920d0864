package com.reptempo.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The restart rule on hand-made directions: start straight up, rest wobble 0.05° (4 wobbles about 0.2°). */
class RestartTest {
    private static final double PEAK_DEG = 9;

    private static Restart restartAtRest() {
        RestModel rest = new RestModel();
        rest.reset(0, 0, 1, 0.05);
        return new Restart(rest);
    }

    /** The direction tilted by a_deg about x and then b_deg about y. */
    private static double[] tilt(double a_deg, double b_deg) {
        double a = Math.toRadians(a_deg);
        double b = Math.toRadians(b_deg);
        return new double[] {Math.sin(b) * Math.cos(a), Math.sin(a), Math.cos(a) * Math.cos(b)};
    }

    /** Still for 0.8 s at place_deg (about x) after a 9° movement, then moved sideways by side_deg: where it restarts. */
    private static long restartAfterSideways(double place_deg, double side_deg) {
        Restart restart = restartAtRest();
        double[] p = tilt(place_deg, 0);
        restart.movedOff(42, place_deg, 0.8, p[0], p[1], p[2], PEAK_DEG);
        double[] g = tilt(place_deg, side_deg);
        double theta = ExcursionDetector.chordDeg(g[0], g[1], g[2] - 1);
        return restart.from(g[0], g[1], g[2], theta, PEAK_DEG);
    }

    @Test
    void awayFromHomeTheMoveIsAShareOfThePeak() {
        assertEquals(0.15 * PEAK_DEG, Restart.moveNeeded_deg(1.2, PEAK_DEG), 1e-12);
        assertEquals(-1, restartAfterSideways(1.2, 0.7), "0.7° off a place 1.2° out is less than 15 % of 9°");
    }

    @Test
    void backHomeAfterABigRepANewRepLeavingByAPartialRepsReachRestarts() {
        // a back-lift rep of 9° came back within breathing of its start; the next rep leaves by 0.7°:
        // 15 % of the peak (1.35°) would hold it in the big rep's return
        assertEquals(Restart.HOME_MOVE_DEG, Restart.moveNeeded_deg(0.3, PEAK_DEG), 1e-12);
        assertEquals(42, restartAfterSideways(0.3, 0.7));
    }

    @Test
    void fromHomeBreathingDoesNotRestart() {
        assertEquals(-1, restartAfterSideways(0.3, 0.4), "0.4° is within what breathing moves");
    }

    @Test
    void aSmallRepKeepsItsShareOfThePeak() {
        assertEquals(0.15 * 2, Restart.moveNeeded_deg(0.3, 2), 1e-12);
    }
}

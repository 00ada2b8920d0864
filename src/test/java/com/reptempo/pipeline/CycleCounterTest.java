package com.reptempo.pipeline;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The custom-exercise counter on synthetic signals whose rep count is known. */
class CycleCounterTest {
    /** Counts fed sample by sample: live reports and the final count. */
    record Counted(int live, List<CycleAnalysis.Cycle> cycles) {
        int count() {
            return cycles.size();
        }
    }

    /** Rep start times for reps of the given durations, beginning at start_s with a gap between reps. */
    static double[] starts(double start_s, double gap_s, double... durations_s) {
        double[] s = new double[durations_s.length];
        double t = start_s;
        for (int i = 0; i < s.length; i++) {
            s[i] = t;
            t += durations_s[i] + gap_s;
        }
        return s;
    }

    /** A smooth bump 0 → 1 → 0 over each rep (one raised-cosine cycle), 0 between reps. */
    static DoubleUnaryOperator bumps(double[] starts, double[] durations) {
        return t -> {
            for (int i = 0; i < starts.length; i++) {
                double u = (t - starts[i]) / durations[i];
                if (u >= 0 && u < 1) return 0.5 - 0.5 * Math.cos(2 * Math.PI * u);
            }
            return 0;
        };
    }

    /** A wrist-like set: the magnitude swings by amp_g with each rep, plus noise on every axis. */
    static Counted magnitudeSet(DoubleUnaryOperator rep, double amp_g, double length_s, double rate_hz, long seed) {
        Random r = new Random(seed);
        CycleCounter c = new CycleCounter(rate_hz, CycleSettings.DEFAULTS);
        int live = 0;
        for (int i = 0; i < length_s * rate_hz; i++) {
            double t = i / rate_hz;
            double m = 1 + amp_g * rep.applyAsDouble(t);
            if (c.accept(t, 0.1 * m + 0.01 * r.nextGaussian(), 0.99 * m + 0.01 * r.nextGaussian(), 0.01 * r.nextGaussian()) != null) live++;
        }
        return new Counted(live, c.finalCycles());
    }

    @Test
    void countsNoisyRepsOfTheMagnitude() {
        double[] d = new double[10];
        java.util.Arrays.fill(d, 2.5);
        double[] s = starts(3, 0.3, d);
        Counted c = magnitudeSet(bumps(s, d), 0.3, 35, 100, 1);
        assertEquals(10, c.count());
        assertTrue(Math.abs(c.live() - c.count()) <= 1, "live " + c.live() + " vs final " + c.count());
        for (int i = 0; i < 10; i++) {
            CycleAnalysis.Cycle cy = c.cycles().get(i);
            assertTrue(cy.start_s() <= cy.peak_s() && cy.peak_s() <= cy.end_s(), cy.toString());
            assertTrue(Math.abs(cy.peak_s() - (s[i] + 1.25)) < 1.3, "rep " + i + " peak " + cy.peak_s() + " vs " + (s[i] + 1.25));
        }
    }

    @Test
    void countsRepsWhosePaceChangesThroughTheSet() {
        double[] d = {2.0, 2.2, 2.4, 2.6, 2.8, 3.0, 3.2, 3.4, 3.6, 3.8};
        double[] s = starts(2, 0.4, d);
        Counted c = magnitudeSet(bumps(s, d), 0.25, s[9] + d[9] + 3, 50, 2);
        assertEquals(10, c.count());
    }

    @Test
    void countsAtTheRealRecordingsRateToo() {
        double[] d = new double[8];
        java.util.Arrays.fill(d, 1.8);
        Counted c = magnitudeSet(bumps(starts(1, 0.2, d), d), 0.3, 20, 12.5, 3);
        assertEquals(8, c.count());
    }

    @Test
    void ignoresSmallPartialMovementsAtTheStartAndEnd() {
        double[] d = new double[6];
        java.util.Arrays.fill(d, 3.0);
        double[] s = starts(6, 0.5, d);
        DoubleUnaryOperator reps = bumps(s, d);
        double end = s[5] + d[5] + 1;
        // un-racking before the first rep and re-racking after the last: a third of a rep's swing
        DoubleUnaryOperator set = t -> reps.applyAsDouble(t)
                + 0.3 * bumps(new double[] {1.5, end}, new double[] {2.5, 2.5}).applyAsDouble(t);
        Counted c = magnitudeSet(set, 0.3, end + 4, 100, 4);
        assertEquals(6, c.count());
    }

    @Test
    void restWithOnlySensorNoiseIsNoRep() {
        Counted c = magnitudeSet(t -> 0, 0.3, 30, 100, 5);
        assertEquals(0, c.count());
        assertEquals(0, c.live());
    }

    @Test
    void countsSlowTiltsWithHoldsThatDoNotChangeTheMagnitude() {
        // a physio's slow custom exercise: 4 s up, 2 s hold, 4 s down, 2 s rest; 25 degrees of tilt
        int reps = 10;
        double rate = 100;
        Random r = new Random(6);
        CycleCounter c = new CycleCounter(rate, CycleSettings.DEFAULTS);
        double start = 5;
        double length = start + reps * 12 + 4;
        int live = 0;
        for (int i = 0; i < length * rate; i++) {
            double t = i / rate;
            double angle = Math.toRadians(25) * slowRep(t - start, reps);
            double ay = Math.cos(angle);
            double az = Math.sin(angle);
            if (c.accept(t, 0.003 * r.nextGaussian(), ay + 0.003 * r.nextGaussian(), az + 0.003 * r.nextGaussian()) != null) live++;
        }
        assertEquals(reps, c.finalCycles().size());
        assertTrue(Math.abs(live - reps) <= 1, "live " + live);
    }

    /** 0 at rest, 1 at the top: minimum-jerk 4 s up, 2 s hold, 4 s down, 2 s rest, repeated. */
    private static double slowRep(double t, int reps) {
        if (t < 0 || t >= reps * 12) return 0;
        double u = t % 12;
        if (u < 4) return minJerk(u / 4);
        if (u < 6) return 1;
        if (u < 10) return 1 - minJerk((u - 6) / 4);
        return 0;
    }

    private static double minJerk(double s) {
        return s * s * s * (10 - 15 * s + 6 * s * s);
    }

    @Test
    void aSensorDropoutInsideASetStillCountsTheRepsItHid() {
        double[] d = new double[10];
        java.util.Arrays.fill(d, 2.5);
        double[] s = starts(1, 0, d);
        DoubleUnaryOperator rep = bumps(s, d);
        CycleCounter c = new CycleCounter(12.5, CycleSettings.DEFAULTS);
        Random r = new Random(7);
        for (int i = 0; i < 27 * 12.5; i++) {
            double t = i / 12.5;
            if (t > 13.1 && t < 15.4) continue; // 2.3 s without samples
            double m = 1 + 0.3 * rep.applyAsDouble(t);
            c.accept(t, 0.01 * r.nextGaussian(), m, 0.01 * r.nextGaussian());
        }
        assertEquals(10, c.finalCycles().size());
    }

    @Test
    void theFinalCountDoesNotDependOnHowOftenItIsAsked() {
        double[] d = new double[5];
        java.util.Arrays.fill(d, 2.0);
        DoubleUnaryOperator rep = bumps(starts(1, 0.5, d), d);
        CycleCounter c = new CycleCounter(50, CycleSettings.DEFAULTS);
        for (int i = 0; i < 15 * 50; i++) c.accept(i / 50.0, 0, 1 + 0.3 * rep.applyAsDouble(i / 50.0), 0);
        List<CycleAnalysis.Cycle> first = new ArrayList<>(c.finalCycles());
        assertEquals(first, c.finalCycles());
        assertEquals(5, first.size());
    }

    @Test
    void findsThePeriodOfARepeatedMovement() {
        double rate = 12.5;
        double[] v = new double[(int) (40 * rate)];
        for (int i = 0; i < v.length; i++) v[i] = Math.sin(2 * Math.PI * i / rate / 3.2) + 0.3 * Math.sin(2 * Math.PI * i / rate / 1.6);
        assertEquals(3.2, CycleAnalysis.period_s(v, rate), 0.1);
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

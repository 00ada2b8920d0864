package com.reptempo.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** SPARC of textbook profiles (Balasubramanian et al. 2015). */
class SparcTest {
    private static final double DT = 0.01;

    static double[] minJerkSpeed(double duration_s) {
        int n = (int) (duration_s / DT) + 1;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = MinJerk.speed(i * DT / duration_s);
        return v;
    }

    @Test
    void aMinimumJerkMovementIsSmooth() {
        double s = Sparc.of(minJerkSpeed(3), DT);
        assertTrue(s > -1.7 && s < -1.3, "minimum-jerk SPARC about -1.6, got " + s);
    }

    @Test
    void aStopHalfwayMakesItLessSmooth() {
        double[] a = minJerkSpeed(1.2);
        double[] pause = new double[90];
        double[] b = minJerkSpeed(1.2);
        double[] v = new double[a.length + pause.length + b.length];
        System.arraycopy(a, 0, v, 0, a.length);
        System.arraycopy(b, 0, v, a.length + pause.length, b.length);
        double smooth = Sparc.of(minJerkSpeed(3), DT);
        double jerky = Sparc.of(v, DT);
        assertTrue(jerky < smooth - 0.5, "a pause lengthens the arc: " + jerky + " vs " + smooth);
        assertTrue(jerky < -2.0, "below the default jerky limit: " + jerky);
    }

    @Test
    void theMeasureDoesNotDependOnSpeedOrAmplitude() {
        double slow = Sparc.of(minJerkSpeed(4), DT);
        double[] big = minJerkSpeed(4);
        for (int i = 0; i < big.length; i++) big[i] *= 25;
        assertTrue(Math.abs(slow - Sparc.of(big, DT)) < 1e-9);
        assertTrue(Math.abs(slow - Sparc.of(minJerkSpeed(2), DT)) < 0.1);
    }

    @Test
    void tooShortOrStillProfilesScoreZero() {
        assertTrue(Sparc.of(new double[3], DT) == 0);
        assertTrue(Sparc.of(new double[100], DT) == 0);
    }

    @Test
    void thePrunedTransformGivesTheFullTransformsBinsBitForBit() {
        java.util.Random random = new java.util.Random(3);
        double[] steps_s = {0.01, 0.02, 0.037, 0.08};
        for (int trial = 0; trial < 400; trial++) {
            int n = 4 + random.nextInt(trial < 200 ? 80 : 900);
            double[] v = new double[n];
            for (int i = 0; i < n; i++) v[i] = random.nextDouble() * (random.nextInt(8) == 0 ? 0 : 1) + (i % 7 == 0 ? -0.0 : 0);
            double dt_s = steps_s[trial % steps_s.length];
            int nfft = Integer.highestOneBit(n - 1) << (1 + Sparc.PAD_LEVEL);
            double[] re = new double[nfft];
            double[] im = new double[nfft];
            System.arraycopy(v, 0, re, 0, n);
            Sparc.fft(re, im);
            int last = Sparc.lastBin(nfft, dt_s);
            double full = Sparc.arc(re, im, last);
            double pruned = Sparc.of(v, dt_s);
            assertTrue(Double.doubleToLongBits(full) == Double.doubleToLongBits(pruned),
                    "n " + n + " dt " + dt_s + ": " + full + " vs " + pruned);
        }
    }
}

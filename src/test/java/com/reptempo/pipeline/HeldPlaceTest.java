package com.reptempo.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Places held during a movement, in the detector. */
class HeldPlaceTest {

    /**
     * Mid-set, the body goes 2.5° from where the detector's rest is and stays there, then does rep
     * after rep from that place (2.5° about the other axis and back, so it never comes back below half
     * the movement's peak, with a 1.5 s wait, too short to settle): after the sensor has left
     * and come back to the place {@link HeldPlace#REST_RETURNS} times, the place is the rest and
     * the following reps are movements of their own, instead of one movement holding them all.
     */
    @Test
    void aPlaceLeftAndComeBackToRepeatedlyIsTheRest() {
        List<Excursion> found = shiftedThenReps();
        long reps = found.stream().filter(e -> e.end() == Excursion.End.RETURNED && e.peak_deg() > 2 && e.peak_deg() < 3).count();
        StringBuilder s = new StringBuilder();
        for (Excursion e : found) s.append(String.format(" %.1f-%.1f %s %.2f;", e.start_s(), e.end_s(), e.end(), e.peak_deg()));
        assertTrue(reps >= 2, "movements:" + s);
    }

    /**
     * The same body as above (shifted 2.5° and held, then rep after rep about the other axis from
     * there): when the place is found to be the rest, the first rep from it, which left it and came
     * back before the second departure, is a movement of its own measured from the place
     * ({@link HeldPlace#restRepFrom}), not part of the shift that ends as getting into position.
     */
    @Test
    void theFirstRepFromTheRestFoundAgainIsMeasuredFromIt() {
        List<Excursion> found = shiftedThenReps();
        StringBuilder s = new StringBuilder();
        for (Excursion e : found) s.append(String.format(" %.1f-%.1f %s %.2f;", e.start_s(), e.end_s(), e.end(), e.peak_deg()));
        assertTrue(found.stream().anyMatch(e -> e.end() == Excursion.End.RETURNED && e.peak_deg() > 2 && e.peak_deg() < 3
                && e.start_s() > 12 && e.start_s() < 15 && e.end_s() < 23), "the first rep from the place:" + s);
        assertTrue(found.stream().anyMatch(e -> e.end() == Excursion.End.STUCK && e.end_s() < 15), "the shift ends there:" + s);
    }

    /**
     * Mid-set, a side switch goes 4° out and comes down to 0.9° from the start, where the body is
     * held; a partial rep then leaves that place by 0.6° (less than {@link HeldPlace#MOVE_DEG}, less
     * than {@link HeldPlace#AWAY_RATIO} times the way to it) and comes back: the place is a new rest
     * ({@link HeldPlace#PARTIAL_MOVE_DEG}, {@link HeldPlace#DOWN_FRACTION}).
     */
    @Test
    void aPartialRepFromWhereASideSwitchCameDownMakesThatPlaceTheRest() {
        HeldPlace place = new HeldPlace();
        double peak = 0;
        long found = -1;
        for (int i = 0; i * 0.01 <= 9; i++) {
            double t = i * 0.01;
            double ax = t < 1.5 ? 4 * t / 1.5 : t < 3 ? 4 - 3.1 * (t - 1.5) / 1.5 : 0.9;
            double ay = t >= 4.2 && t < 7.2 ? 0.6 * Math.sin(Math.PI * (t - 4.2) / 3) : 0;
            double gx = Math.sin(Math.toRadians(ax));
            double gy = Math.sin(Math.toRadians(ay));
            double gz = Math.sqrt(1 - gx * gx - gy * gy);
            double theta = Math.toDegrees(Math.acos(gz));
            peak = Math.max(peak, theta);
            long r = place.observe(i, t, gx, gy, gz, theta, false, HeldPlace.MID_SET_MIN_DEG, HeldPlace.MAX_SHIFT_S, HeldPlace.MID_SET_MIN_DEG, peak);
            if (r >= 0 && found < 0) found = r;
        }
        assertTrue(found >= 0, "the place the switch came down to is the new rest");
        assertTrue(found * 0.01 > 2.5 && found * 0.01 < 4.2, "held where the switch came down: " + found * 0.01);
    }

    /**
     * Mid-set, a jerky rep goes 0.9° out, pauses there for 1.2 s, goes on to its 3° top, holds
     * for 1 s and comes back to the start in 4 s: the slow end of its way back passes through the
     * pause within {@link HeldPlace#BAND_DEG} for more than {@link HeldPlace#BACK_S}, but keeps
     * going homeward ({@link HeldPlace#HOMEWARD_DRIFT_DEG}), so the pause is not a new rest.
     */
    @Test
    void aRepsWayBackThroughItsPauseIsNotANewRest() {
        HeldPlace place = new HeldPlace();
        double peak = 0;
        long found = -1;
        for (int i = 0; i * 0.01 <= 14; i++) {
            double t = i * 0.01;
            double a = t < 1 ? 0.9 * MinJerk.position(t)
                    : t < 2.2 ? 0.9
                    : t < 4.2 ? 0.9 + 2.1 * MinJerk.position((t - 2.2) / 2)
                    : t < 5.2 ? 3
                    : t < 9.2 ? 3 * (1 - MinJerk.position((t - 5.2) / 4)) : 0;
            double gx = Math.sin(Math.toRadians(a));
            double gz = Math.sqrt(1 - gx * gx);
            double theta = Math.toDegrees(Math.acos(gz));
            peak = Math.max(peak, theta);
            long r = place.observe(i, t, gx, 0, gz, theta, false, HeldPlace.MID_SET_MIN_DEG, HeldPlace.MAX_SHIFT_S, HeldPlace.MID_SET_MIN_DEG, peak);
            if (r >= 0 && found < 0) found = r;
        }
        assertTrue(found < 0, "the pause was taken for a new rest at " + found * 0.01);
    }

    /**
     * Before the set's first rep, the body moves 5° into its new position in 4 s and settles there
     * for 3 s; the first rep then goes 3° back towards the old rest, holds for 4 s (still for 2 s
     * below half the movement's peak, where the movement would end *settled*) and comes back to the
     * place: the place held first is the new position ({@link HeldPlace#leftPlace}), so the
     * movement into it ends there and the rep is a movement of its own that returns to it, instead
     * of the rep's way out ending the move into position as one settled movement.
     */
    @Test
    void aFirstRepLeavingTheNewPositionHomewardIsMeasuredFromIt() {
        DoubleUnaryOperator into = t -> 5 * (t < 3 ? 0 : t < 7 ? MinJerk.position((t - 3) / 4) : 1)
                - ExcursionDetectorTest.rep(t, 10, 3, 4, 3, 3);
        List<Excursion> found = ExcursionDetectorTest.runTwoAxes(new ExcursionDetector.Settings(10, 45, 60), false,
                into, t -> 0, 25, 5);
        StringBuilder s = new StringBuilder();
        for (Excursion e : found) s.append(String.format(" %.1f-%.1f %s %.2f;", e.start_s(), e.end_s(), e.end(), e.peak_deg()));
        assertTrue(found.stream().anyMatch(e -> e.end() == Excursion.End.STUCK && e.end_s() < 10.5),
                "the move into position ends at the place:" + s);
        assertTrue(found.stream().anyMatch(e -> e.end() == Excursion.End.RETURNED && e.start_s() > 5.5
                && e.peak_deg() > 2.5 && e.peak_deg() < 3.5), "the first rep is a movement of its own:" + s);
    }

    /**
     * A first rep with a 2 s hold at its 3° top ends as one movement back at the start, not cut at
     * its top as a new position.
     */
    @Test
    void aFirstRepsHoldAtItsTopIsNotANewPosition() {
        List<Excursion> found = ExcursionDetectorTest.runTwoAxes(new ExcursionDetector.Settings(10, 45, 60), false,
                t -> ExcursionDetectorTest.rep(t, 3, 3, 2, 3, 3), t -> 0, 16, 5);
        StringBuilder s = new StringBuilder();
        for (Excursion e : found) s.append(String.format(" %.1f-%.1f %s %.2f;", e.start_s(), e.end_s(), e.end(), e.peak_deg()));
        assertTrue(found.stream().noneMatch(e -> e.end() == Excursion.End.STUCK), "no new position:" + s);
        assertTrue(found.stream().anyMatch(e -> e.end() == Excursion.End.RETURNED && e.peak_deg() > 2.7), "the rep:" + s);
    }

    /** The body shifted 2.5° about one axis and held there, then four reps of 2.5° about the other axis from that place. */
    private static List<Excursion> shiftedThenReps() {
        DoubleUnaryOperator tilt = t -> -2.5 * (t < 10 ? 0 : t < 13 ? MinJerk.position((t - 10) / 3) : 1);
        DoubleUnaryOperator side = t -> {
            double sum = 0;
            for (int k = 0; k < 4; k++) sum += ExcursionDetectorTest.rep(t, 14.5 + 8.5 * k, 3, 1, 3, 2.5) * (t < 14.5 + 8.5 * k + 8.5 ? 1 : 0);
            return sum;
        };
        return ExcursionDetectorTest.runTwoAxes(new ExcursionDetector.Settings(10, 45, 60), true, tilt, side, 58, 5);
    }
}

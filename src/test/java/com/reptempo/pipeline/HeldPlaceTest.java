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
        DoubleUnaryOperator tilt = t -> -2.5 * (t < 10 ? 0 : t < 13 ? MinJerk.position((t - 10) / 3) : 1);
        DoubleUnaryOperator side = t -> {
            double sum = 0;
            for (int k = 0; k < 4; k++) sum += ExcursionDetectorTest.rep(t, 14.5 + 8.5 * k, 3, 1, 3, 2.5) * (t < 14.5 + 8.5 * k + 8.5 ? 1 : 0);
            return sum;
        };
        List<Excursion> found = ExcursionDetectorTest.runTwoAxes(new ExcursionDetector.Settings(10, 45, 60), true, tilt, side, 58, 5);
        long reps = found.stream().filter(e -> e.end() == Excursion.End.RETURNED && e.peak_deg() > 2 && e.peak_deg() < 3).count();
        StringBuilder s = new StringBuilder();
        for (Excursion e : found) s.append(String.format(" %.1f-%.1f %s %.2f;", e.start_s(), e.end_s(), e.end(), e.peak_deg()));
        assertTrue(reps >= 2, "movements:" + s);
    }
}

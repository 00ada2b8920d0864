package com.reptempo.pipeline;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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
        Random rng = new Random(5);
        ExcursionDetector d = new ExcursionDetector(new ExcursionDetector.Settings(10, 45, 60));
        d.calibrate(0, 0, 1);
        d.setBegun(true);
        List<Excursion> found = new ArrayList<>();
        for (int i = 0; i * 0.01 <= 58; i++) {
            double t = i * 0.01;
            double tilt = -2.5 * (t < 10 ? 0 : t < 13 ? MinJerk.position((t - 10) / 3) : 1);
            double side = 0;
            for (int k = 0; k < 4; k++) side += ExcursionDetectorTest.rep(t, 14.5 + 8.5 * k, 3, 1, 3, 2.5) * (t < 14.5 + 8.5 * k + 8.5 ? 1 : 0);
            double a = Math.toRadians(tilt + 0.02 * rng.nextGaussian());
            double b = Math.toRadians(side + 0.02 * rng.nextGaussian());
            ExcursionDetector.Event e = d.accept(t, Math.sin(b), Math.sin(a) * Math.cos(b), Math.cos(a) * Math.cos(b));
            if (e == ExcursionDetector.Event.ENDED || e == ExcursionDetector.Event.RESTARTED) found.add(d.finished());
        }
        if (d.endOfStream()) found.add(d.finished());
        long reps = found.stream().filter(e -> e.end() == Excursion.End.RETURNED && e.peak_deg() > 2 && e.peak_deg() < 3).count();
        StringBuilder s = new StringBuilder();
        for (Excursion e : found) s.append(String.format(" %.1f-%.1f %s %.2f;", e.start_s(), e.end_s(), e.end(), e.peak_deg()));
        assertTrue(reps >= 2, "movements:" + s);
    }
}

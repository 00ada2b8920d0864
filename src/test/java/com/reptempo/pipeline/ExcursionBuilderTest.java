package com.reptempo.pipeline;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a finished movement is measured. */
class ExcursionBuilderTest {

    /**
     * A 0.6° partial rep about x while breathing rocks the pelvis by 0.25° about y, at its largest
     * just as the rep peaks: measured towards the average of the top ({@link ExcursionBuilder#TOP_FRACTION})
     * the direction is turned less towards breathing (cosine to the rep's axis 0.92) than towards
     * the single farthest sample (0.87).
     */
    @Test
    void aPartialRepPointsWhereItWentNotWhereBreathingPushedItsPeak() {
        Random rng = new Random(3);
        ExcursionDetector d = new ExcursionDetector(new ExcursionDetector.Settings(10, 45, 60));
        d.calibrate(0, 0, 1);
        List<Excursion> found = new ArrayList<>();
        double peak_s = 23;
        for (int i = 0; i * 0.01 <= 32; i++) {
            double t = i * 0.01;
            double a = Math.toRadians(ExcursionDetectorTest.rep(t, peak_s - 3, 3, 0, 3, 0.6) + 0.005 * rng.nextGaussian());
            double b = Math.toRadians(0.25 * Math.cos(2 * Math.PI * (t - peak_s) / 3.0) + 0.005 * rng.nextGaussian());
            ExcursionDetector.Event e = d.accept(t, Math.sin(b), Math.sin(a) * Math.cos(b), Math.cos(a) * Math.cos(b));
            if (e == ExcursionDetector.Event.ENDED || e == ExcursionDetector.Event.RESTARTED) found.add(d.finished());
        }
        if (d.endOfStream()) found.add(d.finished());
        Excursion rep = found.stream().max((x, y) -> Double.compare(x.peak_deg(), y.peak_deg())).orElseThrow();
        assertEquals(23, rep.t_s()[rep.peakIndex()], 1.0);
        assertTrue(Math.abs(rep.dirY()) > 0.9, "direction " + rep.dirX() + " " + rep.dirY() + " " + rep.dirZ());
    }
}

package com.reptempo.app;

import com.reptempo.app.review.ReviewFixtures;
import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Sample;
import com.reptempo.pipeline.PipelineOptions;
import com.reptempo.pipeline.RepPipeline;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MotionTraceTest {
    private static final ExerciseDefinition COBRA = ReviewFixtures.ROUTINE.get("cobra-lift");

    /** Lying still for 5 s, then lifting to 30° and back over 10 s, three times, at 100 Hz. */
    static List<Sample> lifts() {
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            double t = i / 100.0;
            double phase = (t - 5) % 15;
            double deg = t < 5 || phase > 10 ? 0 : 30 * Math.sin(Math.PI * phase / 10);
            double r = Math.toRadians(deg);
            out.add(Sample.accelOnly(t, Math.sin(r), 0, Math.cos(r)));
        }
        return out;
    }

    @Test
    void theTraceIsThePipelinesOwnMotionAngleTakenEveryFewSamples() {
        List<Sample> samples = lifts();
        MotionTrace m = MotionTrace.of(samples, COBRA, MotionTrace.MAX_POINTS);
        assertTrue(m.size() > 1000 && m.size() <= 2500, "at most 50 points a second: " + m.size());
        // the same angle as a pipeline fed the same samples shows live
        RepPipeline live = new RepPipeline(COBRA, PipelineOptions.defaults(), null);
        List<Double> t = new ArrayList<>();
        List<Double> angle = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            live.accept(samples.get(i));
            var s = live.snapshot();
            if (i % 2 == 0 && s.calibrated()) {
                t.add(s.t_s());
                angle.add(s.motionAngle_deg());
            }
        }
        assertArrayEquals(t.stream().mapToDouble(Double::doubleValue).toArray(), m.t_s(), 1e-12);
        assertArrayEquals(angle.stream().mapToDouble(Double::doubleValue).toArray(), m.angle_deg(), 1e-12);
        double peak = 0;
        for (double v : m.angle_deg()) peak = Math.max(peak, v);
        assertEquals(30, peak, 3, "the lifts reach about 30°");
        assertTrue(m.start_s() >= 1.0 && m.start_s() < 5, "points start once the still start has calibrated: " + m.start_s());
    }

    @Test
    void longSetsAreThinnedToTheLimitAndEmptyOnesGiveNothing() {
        MotionTrace m = MotionTrace.of(lifts(), COBRA, 100);
        assertTrue(m.size() <= 100 && m.size() > 90, "points: " + m.size());
        assertEquals(0, MotionTrace.of(List.of(), COBRA, 100).size());
    }
}

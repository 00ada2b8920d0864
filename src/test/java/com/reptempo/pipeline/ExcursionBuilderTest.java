package com.reptempo.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

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
        double peak_s = 23;
        DoubleUnaryOperator rep = t -> ExcursionDetectorTest.rep(t, peak_s - 3, 3, 0, 3, 0.6);
        DoubleUnaryOperator breathing = t -> 0.25 * Math.cos(2 * Math.PI * (t - peak_s) / 3.0);
        List<Excursion> found = ExcursionDetectorTest.runTwoAxes(new ExcursionDetector.Settings(10, 45, 60), false, rep, breathing, 32,
                0.005, 3);
        Excursion partial = found.stream().max((x, y) -> Double.compare(x.peak_deg(), y.peak_deg())).orElseThrow();
        assertEquals(23, partial.t_s()[partial.peakIndex()], 1.0);
        assertTrue(Math.abs(partial.dirY()) > 0.9, "direction " + partial.dirX() + " " + partial.dirY() + " " + partial.dirZ());
    }
}

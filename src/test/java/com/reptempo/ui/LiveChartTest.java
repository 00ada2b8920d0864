package com.reptempo.ui;

import com.reptempo.app.live.TraceBuffer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LiveChartTest {
    /** Points every 0.02 s from {@code from_s} up to {@code to_s}. */
    private static TraceBuffer.Points points(double from_s, double to_s) {
        int n = (int) Math.round((to_s - from_s) / 0.02) + 1;
        double[] t = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) t[i] = from_s + i * 0.02;
        Arrays.fill(v, 1.0);
        return new TraceBuffer.Points(t, v);
    }

    @Test
    void aBandScrolledPartlyOutOfTheWindowLosesItsLabelSoItCannotCoverTheNext() {
        List<String> labels = Swing.onEdt(() -> {
            LiveChart chart = new LiveChart();
            chart.append(points(0, 4));
            chart.phaseBand("lift", 4, 3, 3);
            chart.phaseBand("hold", 7, 2, 3);
            chart.phaseBand("lower", 10, 4, 4);
            chart.append(points(4.02, 22));
            return chart.bandLabels();
        });
        // the window is 2-22 s: every band starts in view
        assertEquals(List.of("lift", "hold", "lower"), labels);
        List<String> later = Swing.onEdt(() -> {
            LiveChart chart = new LiveChart();
            chart.phaseBand("lift", 4, 3, 3);
            chart.phaseBand("hold", 7, 2, 3);
            chart.phaseBand("lower", 10, 4, 4);
            chart.append(points(0, 25.5));
            return chart.bandLabels();
        });
        // the window is 5.5-25.5 s: the lift band is cut at the left edge
        assertEquals(Arrays.asList(null, "hold", "lower"), later);
    }
}

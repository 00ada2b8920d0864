package com.reptempo.pipeline;

import com.reptempo.model.Sample;

import java.util.Arrays;
import java.util.List;

/**
 * Counts the reps of a whole recorded custom-exercise set with chosen counter settings, exactly as
 * the pipeline's final count does ({@link CycleStage}); for evaluation and tuning tools.
 */
public final class CycleSetCounter {
    private CycleSetCounter() {
    }

    /** The set's rep count; samples whose time does not increase are skipped, as the pipeline does. */
    public static int count(List<Sample> samples, CycleSettings settings) {
        CycleCounter counter = new CycleCounter(rate_hz(samples), settings);
        double last = Double.NEGATIVE_INFINITY;
        for (Sample s : samples) {
            if (!(s.t_s() > last)) continue;
            last = s.t_s();
            counter.accept(s.t_s(), s.ax_g(), s.ay_g(), s.az_g());
        }
        return counter.finalCycles().size();
    }

    /** The median interval of the first samples, as a rate (100 Hz when it cannot be told). */
    static double rate_hz(List<Sample> samples) {
        int n = Math.min(samples.size(), 256);
        if (n < 2) return 100;
        double[] d = new double[n - 1];
        for (int i = 1; i < n; i++) d[i - 1] = samples.get(i).t_s() - samples.get(i - 1).t_s();
        Arrays.sort(d);
        double dt = d[d.length / 2];
        return dt > 0 ? 1 / dt : 100;
    }
}

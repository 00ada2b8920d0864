package com.reptempo.pipeline;

import com.reptempo.model.RepResult;
import com.reptempo.model.Sample;

import java.util.ArrayList;
import java.util.List;

/**
 * The rep stage for custom exercises, which have no known structure: the sensor may sit anywhere
 * (a wrist during a barbell lift, the pelvis during a slow tilt) and a rep is any repeated
 * movement. Counts cycles of the acceleration ({@link CycleCounter}, {@link CycleAnalysis}): the
 * way out runs from where the counted signal left its low side to its peak, the way back from the
 * peak to the start of the next rep.
 */
final class CycleStage {
    private final RepAssembler assembler;
    private final CycleCounter counter;
    private int live;

    CycleStage(RepAssembler assembler, double rate_hz) {
        this(assembler, rate_hz, CycleSettings.DEFAULTS);
    }

    CycleStage(RepAssembler assembler, double rate_hz, CycleSettings settings) {
        this.assembler = assembler;
        this.counter = new CycleCounter(rate_hz, settings);
    }

    /** Feeds a sample; returns a rep completed live, or null. */
    RepResult accept(Sample s) {
        return report(counter.accept(s.t_s(), s.ax_g(), s.ay_g(), s.az_g()));
    }

    /**
     * Feeds only the acceleration magnitude (g); returns a rep completed live, or null. Slow tilts
     * do not change the magnitude: prefer {@link #accept(Sample)}, which sees the three axes.
     */
    RepResult accept(double t_s, double accel_g) {
        return report(counter.accept(t_s, accel_g, 0, 0));
    }

    private RepResult report(CycleAnalysis.Cycle c) {
        if (c == null) return null;
        live++;
        return rep(live, c);
    }

    /** The final reps of the set, counted over the whole set. */
    List<RepResult> finish() {
        List<RepResult> out = new ArrayList<>();
        for (CycleAnalysis.Cycle c : counter.finalCycles()) out.add(rep(out.size() + 1, c));
        return out;
    }

    private RepResult rep(int index, CycleAnalysis.Cycle c) {
        RepTiming timing = new RepTiming(c.start_s(), c.peak_s(), c.peak_s(), c.end_s(), c.peak_s());
        return assembler.assembleCycle(index, timing, 0);
    }
}

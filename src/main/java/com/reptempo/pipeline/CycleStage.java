package com.reptempo.pipeline;

import com.reptempo.model.RepResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The rep stage for custom exercises, which have no known structure: the sensor may sit anywhere
 * (a wrist during a barbell lift) and a rep is a repeated push and pull rather than a tilt of the
 * pelvis. Counts cycles ({@link CycleCounter}) of the acceleration magnitude band-passed to
 * {@link #LOW_HZ}-{@link #HIGH_HZ} (the pace of deliberate reps, 1-5 s each) and inverted (the
 * lowering, when the arm decelerates the weight and the magnitude dips, marks a rep most
 * clearly); the way out runs from where the signal left its low band to its peak, the way back
 * from the peak to the start of the next rep.
 */
final class CycleStage {
    static final double LOW_HZ = 0.15;
    static final double HIGH_HZ = 1.0;

    private final RepAssembler assembler;
    private final BandPass filter;
    private final CycleCounter counter = new CycleCounter();
    private int live;

    CycleStage(RepAssembler assembler, double rate_hz) {
        this.assembler = assembler;
        this.filter = new BandPass(LOW_HZ, HIGH_HZ, rate_hz);
    }

    /** Feeds a sample; returns a rep completed live, or null. */
    RepResult accept(double t_s, double accel_g) {
        CycleCounter.Cycle c = counter.accept(t_s, -filter.apply(accel_g));
        if (c == null) return null;
        live++;
        return rep(live, c);
    }

    /** The final reps of the set, counted over the whole set. */
    List<RepResult> finish() {
        List<RepResult> out = new ArrayList<>();
        for (CycleCounter.Cycle c : counter.finalCycles()) out.add(rep(out.size() + 1, c));
        return out;
    }

    private RepResult rep(int index, CycleCounter.Cycle c) {
        RepTiming timing = new RepTiming(c.start_s(), c.peak_s(), c.peak_s(), c.end_s(), c.peak_s());
        return assembler.assembleCycle(index, timing, 0);
    }
}

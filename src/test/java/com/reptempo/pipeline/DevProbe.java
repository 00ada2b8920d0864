package com.reptempo.pipeline;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Development probe: every movement the pipeline saw, with its features and verdict (used by the dev tools). */
public final class DevProbe {
    public record Row(double start_s, double end_s, String text, String verdict, double peak, double typical, double duration,
                      double typicalDuration, double out, double top, double back, double endOffset, double[] dir, String end,
                      double rawStart, double rawEnd, double peakZ, double cos, double fwhm) {
    }

    /** Every movement's phi (rotation along its own direction) every 0.5 s, with its verdict. */
    public static List<String> phiTraces(List<Sample> samples, ExerciseDefinition ex, PipelineOptions opt) {
        RepPipeline p = new RepPipeline(ex, opt, null);
        List<String> rows = new ArrayList<>();
        p.observe((e, t, v, typ, typD, cos) -> {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%7.2f-%7.2f %-12s P=%.2f z=%.1f base=%.2f stop=%.2f mid=%s:",
                    e.start_s(), e.end_s(), v, e.peak_deg(), e.peakZ(), e.restBase_deg(), MidMovementStop.stoppedWaySparc(e, EvenMovement.of(e), Double.NEGATIVE_INFINITY), RestMidway.inner(e) != e ? String.format(Locale.ROOT, "%.2f-%.2f", RestMidway.inner(e).start_s(), RestMidway.inner(e).end_s()) : "-"));
            double next = e.start_s();
            for (int i = 0; i < e.length(); i++) {
                if (e.t_s()[i] >= next) {
                    sb.append(String.format(Locale.ROOT, " %.1f", e.phi_deg()[i]));
                    next += 0.5;
                }
            }
            rows.add(sb.toString());
        });
        for (Sample s : samples) p.accept(s);
        p.finish();
        return rows;
    }

    public static List<Row> excursions(List<Sample> samples, ExerciseDefinition ex, PipelineOptions opt) {
        RepPipeline p = new RepPipeline(ex, opt, null);
        List<Row> rows = new ArrayList<>();
        p.observe((e, t, v, typ, typD, cos) -> rows.add(new Row(t.start_s(), t.end_s(), String.format(Locale.ROOT,
                "%7.2f-%7.2f raw %7.2f-%7.2f P=%6.2f z=%6.1f %-14s %-12s out %.2f top %.2f back %.2f dir=(%.2f %.2f %.2f) M=%.2f D=%.2f",
                t.start_s(), t.end_s(), e.start_s(), e.end_s(), e.peak_deg(), e.peakZ(), e.end(), v, t.out_s(), t.top_s(), t.back_s(),
                e.dirX(), e.dirY(), e.dirZ(), typ, typD), v.name(), e.peak_deg(), typ, t.duration_s(), typD, t.out_s(), t.top_s(),
                t.back_s(), e.theta_deg()[e.length() - 1] / e.peak_deg(), new double[] {e.dirX(), e.dirY(), e.dirZ()}, e.end().name(),
                e.start_s(), e.end_s(), e.peakZ(), cos, e.timeAboveHalf_s())));
        for (Sample s : samples) p.accept(s);
        p.finish();
        return rows;
    }
}

package com.reptempo.pipeline;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Sample;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/** Development probe: every movement with its ratios against the pipeline's typical rep at the moment it was judged. */
public final class GivenUpProbe {
    public record Row(double rawStart, double rawEnd, String verdict, String end, double z, double r, double rw, double rd,
                      double ro, double rb, double out, double top, double back, double cos, double vo, double vb, double mjo, double mjb) {
    }

    public static List<Row> rows(List<Sample> samples, ExerciseDefinition ex, PipelineOptions opt) throws ReflectiveOperationException {
        RepPipeline p = new RepPipeline(ex, opt, null);
        Field f = RepPipeline.class.getDeclaredField("soFar");
        f.setAccessible(true);
        List<Row> rows = new ArrayList<>();
        p.observe((e, t, v, typ, typW, cos) -> {
            TypicalRep tr = classifier(f, p).typical();
            rows.add(new Row(e.start_s(), e.end_s(), v.name(), e.end().name(), e.peakZ(), e.peak_deg() / typ,
                    e.timeAboveHalf_s() / typW, t.duration_s() / tr.duration_s(), t.out_s() / tr.out_s(), t.back_s() / tr.return_s(),
                    t.out_s(), t.top_s(), t.back_s(), cos, speed(e, true) / (1.875 * typ / tr.out_s()),
                    speed(e, false) / (1.875 * typ / tr.return_s()),
                    1.875 * e.peak_deg() / speed(e, true) / tr.out_s(), 1.875 * e.peak_deg() / speed(e, false) / tr.return_s()));
        });
        for (Sample s : samples) p.accept(s);
        p.finish();
        return rows;
    }

    private static double speed(Excursion e, boolean out) {
        return PeakSpeed.of(e, out);
    }

    /** The pipeline's classifier now (a restarted set gets a new one). */
    private static RepClassifier classifier(Field f, RepPipeline p) {
        try {
            return ((RepsSoFar) f.get(p)).classifier();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}

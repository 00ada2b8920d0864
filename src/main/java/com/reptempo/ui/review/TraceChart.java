package com.reptempo.ui.review;

import com.reptempo.app.MotionTrace;
import com.reptempo.app.review.RepStats;
import com.reptempo.app.review.SetView;
import com.reptempo.model.PhaseKind;
import com.reptempo.model.PhaseResult;
import com.reptempo.model.RepResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

/**
 * The motion of the set over time (the pipeline's motion angle, as on the live chart) with every
 * rep's phases shaded: movements in the accent colour, holds in green, a phase with a tempo fault
 * in amber, and rep numbers above. The still start the pipeline calibrates on has no line; a
 * change of position between reps far larger than the reps is cut off, and the chart says so.
 */
public final class TraceChart {
    /** Movement between reps this many times larger than the reps' is cut off the chart. */
    static final double CUT_FACTOR = 1.8;

    private TraceChart() {
    }

    /** The largest angle inside the reps ({@code inReps}) or outside them. */
    static double peak(MotionTrace m, SetView v, boolean inReps) {
        double top = 0;
        for (int i = 0; i < m.size(); i++) {
            double t = m.t_s()[i];
            if ((v.repAt(t) != 0) == inReps) top = Math.max(top, m.angle_deg()[i]);
        }
        return top;
    }

    public static JFreeChart build(SetView v, ChartPalette p) {
        MotionTrace m = v.trace();
        XYSeries s = new XYSeries("movement", false, true);
        for (int i = 0; i < m.size(); i++) s.add(m.t_s()[i], m.angle_deg()[i], false);
        double repTop = Math.max(10, peak(m, v, true));
        double outside = peak(m, v, false);
        // a change of position between reps can turn the sensor far more than a rep: cut it rather than flatten the reps
        boolean cut = !v.reps().isEmpty() && outside > CUT_FACTOR * repTop;
        double top = cut ? repTop : Math.max(repTop, outside);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, p.foreground());
        line.setSeriesStroke(0, new BasicStroke(1.6f));
        NumberAxis time = new NumberAxis("Time (s)");
        time.setAutoRangeIncludesZero(false);
        double start_s = v.recorded().start_s();
        if (v.recorded().end_s() > start_s) time.setRange(start_s, v.recorded().end_s());
        NumberAxis angle = new NumberAxis("Movement (°)");
        angle.setRange(0, Math.ceil(top * 1.15 / 5) * 5);
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), time, angle, line);
        for (RepResult r : v.reps()) {
            for (PhaseResult ph : r.phases()) {
                boolean fault = r.faults().stream().anyMatch(f -> RepStats.TEMPO_FAULTS.contains(f.kind()) && ph.name().equals(f.phase()));
                Color c = fault ? p.warn() : ph.kind() == PhaseKind.HOLD ? p.good() : p.accent();
                IntervalMarker band = new IntervalMarker(ph.start_s(), ph.end_s());
                band.setPaint(ChartPalette.alpha(c, p.forPaper() ? 60 : 70));
                plot.addDomainMarker(band, Layer.BACKGROUND);
            }
            XYTextAnnotation label = new XYTextAnnotation(Integer.toString(r.index()), (r.start_s() + r.end_s()) / 2, angle.getUpperBound() * 0.96);
            label.setFont(p.font(Font.BOLD, p.fontSize()));
            label.setPaint(r.faults().isEmpty() ? p.foreground() : p.bad());
            label.setTextAnchor(TextAnchor.TOP_CENTER);
            plot.addAnnotation(label);
        }
        v.highlighted().ifPresent(r -> Charts.highlight(plot, r.start_s(), r.end_s(), p));
        JFreeChart chart = Charts.chart("Motion: " + v.exercise().name(), plot, false, p);
        Charts.key(chart, "Shaded: movement (blue), hold (green), off tempo (amber)."
                + (cut ? " Cut at the top: up to " + Math.round(outside) + "° between reps (a change of position)." : ""), p);
        return chart;
    }
}

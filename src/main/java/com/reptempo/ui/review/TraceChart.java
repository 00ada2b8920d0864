package com.reptempo.ui.review;

import com.reptempo.app.review.MotionTrace;
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
 * The motion of the set over time (tilt from the resting position) with every rep's phases
 * shaded: movements in the accent colour, holds in green, a phase with a tempo fault in amber,
 * and rep numbers above.
 */
public final class TraceChart {
    private TraceChart() {
    }

    public static JFreeChart build(SetView v, ChartPalette p) {
        MotionTrace m = v.trace();
        XYSeries s = new XYSeries("tilt", false, true);
        double top = 10;
        for (int i = 0; i < m.size(); i++) {
            s.add(m.t_s()[i], m.tilt_deg()[i], false);
            top = Math.max(top, m.tilt_deg()[i]);
        }
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, p.foreground());
        line.setSeriesStroke(0, new BasicStroke(1.6f));
        NumberAxis time = new NumberAxis("Time (s)");
        time.setAutoRangeIncludesZero(false);
        NumberAxis tilt = new NumberAxis("Tilt from rest (°)");
        tilt.setRange(0, Math.ceil(top * 1.15 / 5) * 5);
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), time, tilt, line);
        for (RepResult r : v.reps()) {
            for (PhaseResult ph : r.phases()) {
                boolean fault = r.faults().stream().anyMatch(f -> RepStats.TEMPO_FAULTS.contains(f.kind()) && ph.name().equals(f.phase()));
                Color c = fault ? p.warn() : ph.kind() == PhaseKind.HOLD ? p.good() : p.accent();
                IntervalMarker band = new IntervalMarker(ph.start_s(), ph.end_s());
                band.setPaint(ChartPalette.alpha(c, p.forPaper() ? 60 : 70));
                plot.addDomainMarker(band, Layer.BACKGROUND);
            }
            XYTextAnnotation label = new XYTextAnnotation(Integer.toString(r.index()), (r.start_s() + r.end_s()) / 2, tilt.getUpperBound() * 0.96);
            label.setFont(p.font(Font.BOLD, p.fontSize()));
            label.setPaint(r.faults().isEmpty() ? p.foreground() : p.bad());
            label.setTextAnchor(TextAnchor.TOP_CENTER);
            plot.addAnnotation(label);
        }
        v.highlighted().ifPresent(r -> Charts.highlight(plot, r.start_s(), r.end_s(), p));
        return Charts.chart("Motion: " + v.exercise().name() + " (shaded: movement, hold, off tempo)", plot, false, p);
    }
}

package com.reptempo.ui.review;

import com.reptempo.app.review.RepStats;
import com.reptempo.app.review.SetView;
import com.reptempo.model.FaultKind;
import com.reptempo.model.FaultThresholds;
import com.reptempo.model.RepResult;
import com.reptempo.model.TargetText;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Form of every rep: pelvic rotation (bars) against the exercise's threshold, and smoothness
 * (SPARC; 0 is perfectly smooth, lower is jerkier) against the jerky limit.
 */
public final class FormChart {
    private FormChart() {
    }

    public static JFreeChart build(SetView v, ChartPalette p) {
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(Charts.repAxis(TempoChart.lastRep(v)));
        plot.setGap(10);
        FaultThresholds th = v.exercise().thresholds();
        plot.add(pelvis(v, th, p), 3);
        plot.add(smoothness(v, th, p), 2);
        return Charts.chart("Form per rep: " + v.exercise().name(), plot, false, p);
    }

    private static XYPlot pelvis(SetView v, FaultThresholds th, ChartPalette p) {
        XYSeries s = new XYSeries("pelvic rotation");
        List<Color> colours = new ArrayList<>();
        boolean judged = RepStats.judgesPelvis(v.exercise());
        double top = judged ? th.maxPelvisRotation_deg() * 1.5 : 5;
        for (RepResult r : v.reps()) {
            s.add(r.index(), r.pelvisRotation_deg());
            top = Math.max(top, r.pelvisRotation_deg() * 1.1);
            boolean fault = r.has(FaultKind.BACK_LIFT) || r.has(FaultKind.UNSTABLE_PELVIS);
            colours.add(!judged ? p.grid() : fault ? p.bad() : p.good());
        }
        XYSeriesCollection data = new XYSeriesCollection(s);
        data.setIntervalWidth(0.6);
        NumberAxis axis = new NumberAxis("Pelvis (°)");
        axis.setRange(0, Math.ceil(top * 1.15));
        XYPlot sub = new XYPlot(data, null, axis, new ItemColours(colours, p.foreground()));
        Charts.note(sub, judged ? "pelvic rotation per rep" : "pelvic rotation per rep (not judged for this exercise)", 0.45,
                Math.ceil(top * 1.15) * 0.97, p);
        if (judged) {
            sub.addRangeMarker(Charts.limit(th.maxPelvisRotation_deg(), "limit " + TargetText.number(th.maxPelvisRotation_deg()) + "°", p.bad(), p));
        }
        v.highlighted().ifPresent(r -> Charts.highlight(sub, r.index() - 0.45, r.index() + 0.45, p));
        return sub;
    }

    private static XYPlot smoothness(SetView v, FaultThresholds th, ChartPalette p) {
        XYSeries s = new XYSeries("smoothness");
        double bottom = th.jerkySparcLimit() * 1.4;
        for (RepResult r : v.reps()) {
            if (Double.isNaN(r.smoothness())) continue;
            s.add(r.index(), r.smoothness());
            bottom = Math.min(bottom, r.smoothness() * 1.1);
        }
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, p.accent());
        line.setSeriesStroke(0, new BasicStroke(2f));
        NumberAxis axis = new NumberAxis("SPARC");
        axis.setRange(Math.floor(bottom), 0);
        XYPlot sub = new XYPlot(new XYSeriesCollection(s), null, axis, line);
        Charts.note(sub, s.isEmpty() ? "smoothness: needs a gyroscope" : "smoothness (0 is smooth, lower is jerkier)", 0.45, -0.03, p);
        sub.addRangeMarker(Charts.limit(th.jerkySparcLimit(), "jerky below " + TargetText.number(th.jerkySparcLimit()), p.warn(), p));
        v.highlighted().ifPresent(r -> Charts.highlight(sub, r.index() - 0.45, r.index() + 0.45, p));
        return sub;
    }
}

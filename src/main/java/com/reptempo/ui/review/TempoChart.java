package com.reptempo.ui.review;

import com.reptempo.app.review.RepStats;
import com.reptempo.app.review.SetView;
import com.reptempo.model.FaultThresholds;
import com.reptempo.model.PhaseKind;
import com.reptempo.model.PhaseResult;
import com.reptempo.model.PhaseTarget;
import com.reptempo.model.RepResult;
import com.reptempo.model.TargetText;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Tempo of every rep: one row per phase, a bar per rep with the phase's duration, over the target
 * band (dark) and the tolerance band before a tempo fault (light). Bars are green on target,
 * amber outside the target but tolerated, red for a tempo fault.
 */
public final class TempoChart {
    private TempoChart() {
    }

    public static JFreeChart build(SetView v, ChartPalette p) {
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(Charts.repAxis(v.reps().size() == 0 ? 1 : lastRep(v)));
        plot.setGap(8);
        FaultThresholds th = v.exercise().thresholds();
        for (PhaseTarget target : v.exercise().phases()) plot.add(phase(v, target, th, p), 1);
        JFreeChart chart = Charts.chart("Tempo per rep: " + v.exercise().name(), plot, false, p);
        Charts.key(chart, "Band: target (dark), tolerated (light). Bars: green on target (±½ count), amber off target,"
                + " red a tempo fault.", p);
        return chart;
    }

    static int lastRep(SetView v) {
        return v.reps().stream().mapToInt(RepResult::index).max().orElse(1);
    }

    private static XYPlot phase(SetView v, PhaseTarget target, FaultThresholds th, ChartPalette p) {
        XYSeries s = new XYSeries(target.name());
        List<Color> colours = new ArrayList<>();
        double min = target.min_s();
        double max = target.max_s();
        double top = max * th.tooSlowFactor();
        for (RepResult r : v.reps()) {
            PhaseResult ph = r.phases().stream().filter(x -> x.name().equals(target.name())).findFirst().orElse(null);
            if (ph == null) continue;
            min = ph.targetMin_s();
            max = ph.targetMax_s();
            s.add(r.index(), ph.duration_s());
            top = Math.max(top, ph.duration_s());
            boolean fault = r.faults().stream().anyMatch(f -> RepStats.TEMPO_FAULTS.contains(f.kind()) && target.name().equals(f.phase()));
            colours.add(fault ? p.bad() : RepStats.nearTarget(ph) ? p.good() : p.warn());
        }
        XYSeriesCollection data = new XYSeriesCollection(s);
        data.setIntervalWidth(0.6);
        NumberAxis axis = new NumberAxis(TargetText.phaseName(target.name()) + " (s)");
        double upper = Math.ceil(top * 1.25 + 0.5);
        axis.setRange(0, upper);
        XYPlot sub = new XYPlot(data, null, axis, new ItemColours(colours, p.foreground()));
        double low = (target.kind() == PhaseKind.HOLD ? th.shortHoldFactor() : th.tooFastFactor()) * min;
        IntervalMarker tolerated = new IntervalMarker(low, max * th.tooSlowFactor());
        tolerated.setPaint(ChartPalette.alpha(p.good(), p.forPaper() ? 28 : 35));
        sub.addRangeMarker(tolerated, Layer.BACKGROUND);
        IntervalMarker band = new IntervalMarker(min, Math.max(max, min + 0.08));
        band.setPaint(ChartPalette.alpha(p.good(), p.forPaper() ? 90 : 110));
        band.setOutlinePaint(p.good().darker());
        sub.addRangeMarker(band, Layer.BACKGROUND);
        v.highlighted().ifPresent(r -> Charts.highlight(sub, r.index() - 0.45, r.index() + 0.45, p));
        Charts.note(sub, TargetText.phaseName(target.name()) + ": target " + TargetText.TYPESET.seconds(min, max), 0.45, upper * 0.97, p);
        return sub;
    }
}

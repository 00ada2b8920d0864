package com.reptempo.ui.review;

import com.reptempo.app.review.TrendPoint;
import com.reptempo.app.review.TrendSeries;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.SimpleDateFormat;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Function;

/** A patient's sessions over dates: tempo adherence and quality (percent), reps, and pain before and after. */
public final class TrendChart {
    private TrendChart() {
    }

    /** The trend chart with a line under the title saying which results it shows (e.g. "Results as recorded."). */
    public static JFreeChart build(TrendSeries t, ChartPalette p, String results) {
        JFreeChart chart = build(t, p);
        Charts.key(chart, results, p);
        return chart;
    }

    public static JFreeChart build(TrendSeries t, ChartPalette p) {
        DateAxis dates = new DateAxis("Date");
        SimpleDateFormat day = new SimpleDateFormat("d MMM", Locale.ENGLISH);
        if (!t.isEmpty()) day.setTimeZone(TimeZone.getTimeZone(t.points().get(0).startedAt().getZone()));
        dates.setDateFormatOverride(day);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(dates);
        plot.setGap(10);
        plot.add(sub("Percent", 0, 100, p, series("On tempo (% of reps)", t, TrendPoint::tempoAdherence_pct),
                series("Quality (0–100)", t, TrendPoint::quality)), 3);
        plot.add(sub("Reps", 0, Double.NaN, p, series("Reps", t, x -> (double) x.reps())), 2);
        if (t.hasPain()) {
            plot.add(sub("Pain (0–10)", 0, 10, p, series("Pain before", t, x -> x.painBefore() == null ? Double.NaN : x.painBefore()),
                    series("Pain after", t, x -> x.painAfter() == null ? Double.NaN : x.painAfter())), 2);
        }
        return Charts.chart("Trends: " + t.patient() + " (" + t.points().size() + " sessions)", plot, true, p);
    }

    private static XYSeries series(String name, TrendSeries t, Function<TrendPoint, Double> value) {
        XYSeries s = new XYSeries(name, true, true);
        for (TrendPoint x : t.points()) {
            double v = value.apply(x);
            if (!Double.isNaN(v)) s.add(x.startedAt().toInstant().toEpochMilli(), v, false);
        }
        return s;
    }

    private static XYPlot sub(String label, double min, double max, ChartPalette p, XYSeries... series) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (XYSeries s : series) data.addSeries(s);
        NumberAxis axis = new NumberAxis(label);
        if (Double.isNaN(max)) axis.setAutoRangeIncludesZero(true);
        else axis.setRange(min, max + 0.05 * (max - min)); // points at the top are not cut by the border
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        Color[] colours = {p.accent(), p.good(), p.bad(), p.warn()};
        for (int i = 0; i < series.length; i++) {
            r.setSeriesPaint(i, label.startsWith("Pain") ? (i == 0 ? p.warn() : p.bad()) : label.equals("Reps") ? p.foreground() : colours[i]);
            r.setSeriesStroke(i, new BasicStroke(2.2f));
        }
        return new XYPlot(data, null, axis, r);
    }
}

package com.reptempo.ui;

import com.reptempo.app.live.TraceBuffer;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * The live motion chart: the last {@value #WINDOW_S} s of the motion angle, with a band for each
 * phase showing when it should end (its target window). JFreeChart is not thread-safe: every
 * method here runs on the EDT, points arrive in batches with a single change event.
 */
final class LiveChart {
    static final double WINDOW_S = 20.0;
    /** The window at the trace's 50 points per second, with room to spare. */
    private static final int MAX_POINTS = 1500;
    private static final int MAX_BANDS = 8;

    private final XYSeries series = new XYSeries("motion", false, true);
    private final JFreeChart chart;
    private final ChartPanel panel;
    private final Deque<Band> bands = new ArrayDeque<>();

    /** A phase band and the label it shows while its start is in view. */
    private record Band(IntervalMarker marker, String label) {
    }

    LiveChart() {
        series.setMaximumItemCount(MAX_POINTS);
        NumberAxis time = new NumberAxis("time (s)");
        time.setAutoRange(true);
        time.setFixedAutoRange(WINDOW_S);
        NumberAxis angle = new NumberAxis("movement (°)");
        angle.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesStroke(0, new BasicStroke(3f));
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), time, angle, line);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        panel = new ChartPanel(chart, false, false, false, false, false);
        panel.setMouseZoomable(false);
        restyle();
    }

    ChartPanel component() {
        return panel;
    }

    /** Re-applies the theme's colours (after a theme switch). */
    void restyle() {
        Theme.style(chart);
        ((XYPlot) chart.getPlot()).getRenderer().setSeriesPaint(0, Theme.accent());
        for (Band b : bands) b.marker().setLabelPaint(Theme.foreground());
    }

    /** Appends new points with one change event. */
    void append(TraceBuffer.Points points) {
        if (points.size() == 0) return;
        for (int i = 0; i < points.size(); i++) series.add(points.t_s()[i], points.value()[i], false);
        labelBandsInView();
        series.fireSeriesChanged();
    }

    /**
     * Labels only the bands whose start is in view. The chart draws a label at the left edge of the
     * band's visible part, so a band scrolled half out of the window would write its name over the
     * next band's; its phase is over by then.
     */
    private void labelBandsInView() {
        double from_s = series.getMaxX() - WINDOW_S;
        for (Band b : bands) {
            String label = b.marker().getStartValue() >= from_s ? b.label() : null;
            if (!Objects.equals(label, b.marker().getLabel())) b.marker().setLabel(label);
        }
    }

    /**
     * Shades the target duration of a phase that started at {@code start_s} (up to its longest
     * target), so a movement that finishes well inside the band was rushed.
     */
    void phaseBand(String phase, double start_s, double min_s, double max_s) {
        XYPlot plot = (XYPlot) chart.getPlot();
        IntervalMarker m = new IntervalMarker(start_s, start_s + max_s);
        Color c = (bands.size() % 2 == 0) ? Theme.GOOD : Theme.accent();
        m.setPaint(new Color(c.getRed(), c.getGreen(), c.getBlue(), 40));
        m.setOutlinePaint(null);
        String label = phase.replace('-', ' ');
        m.setLabel(label);
        m.setLabelFont(Theme.font(Font.PLAIN, 13f));
        m.setLabelPaint(Theme.foreground());
        m.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addDomainMarker(m, Layer.BACKGROUND);
        bands.addLast(new Band(m, label));
        while (bands.size() > MAX_BANDS) plot.removeDomainMarker(bands.removeFirst().marker(), Layer.BACKGROUND);
    }

    /** Starts afresh for a new set. */
    void clear() {
        series.clear();
        XYPlot plot = (XYPlot) chart.getPlot();
        while (!bands.isEmpty()) plot.removeDomainMarker(bands.removeFirst().marker(), Layer.BACKGROUND);
    }

    int pointCount() {
        return series.getItemCount();
    }

    /** The labels the bands show now, oldest first (null for a band without one). */
    List<String> bandLabels() {
        return bands.stream().map(b -> b.marker().getLabel()).toList();
    }
}

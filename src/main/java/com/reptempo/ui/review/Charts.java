package com.reptempo.ui.review;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

/** Small pieces shared by the review charts. */
final class Charts {
    private Charts() {
    }

    /** An axis of rep numbers with whole-number ticks. */
    static NumberAxis repAxis(int reps) {
        NumberAxis a = new NumberAxis("Rep");
        a.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        a.setRange(0.4, Math.max(1, reps) + 0.6);
        return a;
    }

    /** Shades the highlighted rep on a plot whose domain is rep numbers (or time when {@code from != to - 1}). */
    static void highlight(XYPlot plot, double from, double to, ChartPalette p) {
        IntervalMarker m = new IntervalMarker(from, to);
        m.setPaint(ChartPalette.alpha(p.foreground(), p.forPaper() ? 40 : 55));
        m.setOutlinePaint(p.foreground());
        m.setOutlineStroke(new BasicStroke(1.5f));
        plot.addDomainMarker(m, Layer.BACKGROUND);
    }

    /** A horizontal line at {@code value} with a label at the right end. */
    static ValueMarker limit(double value, String label, Color color, ChartPalette p) {
        ValueMarker m = new ValueMarker(value, color, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[]{6f, 4f}, 0f));
        m.setLabel(label);
        m.setLabelFont(p.font(Font.PLAIN, p.fontSize()));
        m.setLabelPaint(p.foreground());
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        m.setLabelOffset(new RectangleInsets(2, 2, 2, 8));
        m.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        return m;
    }

    /** A note in the top-left corner of a plot whose domain starts at {@code x} (data coordinates). */
    static void note(XYPlot plot, String text, double x, double y, ChartPalette p) {
        org.jfree.chart.annotations.XYTextAnnotation a = new org.jfree.chart.annotations.XYTextAnnotation(text, x, y);
        a.setFont(p.font(Font.PLAIN, p.fontSize()));
        a.setPaint(p.foreground());
        a.setTextAnchor(TextAnchor.TOP_LEFT);
        plot.addAnnotation(a);
    }

    /** A line under the title saying how to read the chart. */
    static void key(JFreeChart chart, String text, ChartPalette p) {
        org.jfree.chart.title.TextTitle key = new org.jfree.chart.title.TextTitle(text, p.font(Font.PLAIN, p.fontSize()));
        key.setPaint(p.foreground());
        chart.addSubtitle(key);
    }

    /** A chart without a legend unless asked, titled, in the palette. */
    static JFreeChart chart(String title, XYPlot plot, boolean legend, ChartPalette p) {
        JFreeChart c = new JFreeChart(title, p.font(Font.BOLD, p.fontSize() + 3), plot, legend);
        p.apply(c);
        return c;
    }
}

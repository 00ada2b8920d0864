package com.reptempo.ui.review;

import com.reptempo.ui.Theme;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;

import java.awt.Color;
import java.awt.Font;

/**
 * The colours and type a review chart is drawn with: the FlatLaf theme's on screen (light or
 * dark), or a fixed palette for paper (white, black text, colours that differ in lightness too,
 * so that they stay apart on a grey-scale printer).
 *
 * @param forPaper   true for paper and files
 * @param background chart background
 * @param foreground text and axes
 * @param grid       grid lines
 * @param accent     the main series
 * @param good       on target
 * @param warn       off target but within tolerance
 * @param bad        a fault
 * @param fontName   font family
 * @param fontSize   base size of tick labels, points
 */
public record ChartPalette(boolean forPaper, Color background, Color foreground, Color grid, Color accent, Color good, Color warn,
                           Color bad, String fontName, float fontSize) {
    /** The palette of the installed FlatLaf theme. EDT (reads UIManager). */
    public static ChartPalette screen() {
        Font f = Theme.font(Font.PLAIN, 12f);
        return new ChartPalette(false, Theme.background(), Theme.foreground(), Theme.muted(), Theme.accent(), Theme.GOOD,
                Theme.WARN, Theme.BAD, f.getFamily(), 12f);
    }

    /** The palette for paper and exported files; needs no display and no look and feel. */
    public static ChartPalette print() {
        return new ChartPalette(true, Color.WHITE, new Color(0x1A1A1A), new Color(0xC8C8C8), new Color(0x1F4E8C),
                new Color(0x3C9A5F), new Color(0xE8A33D), new Color(0xA8262B), "DejaVu Sans", 11f);
    }

    public Font font(int style, float size) {
        return new Font(fontName, style, Math.round(size));
    }

    /** {@code c} with this opacity (0..255). */
    public static Color alpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** Colours every part of a chart, including the sub-plots of a combined chart. */
    public void apply(JFreeChart chart) {
        if (!forPaper) Theme.style(chart);
        chart.setBackgroundPaint(background);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(foreground);
            chart.getTitle().setFont(font(Font.BOLD, fontSize + 3));
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof LegendTitle legend) {
                legend.setBackgroundPaint(background);
                legend.setItemPaint(foreground);
                legend.setItemFont(font(Font.PLAIN, fontSize));
            }
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            style(plot);
            if (plot instanceof CombinedDomainXYPlot combined) {
                for (XYPlot sub : combined.getSubplots()) style(sub);
            }
        }
    }

    private void style(XYPlot plot) {
        plot.setBackgroundPaint(background);
        plot.setDomainGridlinePaint(grid);
        plot.setRangeGridlinePaint(grid);
        plot.setOutlinePaint(grid);
        for (int i = 0; i < plot.getDomainAxisCount(); i++) axis(plot.getDomainAxis(i));
        for (int i = 0; i < plot.getRangeAxisCount(); i++) axis(plot.getRangeAxis(i));
    }

    private void axis(Axis a) {
        if (a == null) return;
        a.setLabelPaint(foreground);
        a.setTickLabelPaint(foreground);
        a.setAxisLinePaint(grid);
        a.setTickMarkPaint(grid);
        a.setLabelFont(font(Font.PLAIN, fontSize + 1));
        a.setTickLabelFont(font(Font.PLAIN, fontSize));
    }
}

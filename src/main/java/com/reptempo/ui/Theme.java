package com.reptempo.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import java.awt.Color;
import java.awt.Font;
import java.awt.Window;

/**
 * FlatLaf light and dark themes, large type for live mode, and chart colours taken from the
 * theme (JFreeChart does not follow the look and feel by itself).
 */
public final class Theme {
    /** Colour of a good rep / on target. */
    public static final Color GOOD = new Color(0x2E9D5B);
    /** Colour of a warning (tempo off). */
    public static final Color WARN = new Color(0xE08A00);
    /** Colour of a form fault. */
    public static final Color BAD = new Color(0xD64545);

    private Theme() {
    }

    /** Installs the light or dark theme and refreshes open windows. Call on the EDT. */
    public static void apply(boolean dark) {
        FlatLaf laf = dark ? new FlatDarkLaf() : new FlatLightLaf();
        FlatLaf.setup(laf);
        UIManager.put("Component.arc", 10);
        UIManager.put("Button.arc", 12);
        for (Window w : Window.getWindows()) SwingUtilities.updateComponentTreeUI(w);
    }

    /** True when the dark theme is installed. */
    public static boolean isDark() {
        return FlatLaf.isLafDark();
    }

    /** The theme's default font scaled to {@code size} points, in the given style. */
    public static Font font(int style, float size) {
        Font base = UIManager.getFont("defaultFont");
        if (base == null) base = UIManager.getFont("Label.font");
        return base.deriveFont(style, size);
    }

    public static Color background() {
        return UIManager.getColor("Panel.background");
    }

    public static Color foreground() {
        return UIManager.getColor("Label.foreground");
    }

    /** A muted colour for secondary text and grid lines. */
    public static Color muted() {
        Color c = UIManager.getColor("Label.disabledForeground");
        return c != null ? c : Color.GRAY;
    }

    /** The accent colour of the theme. */
    public static Color accent() {
        Color c = UIManager.getColor("Component.accentColor");
        return c != null ? c : new Color(0x2675BF);
    }

    /** Colours a chart like the surrounding panel. Call again after a theme change. */
    public static void style(JFreeChart chart) {
        Color bg = background();
        Color fg = foreground();
        chart.setBackgroundPaint(bg);
        if (chart.getTitle() != null) chart.getTitle().setPaint(fg);
        if (chart.getLegend() != null) {
            chart.getLegend().setBackgroundPaint(bg);
            chart.getLegend().setItemPaint(fg);
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.setBackgroundPaint(bg);
            plot.setDomainGridlinePaint(muted());
            plot.setRangeGridlinePaint(muted());
            plot.setOutlinePaint(muted());
            for (int i = 0; i < plot.getDomainAxisCount(); i++) styleAxis(plot.getDomainAxis(i), fg);
            for (int i = 0; i < plot.getRangeAxisCount(); i++) styleAxis(plot.getRangeAxis(i), fg);
        }
    }

    private static void styleAxis(org.jfree.chart.axis.Axis axis, Color fg) {
        if (axis == null) return;
        axis.setLabelPaint(fg);
        axis.setTickLabelPaint(fg);
        axis.setAxisLinePaint(muted());
        axis.setTickMarkPaint(muted());
        axis.setLabelFont(font(Font.PLAIN, 13f));
        axis.setTickLabelFont(font(Font.PLAIN, 12f));
    }
}

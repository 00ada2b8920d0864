package com.reptempo.ui.review;

import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;

/** Flat bars, each in its own colour (one series). */
final class ItemColours extends XYBarRenderer {
    private final List<Color> colours;

    ItemColours(List<Color> colours, Color outline) {
        this.colours = List.copyOf(colours);
        setBarPainter(new StandardXYBarPainter());
        setShadowVisible(false);
        setDrawBarOutline(true);
        setDefaultOutlinePaint(outline);
    }

    @Override
    public Paint getItemPaint(int series, int item) {
        return item < colours.size() ? colours.get(item) : super.getItemPaint(series, item);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ItemColours other && super.equals(o) && colours.equals(other.colours);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + colours.hashCode();
    }
}

package com.reptempo.ui.review;

import org.jfree.chart.ChartMouseEvent;
import org.jfree.chart.ChartMouseListener;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.function.DoubleConsumer;

/** A chart on screen that reports where on its domain axis it was clicked (a rep number or a time). */
final class ChartView extends ChartPanel {
    private DoubleConsumer onClick = x -> { };

    ChartView() {
        super(null, false, false, false, false, false);
        setMouseZoomable(false);
        setPopupMenu(null);
        setMinimumDrawWidth(0);
        setMinimumDrawHeight(0);
        setMaximumDrawWidth(4000);
        setMaximumDrawHeight(3000);
        addChartMouseListener(new ChartMouseListener() {
            @Override
            public void chartMouseClicked(ChartMouseEvent e) {
                domainAt(e.getTrigger().getPoint()).ifPresent(x -> onClick.accept(x));
            }

            @Override
            public void chartMouseMoved(ChartMouseEvent e) {
                // nothing happens on hover
            }
        });
    }

    void onClick(DoubleConsumer action) {
        onClick = action;
    }

    /** The domain value under a point of this component, if it is inside the plot. */
    java.util.OptionalDouble domainAt(java.awt.Point screen) {
        JFreeChart c = getChart();
        if (c == null || !(c.getPlot() instanceof XYPlot plot) || getChartRenderingInfo() == null) return java.util.OptionalDouble.empty();
        Point2D p = translateScreenToJava2D(screen);
        Rectangle2D area = getChartRenderingInfo().getPlotInfo().getDataArea();
        if (area == null || area.isEmpty() || p.getX() < area.getMinX() || p.getX() > area.getMaxX()) return java.util.OptionalDouble.empty();
        return java.util.OptionalDouble.of(plot.getDomainAxis().java2DToValue(p.getX(), area, plot.getDomainAxisEdge()));
    }
}

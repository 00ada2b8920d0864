package com.reptempo.ui.review;

import com.reptempo.app.SessionPipeline;
import com.reptempo.app.SessionPrescriptions;
import com.reptempo.app.SessionReopener;
import com.reptempo.app.review.LibraryIndex;
import com.reptempo.app.review.LibraryReview;
import com.reptempo.app.review.Progress;
import com.reptempo.app.review.ReviewFixtures;
import com.reptempo.app.review.SessionReview;
import com.reptempo.app.review.SetView;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review charts, drawn without a display in the print palette, and their PNG and SVG files. */
class ReviewChartsTest {
    static SessionReview faults;
    static LibraryReview library;

    @TempDir
    Path tmp;

    @BeforeAll
    static void open() throws IOException {
        var lib = ReviewFixtures.library();
        faults = new SessionReview();
        faults.show(new SessionReopener(lib, new SessionPrescriptions(lib, ReviewFixtures.ROUTINE), SessionPipeline.current())
                .reopen(ReviewFixtures.files().get(1)));
        library = new LibraryReview(lib.root());
        library.show(LibraryIndex.scan(lib, Progress.NONE));
    }

    /** Where to keep the files: -Dreview.charts.dir=DIR keeps them to look at. */
    private Path out() throws IOException {
        String keep = System.getProperty("review.charts.dir");
        return keep == null ? tmp : Files.createDirectories(Path.of(keep));
    }

    @Test
    void theTempoChartHasOneRowPerPhaseWithFaultyRepsInRed() throws IOException {
        faults.highlight(2);
        SetView v = faults.view();
        ChartPalette p = ChartPalette.print();
        JFreeChart c = TempoChart.build(v, p);
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) c.getPlot();
        assertEquals(3, plot.getSubplots().size(), "lift, hold, lower");
        XYPlot lift = plot.getSubplots().get(0);
        assertEquals(v.reps().size(), lift.getDataset().getItemCount(0));
        boolean red = false;
        for (int i = 0; i < v.reps().size(); i++) red |= p.bad().equals(lift.getRenderer().getItemPaint(0, i));
        assertTrue(red, "a too-slow or too-fast lift is red");
        assertEquals(1, lift.getDomainMarkers(Layer.BACKGROUND).size(), "the highlighted rep");
        assertEquals(Color.WHITE, c.getBackgroundPaint(), "paper is white");
        save(c, "tempo");
    }

    @Test
    void theFormTraceAndTrendChartsDraw() throws IOException {
        faults.highlight(0);
        SetView v = faults.view();
        ChartPalette p = ChartPalette.print();
        JFreeChart form = FormChart.build(v, p);
        assertEquals(2, ((CombinedDomainXYPlot) form.getPlot()).getSubplots().size());
        JFreeChart trace = TraceChart.build(v, p);
        XYPlot tp = (XYPlot) trace.getPlot();
        int phases = v.reps().stream().mapToInt(r -> r.phases().size()).sum();
        assertEquals(phases, tp.getDomainMarkers(Layer.BACKGROUND).size(), "every phase is shaded");
        var labels = tp.getAnnotations().stream().map(a -> ((org.jfree.chart.annotations.XYTextAnnotation) a).getText()).toList();
        assertEquals(v.reps().size(), labels.stream().filter(t -> t.matches("\\d+")).count(), "every rep is numbered: " + labels);
        double outside = TraceChart.peak(v.trace(), v, false);
        double inside = TraceChart.peak(v.trace(), v, true);
        boolean cut = outside > TraceChart.CUT_FACTOR * Math.max(10, inside);
        String key = ((org.jfree.chart.title.TextTitle) trace.getSubtitle(0)).getText();
        assertEquals(cut, key.contains("Cut at the top: up to"), "a change of position is cut and named: " + key);
        assertTrue(tp.getRangeAxis().getUpperBound() >= inside, "every rep fits");
        assertEquals(v.trace().size(), tp.getDataset().getItemCount(0), "the line is the pipeline's motion angle");
        assertEquals(v.trace().angle_deg()[10], tp.getDataset().getYValue(0, 10));
        JFreeChart trend = TrendChart.build(library.trend(), p);
        assertEquals(3, ((CombinedDomainXYPlot) trend.getPlot()).getSubplots().size(), "percent, reps, pain");
        save(form, "form");
        SessionReview rear = new SessionReview();
        var lib = ReviewFixtures.library();
        rear.show(new SessionReopener(lib, new SessionPrescriptions(lib, ReviewFixtures.ROUTINE), SessionPipeline.current())
                .reopen(ReviewFixtures.files().get(2)));
        XYPlot pelvis = ((CombinedDomainXYPlot) FormChart.build(rear.view(), p).getPlot()).getSubplots().get(0);
        assertEquals(1, markers(pelvis), "the rear leg lift judges the pelvis: its limit is drawn");
        assertEquals(0, markers(((CombinedDomainXYPlot) form.getPlot()).getSubplots().get(0)),
                "the cobra lift does not");
        save(FormChart.build(rear.view(), p), "form-rear-leg-lift");
        save(trace, "trace");
        save(trend, "trend");
    }

    @Test
    void onScreenTheChartsTakeTheThemesColours() {
        ChartPalette light = ReviewSwing.onEdt(() -> {
            com.reptempo.ui.Theme.apply(false);
            return ChartPalette.screen();
        });
        ChartPalette dark = ReviewSwing.onEdt(() -> {
            com.reptempo.ui.Theme.apply(true);
            return ChartPalette.screen();
        });
        ReviewSwing.onEdt(() -> com.reptempo.ui.Theme.apply(false));
        assertTrue(brightness(light.background()) > 0.8 && brightness(dark.background()) < 0.3, light + " / " + dark);
        JFreeChart c = TempoChart.build(faults.view(), dark);
        assertEquals(dark.background(), c.getBackgroundPaint());
        XYPlot sub = ((CombinedDomainXYPlot) c.getPlot()).getSubplots().get(1);
        assertEquals(dark.foreground(), sub.getRangeAxis().getTickLabelPaint(), "sub-plot axes follow the theme too");
    }

    private static int markers(XYPlot plot) {
        var m = plot.getRangeMarkers(Layer.FOREGROUND);
        return m == null ? 0 : m.size();
    }

    private static double brightness(Color c) {
        return Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null)[2];
    }

    private void save(JFreeChart c, String name) throws IOException {
        Path png = out().resolve(name + ".png");
        Path svg = out().resolve(name + ".svg");
        ChartFiles.png(c, png, 800, 500);
        ChartFiles.svg(c, svg, 800, 500);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1600, img.getWidth());
        assertEquals(1000, img.getHeight());
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") && text.contains("<svg") && text.contains("<text"), name);
    }
}

package com.reptempo.ui.review;

import com.reptempo.app.review.ReviewFixtures;
import com.reptempo.storage.session.SessionLibrary;
import com.reptempo.ui.Dashboard;
import com.reptempo.ui.Theme;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import javax.swing.JFrame;
import java.awt.Frame;
import java.awt.event.InputEvent;
import java.awt.event.MouseEvent;
import java.awt.event.WindowEvent;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import static com.reptempo.ui.review.ReviewSwing.await;
import static com.reptempo.ui.review.ReviewSwing.click;
import static com.reptempo.ui.review.ReviewSwing.onEdt;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real dashboard window in review mode over a copy of the review fixture library, for GUI tests. */
final class ReviewWindow implements AutoCloseable {
    final SessionLibrary library;
    final JFrame window;
    final ReviewScreens screens;

    /** Opens the dashboard on a copy of the fixture library in {@code dir} and enters review mode. */
    ReviewWindow(Path dir) throws IOException, InterruptedException {
        ReviewSwing.requireDisplay();
        library = ReviewFixtures.copy(dir.resolve("library"));
        onEdt(() -> Dashboard.open(ReviewFixtures.ROUTINE, library, false));
        window = onEdt(() -> (JFrame) Arrays.stream(Frame.getFrames()).filter(f -> f.isShowing() && "RepTempo".equals(f.getTitle()))
                .findFirst().orElseThrow());
        click(window, "Review");
        screens = onEdt(() -> ReviewSwing.all(window, LibraryPanel.class, p -> true).get(0).screens());
        assertTrue(await(() -> onEdt(() -> !screens.libraryReview.isBusy() && screens.libraryReview.sessions().size() == 8), 20_000),
                "the library is read in the background");
    }

    @Override
    public void close() {
        onEdt(() -> {
            Theme.apply(false);
            window.dispatchEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSING));
        });
    }

    /** Waits until a progress line is no longer busy. */
    static boolean idle(ProgressView p, long timeout_ms) throws InterruptedException {
        return await(() -> onEdt(() -> !p.busy()), timeout_ms);
    }

    /** Clicks a chart where its domain axis is {@code x} (a rep number or a time), as a mouse would. */
    static void clickAt(ChartView view, double x) {
        onEdt(() -> {
            var plot = (org.jfree.chart.plot.XYPlot) view.getChart().getPlot();
            Rectangle2D area = view.getChartRenderingInfo().getPlotInfo().getDataArea();
            double px = plot.getDomainAxis().valueToJava2D(x, area, plot.getDomainAxisEdge());
            java.awt.Point screen = view.translateJava2DToScreen(new Point2D.Double(px, area.getCenterY()));
            view.dispatchEvent(new MouseEvent(view, MouseEvent.MOUSE_CLICKED, System.currentTimeMillis(), InputEvent.BUTTON1_DOWN_MASK,
                    screen.x, screen.y, 1, false, MouseEvent.BUTTON1));
        });
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}

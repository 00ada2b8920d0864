package com.reptempo.ui.review;

import com.reptempo.app.SessionPipeline;
import com.reptempo.app.review.DemoLibrary;
import com.reptempo.app.review.Progress;
import com.reptempo.app.review.ReportBuilder;
import com.reptempo.app.review.ResultChoice;
import com.reptempo.model.Routine;
import com.reptempo.storage.session.SessionLibrary;
import com.reptempo.ui.report.PdfReport;

import javax.swing.AbstractButton;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The review part of the screenshot tour: a demo library made from {@code samples/} (or, where
 * that folder is not at hand, from the simulator), each review screen visited, and two sample
 * PDF reports (one session, the whole date range) saved beside the screenshots.
 */
public final class ReviewTour {
    /** The demo patient. */
    public static final String PATIENT = "P-017";
    /** The first demo session's day. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2025, 3, 3);

    /** Takes a screenshot of a registered screen (the tour's own camera). */
    public interface Camera {
        void shoot(String screen) throws IOException, InterruptedException;
    }

    private ReviewTour() {
    }

    /** Fills {@code library} with the demo sessions (call before the dashboard opens). */
    public static void prepare(SessionLibrary library, Routine routine) throws IOException {
        Path samples = Path.of("samples");
        List<Path> csvs = DemoLibrary.sampleCsvs(samples);
        if (csvs.isEmpty()) csvs = DemoLibrary.simulatedCsvs(Files.createTempDirectory("reptempo-tour-samples"), routine);
        DemoLibrary.build(library, routine, csvs, PATIENT, FIRST_DAY, Progress.NONE);
    }

    /** Visits the library, session, trends and prescription screens; writes the sample reports into {@code dir}. Not on the EDT. */
    public static List<Path> visit(ReviewScreens screens, Camera camera, Path dir) throws IOException, InterruptedException {
        onEdt(() -> press(screens.parent(), "Review"));
        waitFor(() -> !screens.libraryReview.isBusy() && !screens.libraryReview.sessions().isEmpty(), 30_000);
        onEdt(() -> screens.libraryPanel.table().setRowSelectionInterval(1, 1));
        camera.shoot(ReviewScreens.LIBRARY);
        onEdt(screens.libraryPanel::openSelected);
        waitFor(() -> ReviewScreens.SESSION.equals(screens.currentScreen()), 30_000);
        onEdt(() -> screens.sessionPanel.highlight(2));
        camera.shoot(ReviewScreens.SESSION);
        onEdt(screens::showTrends);
        camera.shoot(ReviewScreens.TRENDS);
        onEdt(screens::showPrescription);
        waitFor(() -> screens.prescriptionPanel.editor() != null, 10_000);
        camera.shoot(ReviewScreens.PRESCRIPTION);
        ReportBuilder builder = new ReportBuilder(screens.library(), screens.routine(), SessionPipeline.current(), Clock.systemDefaultZone());
        Path session = dir.resolve("review-report-session.pdf");
        Path range = dir.resolve("review-report-range.pdf");
        String id = onEdt(() -> screens.sessionReview.info().id());
        PdfReport.write(builder.session(id, ResultChoice.REANALYSED, Progress.NONE), session);
        PdfReport.write(builder.patient(PATIENT, null, null, ResultChoice.AS_RECORDED, Progress.NONE), range);
        return List.of(session, range);
    }

    private static void press(Component root, String text) {
        if (root instanceof AbstractButton b && text.equals(b.getText())) {
            b.doClick();
            return;
        }
        if (root instanceof Container c) for (Component k : c.getComponents()) press(k, text);
    }

    private static void waitFor(BooleanSupplier condition, long timeout_ms) throws InterruptedException {
        long end = System.nanoTime() + timeout_ms * 1_000_000;
        while (System.nanoTime() < end) {
            if (onEdt(condition::getAsBoolean)) return;
            Thread.sleep(100);
        }
        throw new IllegalStateException("the review screens did not get there in " + timeout_ms / 1000 + " s");
    }

    private static void onEdt(Runnable r) throws InterruptedException {
        onEdt(() -> {
            r.run();
            return null;
        });
    }

    private static <T> T onEdt(java.util.function.Supplier<T> s) throws InterruptedException {
        Object[] out = new Object[1];
        try {
            SwingUtilities.invokeAndWait(() -> out[0] = s.get());
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the review screens failed while taking screenshots", e.getCause());
        }
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }
}

package com.reptempo.ui.review;

import com.reptempo.app.review.DemoLibrary;
import com.reptempo.app.review.Progress;
import com.reptempo.app.review.ResultChoice;
import com.reptempo.app.review.ReviewFixtures;
import com.reptempo.app.review.TrendPoint;
import com.reptempo.storage.session.ExercisePrescription;
import com.reptempo.storage.session.PhaseRange;
import com.reptempo.storage.session.Prescription;
import com.reptempo.storage.session.ThresholdOverrides;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static com.reptempo.ui.review.ReviewSwing.await;
import static com.reptempo.ui.review.ReviewSwing.click;
import static com.reptempo.ui.review.ReviewSwing.onEdt;
import static com.reptempo.ui.review.ReviewSwing.showsText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library and trends screens with their choice of results, and more than one patient, in the real window under a display. */
class LibraryResultsGuiTest {
    @TempDir
    Path dir;
    private ReviewWindow review;
    private ReviewScreens screens;

    @BeforeEach
    void open() throws Exception {
        review = new ReviewWindow(dir);
        screens = review.screens;
    }

    @AfterEach
    void close() {
        if (review != null) review.close();
    }

    @Test
    void trendsAndTheLibraryReportCanUseReanalysedResultsMadeInTheBackgroundAndCancelled() throws Exception {
        List<TrendPoint> recorded = onEdt(() -> screens.libraryReview.points());
        // a new prescription with a much shorter cobra lift: re-analysed, those sessions have tempo faults they did not have
        review.library.savePrescription(new Prescription(ReviewFixtures.PATIENT, "KM", LocalDate.of(2025, 3, 20), List.of(
                new ExercisePrescription("cobra-lift", null, null, List.of(new PhaseRange("lift", 1, 1.5)), ThresholdOverrides.NONE))),
                ReviewFixtures.ROUTINE);
        click(review.window, "Trends");
        assertTrue(showsText(review.window, "Results as recorded."));
        TrendsPanel t = screens.trendsPanel;
        click(review.window, "Re-analysed now");
        assertTrue(onEdt(() -> t.progress().cancellable()), "the re-analysis runs in the background and can be cancelled");
        assertTrue(ReviewWindow.idle(t.progress(), 60_000), onEdt(() -> t.progress().text()));
        assertTrue(onEdt(() -> t.progress().text()).startsWith("Re-analysed 8 session(s) from the raw samples"), onEdt(() -> t.progress().text()));
        assertTrue(showsText(review.window, "Results re-analysed now with the current pipeline and prescription."));
        List<TrendPoint> reanalysed = onEdt(() -> screens.libraryReview.points());
        assertTrue(reanalysed.get(1).tempoAdherence_pct() < recorded.get(1).tempoAdherence_pct(), "the cobra lift judged against the new lift: "
                + recorded.get(1) + " / " + reanalysed.get(1));
        assertEquals(recorded.get(0), reanalysed.get(0), "the heel scoop is judged as before");
        assertNotEquals(onEdt(() -> screens.trendsPanel.series().points()), recorded);
        CombinedDomainXYPlot plot = onEdt(() -> (CombinedDomainXYPlot) t.chart.getChart().getPlot());
        assertEquals(reanalysed.get(0).reps(), onEdt(() -> plot.getSubplots().get(1).getDataset().getYValue(0, 0)), 1e-9,
                "the chart draws them");

        Path pdf = dir.resolve("range.pdf");
        onEdt(() -> ReportActions.write(screens, t.progress(), ReportActions.Scope.LIBRARY, pdf));
        assertTrue(await(() -> onEdt(() -> t.progress().text().startsWith("Saved the report")), 60_000), onEdt(() -> t.progress().text()));
        assertTrue(ReviewWindow.pdfText(pdf).contains("Results re-analysed from the raw samples"), "the report uses the results chosen");

        click(review.window, "← Library");
        ProgressView lp = screens.libraryPanel.progress();
        click(review.window, "Refresh");
        assertTrue(await(() -> onEdt(lp::cancellable), 30_000), "the library read again is re-analysed again");
        onEdt(lp::cancel);
        assertTrue(ReviewWindow.idle(lp, 30_000));
        assertTrue(onEdt(lp::text).contains("ancelled"), onEdt(lp::text));
        assertEquals(ResultChoice.AS_RECORDED, onEdt(() -> screens.libraryReview.results().choice()), "cancelling goes back to as recorded");
        assertEquals(recorded, onEdt(() -> screens.libraryReview.points()));
        assertFalse(onEdt(() -> screens.libraryReview.results().busy()));
    }

    @Test
    void eachPatientHasTheirOwnSessionsAndTrends() throws Exception {
        var csvs = DemoLibrary.sampleCsvs(Path.of("samples")).subList(4, 6);
        DemoLibrary.build(review.library, ReviewFixtures.ROUTINE, csvs, "P-018", LocalDate.of(2025, 4, 1), Progress.NONE);
        click(review.window, "Refresh");
        assertTrue(await(() -> onEdt(() -> !screens.libraryReview.isBusy() && screens.libraryReview.patients().size() == 2), 20_000));
        assertTrue(showsText(review.window, "10 session(s) in "), "the status line counts every session");
        assertEquals("P-017", onEdt(() -> screens.libraryReview.patient().orElseThrow()), "the patient chosen is kept");
        onEdt(() -> screens.libraryPanel.patients().pick("P-018"));
        assertEquals(2, onEdt(() -> screens.libraryPanel.table().getRowCount()), "P-018's two sessions");
        assertEquals("2025-04-01 09:30", onEdt(() -> screens.libraryPanel.table().getValueAt(0, 0)));
        click(review.window, "Trends");
        assertTrue(showsText(review.window, "Trends: P-018, all dates"));
        click(review.window, "← Library");
        click(review.window, "Prescription");
        assertTrue(await(() -> onEdt(() -> screens.prescriptionPanel.editor() != null
                && screens.prescriptionPanel.editor().patient().equals("P-018")), 10_000));
    }
}

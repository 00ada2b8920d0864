package com.reptempo.ui.review;

import com.reptempo.app.review.PrescriptionEditor;
import com.reptempo.app.review.ResultChoice;
import com.reptempo.app.review.ReviewFixtures;
import com.reptempo.storage.session.SessionLibrary;
import com.reptempo.ui.Theme;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JFrame;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static com.reptempo.ui.review.ReviewSwing.await;
import static com.reptempo.ui.review.ReviewSwing.click;
import static com.reptempo.ui.review.ReviewSwing.onEdt;
import static com.reptempo.ui.review.ReviewSwing.showsText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every review screen in the real dashboard window under a display (Xvfb in CI), driven as a physiotherapist would. */
class ReviewScreensGuiTest {
    @TempDir
    Path dir;
    private ReviewWindow review;
    private JFrame window;
    private ReviewScreens screens;
    private SessionLibrary library;

    @BeforeEach
    void open() throws IOException, InterruptedException {
        review = new ReviewWindow(dir);
        window = review.window;
        screens = review.screens;
        library = review.library;
        assertEquals(ReviewScreens.LIBRARY, onEdt(screens::currentScreen));
    }

    @AfterEach
    void close() {
        if (review != null) review.close();
    }

    @Test
    void aSessionOpensReanalysedAndARepClickedAnywhereIsHighlightedEverywhere() throws Exception {
        assertTrue(showsText(window, "Review: sessions received"));
        assertTrue(onEdt(() -> screens.libraryPanel.progress().text()).startsWith("8 session(s) in "), "progress line says what was read");
        onEdt(() -> screens.libraryPanel.table().setRowSelectionInterval(1, 1));
        click(window, "Open session");
        assertTrue(await(() -> onEdt(() -> ReviewScreens.SESSION.equals(screens.currentScreen())), 30_000), "opened in the background");
        SessionPanel s = screens.sessionPanel;
        assertTrue(showsText(window, "P-017 · 2025-03-05 09:30 · Set 1: Cobra lift"));
        assertTrue(showsText(window, "Result re-analysed from the raw samples"));
        assertTrue(showsText(window, "Notes: Simulated session (cobra-lift-faults.csv)"));
        assertNotNull(onEdt(() -> s.tempo.getChart()));

        onEdt(() -> s.table().setRowSelectionInterval(2, 2));
        assertEquals(3, onEdt(() -> screens.sessionReview.highlighted()), "a row of the table highlights its rep");
        assertEquals(1, onEdt(() -> markers((XYPlot) s.trace.getChart().getPlot())), "the trace shows it");
        assertEquals(1, onEdt(() -> markers(((CombinedDomainXYPlot) s.form.getChart().getPlot()).getSubplots().get(0))), "the form chart too");
        assertEquals(1, onEdt(() -> markers(((CombinedDomainXYPlot) s.tempo.getChart().getPlot()).getSubplots().get(0))), "and the tempo chart");

        ReviewWindow.clickAt(s.tempo, 5);
        assertEquals(5, onEdt(() -> screens.sessionReview.highlighted()), "a click on the tempo chart highlights rep 5");
        assertEquals(4, onEdt(() -> s.table().getSelectedRow()), "and selects its row");
        assertEquals(1, onEdt(() -> markers((XYPlot) s.trace.getChart().getPlot())), "only rep 5 on the trace");
        ReviewWindow.clickAt(s.form, 2);
        assertEquals(2, onEdt(() -> screens.sessionReview.highlighted()), "a click on the form chart highlights rep 2");
        assertEquals(1, onEdt(() -> s.table().getSelectedRow()));
        var rep7 = onEdt(() -> screens.sessionReview.view().reps().get(6));
        ReviewWindow.clickAt(s.trace, (rep7.start_s() + rep7.end_s()) / 2);
        assertEquals(rep7.index(), onEdt(() -> screens.sessionReview.highlighted()), "a click on the trace highlights the rep under way then");
        assertEquals(6, onEdt(() -> s.table().getSelectedRow()));
        ReviewWindow.clickAt(s.trace, (rep7.start_s() + rep7.end_s()) / 2);
        assertEquals(0, onEdt(() -> screens.sessionReview.highlighted()), "a second click clears it");
        assertEquals(0, onEdt(() -> markers((XYPlot) s.trace.getChart().getPlot())));
        assertEquals(-1, onEdt(() -> s.table().getSelectedRow()));

        click(window, "As recorded");
        assertEquals(ResultChoice.AS_RECORDED, onEdt(() -> screens.sessionReview.view().shown()));
        assertTrue(showsText(window, "Result as recorded, judged against the targets in force then"));

        click(window, "Light / dark");
        assertEquals(onEdt(Theme::background), onEdt(() -> (Color) s.tempo.getChart().getBackgroundPaint()), "charts follow the dark theme");
        assertTrue(onEdt(Theme::isDark));
        click(window, "Light / dark");

        Path charts = dir.resolve("charts");
        onEdt(() -> SetChartFiles.save(screens.work(), s.progress(), screens.sessionReview.info(), screens.sessionReview.view(), charts));
        assertTrue(await(() -> count(charts) == 6, 20_000), "tempo, form and trace as PNG and SVG");
        Path pdf = dir.resolve("session.pdf");
        onEdt(() -> ReportActions.write(screens, s.progress(), ReportActions.Scope.SESSION, pdf));
        assertTrue(await(() -> onEdt(() -> s.progress().text().startsWith("Saved the report")), 30_000), onEdt(() -> s.progress().text()));
        assertTrue(ReviewWindow.pdfText(pdf).contains("Results as recorded at the time"), "the report shows what the screen shows");

        click(window, "← Library");
        assertEquals(ReviewScreens.LIBRARY, onEdt(screens::currentScreen));
    }

    @Test
    void trendsOverADateRangeAndTheirExports() throws Exception {
        onEdt(() -> screens.libraryPanel.typeRange("2025-03-05", "2025-03-11"));
        click(window, "Apply dates");
        assertEquals(4, onEdt(() -> screens.libraryReview.sessions().size()));
        onEdt(() -> screens.libraryPanel.typeRange("2025-03-11", "2025-03-05"));
        click(window, "Apply dates");
        assertTrue(onEdt(() -> screens.libraryPanel.progress().text()).contains("ends (2025-03-05) before it starts"));
        onEdt(() -> screens.libraryPanel.typeRange("2025-03-05", "2025-03-11"));
        click(window, "Apply dates");
        click(window, "Trends");
        assertEquals(ReviewScreens.TRENDS, onEdt(screens::currentScreen));
        assertTrue(showsText(window, "Trends: P-017, from 2025-03-05 to 2025-03-11"));
        CombinedDomainXYPlot plot = onEdt(() -> (CombinedDomainXYPlot) screens.trendsPanel.chart.getChart().getPlot());
        assertEquals(4, onEdt(() -> plot.getSubplots().get(0).getDataset().getItemCount(0)), "four sessions on the chart");
        Path out = dir.resolve("trend");
        onEdt(() -> screens.trendsPanel.saveChart(out));
        assertTrue(await(() -> count(out) == 2, 20_000));
        Path pdf = dir.resolve("range.pdf");
        onEdt(() -> ReportActions.write(screens, screens.trendsPanel.progress(), ReportActions.Scope.LIBRARY, pdf));
        assertTrue(await(() -> onEdt(() -> screens.trendsPanel.progress().text().startsWith("Saved the report")), 30_000));
        String text = ReviewWindow.pdfText(pdf);
        assertTrue(text.contains("Sessions 2025-03-05 to 2025-03-11"), text);
    }

    @Test
    void thePrescriptionIsEditedCheckedAndSavedAndNewAnalysesUseIt() throws Exception {
        click(window, "Prescription");
        assertEquals(ReviewScreens.PRESCRIPTION, onEdt(screens::currentScreen));
        PrescriptionPanel p = screens.prescriptionPanel;
        assertTrue(await(() -> onEdt(() -> p.editor() != null && p.editor().setBy().equals("KM")), 10_000), "the current prescription is loaded");
        int holdMax = onEdt(() -> row(p.editor(), "cobra-lift", PrescriptionEditor.Field.PHASE_MAX_S, "hold"));
        int minReps = onEdt(() -> row(p.editor(), "cobra-lift", PrescriptionEditor.Field.MIN_REPS, null));
        assertTrue(onEdt(() -> p.edit(holdMax, "5")));
        assertFalse(onEdt(() -> p.edit(minReps, "0")));
        assertTrue(onEdt(() -> p.progress().text()).startsWith("Cobra lift, reps: fewest:"), onEdt(() -> p.progress().text()));
        assertFalse(onEdt(() -> p.edit(minReps, "lots")));
        assertTrue(onEdt(() -> p.editor().dirty()));
        int heelMax = onEdt(() -> row(p.editor(), "heel-scoop", PrescriptionEditor.Field.MAX_REPS, null));
        assertTrue(onEdt(() -> p.edit(heelMax, "12")));
        assertTrue(onEdt(() -> p.editor().rows().get(heelMax).changed()));
        onEdt(() -> p.table().setRowSelectionInterval(heelMax, heelMax));
        click(window, "Routine values for this exercise");
        assertFalse(onEdt(() -> p.editor().rows().get(heelMax).changed()), "the heel scoop is back to the routine's values");
        assertTrue(onEdt(() -> p.editor().rows().get(holdMax).changed()), "the cobra lift is not");
        click(window, "Save prescription");
        assertTrue(await(() -> onEdt(() -> p.progress().text().startsWith("Saved prescription.json")), 10_000), onEdt(() -> p.progress().text()));
        assertEquals(5.0, library.prescription("P-017", ReviewFixtures.ROUTINE).orElseThrow().find("cobra-lift").orElseThrow()
                .phases().get(0).max_s());
        assertTrue(onEdt(() -> p.edit(holdMax, "6")));
        click(window, "Undo changes");
        assertTrue(await(() -> onEdt(() -> p.editor().rows().get(holdMax).value() == 5.0 && !p.editor().dirty()), 10_000),
                "undo reloads the saved prescription");

        click(window, "← Library");
        onEdt(() -> screens.libraryPanel.table().setRowSelectionInterval(5, 5));
        click(window, "Open session");
        assertTrue(await(() -> onEdt(() -> ReviewScreens.SESSION.equals(screens.currentScreen())), 30_000));
        assertTrue(showsText(window, "hold 2–5 s"), "re-analysed against the new prescription");
    }

    private static int row(PrescriptionEditor e, String exercise, PrescriptionEditor.Field f, String phase) {
        for (int i = 0; i < e.rows().size(); i++) {
            PrescriptionEditor.Row r = e.rows().get(i);
            if (r.exerciseId().equals(exercise) && r.field() == f && java.util.Objects.equals(r.phase(), phase)) return i;
        }
        throw new AssertionError("no row");
    }

    private static int markers(XYPlot plot) {
        var m = plot.getDomainMarkers(Layer.BACKGROUND);
        if (m == null) return 0;
        return (int) ((java.util.Collection<?>) m).stream().map(org.jfree.chart.plot.Marker.class::cast)
                .filter(x -> x.getOutlineStroke() instanceof java.awt.BasicStroke b && b.getLineWidth() == 1.5f).count();
    }

    private static long count(Path d) {
        if (!Files.isDirectory(d)) return 0;
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(f -> !f.getFileName().toString().startsWith(".")).count();
        } catch (IOException e) {
            return -1;
        }
    }
}

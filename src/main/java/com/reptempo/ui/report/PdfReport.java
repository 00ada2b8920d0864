package com.reptempo.ui.report;

import com.reptempo.app.review.RepRows;
import com.reptempo.app.review.RepStats;
import com.reptempo.app.review.ReviewReport;
import com.reptempo.app.review.ReviewText;
import com.reptempo.app.review.SetView;
import com.reptempo.model.RepResult;
import com.reptempo.storage.session.AtomicFiles;
import com.reptempo.storage.session.SessionInfo;
import com.reptempo.ui.review.ChartPalette;
import com.reptempo.ui.review.FormChart;
import com.reptempo.ui.review.TempoChart;
import com.reptempo.ui.review.TraceChart;
import com.reptempo.ui.review.TrendChart;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jfree.chart.JFreeChart;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The printed report (PDF, Apache PDFBox) of one session or of a patient's date range: patient
 * pseudonym, dates and the prescription in force on the first page; the trend and a table of
 * sessions for a range; per set the tempo and form charts (and the motion trace for a single
 * session), the rep table with deviations and faults, pain and notes. Fonts are embedded;
 * every page is numbered. Charts use the print palette and are vector drawings ({@link PdfCharts}).
 * Needs no display.
 */
public final class PdfReport {
    /** Charts are laid out this many points wide, then scaled to the text width. */
    private static final int CHART_WIDTH = 640;
    private static final Color BAD = new Color(0xA8262B);
    private static final int FORM_HEIGHT = 270;
    private static final int TRACE_HEIGHT = 300;
    private final ChartPalette palette = ChartPalette.print();
    private PdfCharts charts;

    /** Writes the report to {@code out} atomically (owner-only, replacing an older file); returns its number of pages. */
    public static int write(ReviewReport report, Path out) throws IOException {
        int[] pages = new int[1];
        AtomicFiles.write(out, true, stream -> {
            try (PDDocument doc = new PDDocument()) {
                new PdfReport().compose(doc, PdfFonts.load(doc), report);
                pages[0] = doc.getNumberOfPages();
                doc.save(stream);
            }
        });
        return pages[0];
    }

    private void compose(PDDocument doc, PdfFonts fonts, ReviewReport r) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle("RepTempo report: " + r.patient() + ", " + r.dates());
        info.setSubject(r.title());
        info.setCreator("RepTempo");
        info.setCreationDate(GregorianCalendar.from(r.generatedAt()));
        charts = new PdfCharts(doc, fonts);
        try (PdfPages pages = new PdfPages(doc, fonts)) {
            pages.newPage();
            front(pages, r);
            for (ReviewReport.Session s : r.sessions()) session(pages, s, r.traces(), r.sessions().size() > 1);
            pages.footer("RepTempo report · patient " + r.patient() + " · " + r.dates());
        }
    }

    private static boolean charted(SetView v) {
        return v.result() != null && !v.reps().isEmpty();
    }

    private static boolean traced(SetView v, boolean traces) {
        return traces && v.trace().size() > 0;
    }

    private static int tempoHeight(SetView v) {
        return 75 + 80 * v.exercise().phases().size();
    }

    /** A chart laid out {@value #CHART_WIDTH} points wide and {@code height} high, scaled to the text width. */
    private void chart(PdfPages p, JFreeChart chart, int height) throws IOException {
        p.form(charts.draw(chart, CHART_WIDTH, height), p.width(), p.width() * height / CHART_WIDTH);
    }

    private void front(PdfPages p, ReviewReport r) throws IOException {
        p.paragraph("RepTempo report", true, 20, PdfPages.TEXT);
        p.paragraph("Patient " + r.patient() + " · " + r.title(), true, 13, PdfPages.TEXT);
        p.paragraph("Dates covered: " + r.dates() + " · " + r.sessions().size() + " session(s) · generated "
                + ReviewText.when(r.generatedAt()), false, 9.5f, PdfPages.MUTED);
        p.rule(PdfPages.MUTED);
        p.heading("Prescription in force", 13, 40);
        p.paragraph("Now: " + r.prescription() + ".", false, 10, PdfPages.TEXT);
        for (String t : r.targets()) p.paragraph("• " + t, false, 10, PdfPages.TEXT);
        if (r.sessions().size() == 1) {
            p.paragraph("When this session was recorded: " + r.sessions().get(0).prescriptionThen() + ".", false, 10, PdfPages.TEXT);
        }
        p.space(4);
        p.paragraph(r.results(), false, 9.5f, PdfPages.MUTED);
        if (r.sessions().size() > 1) {
            p.heading("Trends", 13, 300);
            chart(p, TrendChart.build(r.trend(), palette), 400);
            p.heading("Sessions", 13, 60);
            PdfTable.draw(p, List.of("Date", "Exercises", "Reps", "Quality", "On tempo", "Pain", "Faults"), summary(r),
                    new float[]{11, 14, 5, 6, 7, 6, 22}, 8.5f, null);
        }
    }

    private static List<List<String>> summary(ReviewReport r) {
        List<List<String>> rows = new ArrayList<>();
        for (ReviewReport.Session s : r.sessions()) {
            List<RepResult> reps = s.sets().stream().flatMap(v -> v.reps().stream()).toList();
            boolean analysed = s.sets().stream().anyMatch(v -> v.result() != null);
            String faults = reps.stream().flatMap(x -> x.faults().stream()).collect(Collectors.groupingBy(f -> f.kind().id(),
                    java.util.TreeMap::new, Collectors.counting())).entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue())
                    .collect(Collectors.joining(", "));
            SessionInfo i = s.info();
            rows.add(List.of(ReviewText.when(i.startedAt()), s.sets().stream().map(v -> v.exercise().name()).distinct()
                            .collect(Collectors.joining(", ")), analysed ? Integer.toString(reps.size()) : "not analysed",
                    ReviewText.pct(RepStats.meanQuality(reps)).replace(" %", ""), ReviewText.pct(RepStats.tempoAdherence_pct(reps)),
                    (i.painBefore() == null ? "–" : i.painBefore()) + " → " + (i.painAfter() == null ? "–" : i.painAfter()),
                    faults.isEmpty() ? (analysed ? "none" : "") : faults));
        }
        return rows;
    }

    private void session(PdfPages p, ReviewReport.Session s, boolean traces, boolean several) throws IOException {
        SessionInfo i = s.info();
        if (several) p.newPage();
        else p.space(6);
        p.heading("Session " + ReviewText.when(i.startedAt()) + " (" + i.id() + ")", 14, 80);
        p.paragraph(ReviewText.sessionLine(i) + " · " + (i.source().isEmpty() ? "" : "source: " + i.source()), false, 9.5f, PdfPages.MUTED);
        p.paragraph("Prescription in force then: " + s.prescriptionThen() + ".", false, 10, PdfPages.TEXT);
        p.paragraph("Notes: " + (i.notes().isEmpty() ? "none." : i.notes()), false, 10, PdfPages.TEXT);
        for (SetView v : s.sets()) set(p, v, traces);
    }

    private void set(PdfPages p, SetView v, boolean traces) throws IOException {
        p.heading(v.title() + ": " + ReviewText.result(v.result()), 11.5f, 200);
        p.paragraph("Targets: " + ReviewText.targets(v.exercise()) + ". Result " + v.source() + ".", false, 9, PdfPages.MUTED);
        if (!charted(v)) {
            p.paragraph(v.result() == null ? "This set was not analysed." : "No reps were found in this set.", false, 10, PdfPages.TEXT);
            return;
        }
        chart(p, TempoChart.build(v, palette), tempoHeight(v));
        chart(p, FormChart.build(v, palette), FORM_HEIGHT);
        if (traced(v, traces)) chart(p, TraceChart.build(v, palette), TRACE_HEIGHT);
        RepRows rows = RepRows.of(v.result(), v.exercise());
        float[] weights = new float[rows.headers().size()];
        for (int c = 0; c < weights.length; c++) weights[c] = weight(rows.headers().get(c));
        int faults = rows.headers().size() - 1;
        PdfTable.draw(p, rows.headers(), rows.cells(), weights, 8, (row, col, text) -> col == faults && !text.equals("good") ? BAD : null);
    }

    private static float weight(String header) {
        String h = header.toLowerCase(Locale.ROOT);
        if (h.equals("rep")) return 3.2f;
        if (h.equals("side")) return 4f;
        if (h.startsWith("pelvis")) return 6f;
        if (h.equals("smoothness")) return 8.5f;
        if (h.equals("quality")) return 5.5f;
        if (h.equals("faults")) return 17f;
        return 8f;
    }
}

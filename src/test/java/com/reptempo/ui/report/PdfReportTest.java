package com.reptempo.ui.report;

import com.reptempo.app.SessionPipeline;
import com.reptempo.app.review.Progress;
import com.reptempo.app.review.ReportBuilder;
import com.reptempo.app.review.ResultChoice;
import com.reptempo.app.review.ReviewFixtures;
import com.reptempo.app.review.ReviewReport;
import com.reptempo.app.review.ReviewText;
import com.reptempo.app.review.SetView;
import com.reptempo.model.Fault;
import com.reptempo.model.RepResult;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDF report, read back with PDFBox: its text (reps, faults, pseudonym, dates, prescription, page numbers) and its fonts. */
class PdfReportTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-20T10:00:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path tmp;

    private Path out(String name) throws IOException {
        String keep = System.getProperty("review.pdf.dir");
        return keep == null ? tmp.resolve(name) : Files.createDirectories(Path.of(keep)).resolve(name);
    }

    private static ReportBuilder builder() {
        return new ReportBuilder(ReviewFixtures.library(), ReviewFixtures.ROUTINE, SessionPipeline.current(), CLOCK);
    }

    @Test
    void aSessionReportHasEveryRepWithItsFaultsOnNumberedPagesWithEmbeddedFonts() throws IOException {
        ReviewReport report = builder().session(ReviewFixtures.files().get(1).toString(), ResultChoice.REANALYSED, Progress.NONE);
        Path pdf = out("session.pdf");
        PdfReport.write(report, pdf);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf)), "health data: owner only");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 2, "pages: " + pages);
            String text = new PageTextOnly().getText(doc);
            String flat = text.replaceAll("\\s+", " ");
            assertTrue(flat.contains("RepTempo report"), flat);
            assertTrue(flat.contains("Patient P-017 · Session 2025-03-05 09:30"), flat);
            assertTrue(flat.contains("Dates covered: 2025-03-05"), flat);
            assertTrue(flat.contains("Now: prescription by KM, updated 2025-03-01"), flat);
            assertTrue(flat.contains("Cobra lift: 8–10 reps; lift 4 s, hold 2–4 s, lower 4 s"), flat);
            assertTrue(flat.contains("Results re-analysed from the raw samples with RepTempo pipeline"), flat);
            assertTrue(flat.contains("Notes: Simulated session (cobra-lift-faults.csv)"), flat);
            for (int i = 1; i <= pages; i++) assertTrue(flat.contains("page " + i + " of " + pages), "page number " + i);
            assertTrue(flat.contains("RepTempo report · patient P-017 · 2025-03-05"), "footer");
            SetView set = report.sessions().get(0).sets().get(0);
            assertTrue(set.reps().size() >= 8);
            Map<String, Integer> expected = new HashMap<>();
            for (RepResult r : set.reps()) {
                assertTrue(flat.contains(r.index() + " " + ReviewText.phase(r.phases().get(0))), "rep " + r.index() + " row");
                for (Fault f : r.faults()) expected.merge(ReviewText.fault(f), 1, Integer::sum);
            }
            assertFalse(expected.isEmpty(), "the faulty session has faults");
            for (Map.Entry<String, Integer> e : expected.entrySet()) {
                assertEquals(e.getValue(), count(flat, e.getKey()), "reps with " + e.getKey());
            }
            assertFontsEmbedded(doc);
            String all = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(all.contains("Tempo per rep: Cobra lift") && all.contains("Form per rep: Cobra lift"),
                    "the charts are vector drawings whose text is real text: " + all);
            int forms = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName x : page.getResources().getXObjectNames()) {
                    assertTrue(page.getResources().getXObject(x) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject,
                            "charts are vector forms, not images");
                    forms++;
                }
            }
            assertTrue(forms >= 2, "tempo and form chart at least: " + forms);
        }
    }

    /** The text of the pages themselves (headings, paragraphs, tables), without the charts' labels. */
    static final class PageTextOnly extends PDFTextStripper {
        @Override
        public void showForm(org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
            // charts are forms: their axis labels and legends are not the rep table
        }
    }

    @Test
    void aDateRangeReportHasTheTrendTheSessionsTableAndEachSession() throws IOException {
        ReviewReport report = builder().patient("P-017", LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 12), ResultChoice.AS_RECORDED,
                Progress.NONE);
        assertEquals(4, report.sessions().size());
        Path pdf = out("range.pdf");
        PdfReport.write(report, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String flat = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(flat.contains("Patient P-017 · Sessions 2025-03-04 to 2025-03-12"), flat);
            assertTrue(flat.contains("Results as recorded at the time"), flat);
            assertTrue(flat.contains("Trends"));
            for (String day : new String[]{"2025-03-05 09:30", "2025-03-07 09:30", "2025-03-09 09:30", "2025-03-11 09:30"}) {
                assertTrue(flat.contains("Session " + day), day);
            }
            assertTrue(flat.contains("Prescription in force then: prescription by KM"), flat);
            assertTrue(flat.contains("page 1 of " + doc.getNumberOfPages()));
            assertFontsEmbedded(doc);
        }
    }

    /** Occurrences in the rep table (the set's heading lists faults as "jerky ×1": those are not counted). */
    private static int count(String text, String fault) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(fault) + "(?! ×)").matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /** Every font of every page, and of every form (chart) on it, is an embedded TrueType font. */
    static void assertFontsEmbedded(PDDocument doc) throws IOException {
        int fonts = 0;
        for (PDPage page : doc.getPages()) {
            fonts += assertFontsEmbedded(page.getResources());
            for (COSName x : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(x) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                    fonts += assertFontsEmbedded(form.getResources());
                }
            }
        }
        assertTrue(fonts > 0);
    }

    private static int assertFontsEmbedded(org.apache.pdfbox.pdmodel.PDResources resources) throws IOException {
        int fonts = 0;
        for (COSName name : resources.getFontNames()) {
            PDFont f = resources.getFont(name);
            assertTrue(f.isEmbedded(), f.getName() + " is embedded");
            assertTrue(f.getName().contains("DejaVu") || f.getName().contains("Liberation") || f.getName().contains("Arial"), f.getName());
            fonts++;
        }
        return fonts;
    }
}

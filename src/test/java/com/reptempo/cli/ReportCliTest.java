package com.reptempo.cli;

import com.reptempo.app.review.ReviewFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportCliTest {
    @TempDir
    Path dir;

    private static String lib() {
        return ReviewFixtures.library().root().toString();
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aSessionReportByIdStart() throws IOException {
        Path out = dir.resolve("s.pdf");
        CliRun r = CliRun.of("report", "--library", lib(), "--session", "20250305", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("wrote " + out + ": ") && r.out().contains(" page(s), 1 session(s) of P-017, 2025-03-05, in "), r.out());
        String t = text(out);
        assertTrue(t.contains("Patient P-017 · Session 2025-03-05 09:30"), t);
        assertTrue(t.contains("Results re-analysed from the raw samples"), t);
        CliRun again = CliRun.of("report", "--library", lib(), "--session", "20250305", "--out", out.toString());
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("already exists; give --overwrite"), again.err());
        CliRun recorded = CliRun.of("report", "--library", lib(), "--session", "20250305", "--out", out.toString(), "--overwrite",
                "--results", "recorded");
        assertEquals(0, recorded.exitCode(), recorded.err());
        assertTrue(text(out).contains("Results as recorded at the time"));
    }

    @Test
    void aPatientsDateRangeWithProgressOnStderr() throws IOException {
        Path out = dir.resolve("range.pdf");
        CliRun r = CliRun.of("report", "--library", lib(), "--patient", "P-017", "--from", "2025-03-10", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("4 session(s) of P-017, 2025-03-10 to 2025-03-17"), r.out());
        assertTrue(r.err().contains("  1/4 read ") && r.err().contains("  4/4 read "), r.err());
        String t = text(out);
        assertTrue(t.contains("Sessions 2025-03-10 to 2025-03-17") && t.contains("Trends"), t);
    }

    @Test
    void mistakesAreExplainedInOneLine() {
        String out = dir.resolve("x.pdf").toString();
        CliRun both = CliRun.of("report", "--library", lib(), "--session", "2025", "--patient", "P-017", "--out", out);
        assertEquals(2, both.exitCode(), "usage error");
        CliRun dates = CliRun.of("report", "--library", lib(), "--session", "20250305", "--from", "2025-03-01", "--out", out);
        assertEquals(1, dates.exitCode());
        assertTrue(dates.err().contains("--from and --to go with --patient"), dates.err());
        CliRun nobody = CliRun.of("report", "--library", lib(), "--patient", "P-099", "--out", out);
        assertEquals(1, nobody.exitCode());
        assertTrue(nobody.err().contains("no sessions of P-099"), nobody.err());
        CliRun badDay = CliRun.of("report", "--library", lib(), "--patient", "P-017", "--to", "March", "--out", out);
        assertTrue(badDay.err().contains("--to must be a day such as 2025-03-01, got 'March'"), badDay.err());
        CliRun results = CliRun.of("report", "--library", lib(), "--patient", "P-017", "--results", "best", "--out", out);
        assertTrue(results.err().contains("--results must be 'reanalysed' or 'recorded'"), results.err());
        CliRun ambiguous = CliRun.of("report", "--library", lib(), "--session", "2025", "--out", out);
        assertEquals(1, ambiguous.exitCode());
        assertTrue(ambiguous.err().contains("matches 8 sessions"), ambiguous.err());
        assertFalse(Files.exists(Path.of(out)), "nothing written");
    }

    @Test
    void theReportNeedsNoDisplay() throws Exception {
        Path out = dir.resolve("headless.pdf");
        // The program's classpath: the test classpath less SLF4J, which only ArchUnit (a test library) brings and which
        // would print its own "no providers" warning.
        String cp = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> !e.contains("slf4j")).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-cp", cp, RepTempoCli.class.getName(), "report", "--library", lib(),
                "--session", "20250307", "--out", out.toString()).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), printed);
        assertTrue(printed.startsWith("wrote "), printed);
        assertFalse(printed.toLowerCase(java.util.Locale.ROOT).contains("warn"), "no font fallback or other warnings: " + printed);
        assertTrue(text(out).contains("Rear leg lift"));
    }
}

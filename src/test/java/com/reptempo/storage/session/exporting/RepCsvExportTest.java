package com.reptempo.storage.session.exporting;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Sample;
import com.reptempo.storage.session.RecordedSet;
import com.reptempo.storage.session.Session;
import com.reptempo.storage.session.SessionFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepCsvExportTest {
    @TempDir
    Path dir;

    static List<String[]> rows(Path csv) throws IOException {
        CsvMapper m = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> it = m.readerFor(String[].class).readValues(csv.toFile())) {
            return it.readAll();
        }
    }

    private static List<RepCsvExport.SetRows> asRecorded(Session s) {
        return s.sets().stream().map(set -> new RepCsvExport.SetRows(set, set.result(), "recorded")).toList();
    }

    @Test
    void oneRowPerRepWithPhasesTargetsDeviationsFaultsAndQuality() throws IOException {
        Session s = SessionFixtures.session();
        Path out = dir.resolve("reps.csv");
        assertEquals(2, RepCsvExport.write(out, s, asRecorded(s), false));
        List<String[]> rows = rows(out);
        assertEquals(3, rows.size(), "header and two reps; the unanalysed set has none");
        List<String> header = List.of(rows.get(0));
        assertEquals(RepCsvExport.columns(3), header);
        String[] rep = rows.get(1);
        assertEquals("20250314-093012-7f3a", rep[header.indexOf("session")]);
        assertEquals("2025-03-14 09:30", rep[header.indexOf("date")]);
        assertEquals("cobra-lift", rep[header.indexOf("exercise")]);
        assertEquals("Cobra lift", rep[header.indexOf("exercise_name")]);
        assertEquals("lift", rep[header.indexOf("phase1")]);
        assertEquals("2.5", rep[header.indexOf("phase1_s")]);
        assertEquals("4", rep[header.indexOf("phase1_target_min_s")]);
        assertEquals("-1.5", rep[header.indexOf("phase1_deviation_s")]);
        assertEquals("", rep[header.indexOf("phase3")], "reps with fewer phases leave the extra groups empty");
        assertEquals("6", rep[header.indexOf("target_reps_min")]);
        assertEquals("too-fast lift (-1.5, -38%)", rep[header.indexOf("faults")]);
        assertEquals("71.5", rep[header.indexOf("quality")]);
        assertEquals("", rep[header.indexOf("smoothness")], "unknown measures are empty cells");
        assertEquals("80.3", rep[header.indexOf("set_quality")]);
    }

    @Test
    void negativeNumbersStayNumbersAndFormulaLikeTextIsNeutralised() throws IOException {
        Session base = SessionFixtures.session();
        ExerciseDefinition cobra = base.sets().get(0).exercise();
        ExerciseDefinition evil = new ExerciseDefinition(cobra.id(), "=HYPERLINK(\"http://x\",\"click\")", cobra.position(),
                cobra.instructions(), cobra.placement(), cobra.sides(), cobra.minReps(), cobra.maxReps(), cobra.phases(),
                cobra.formFaults(), cobra.thresholds());
        RecordedSet set = new RecordedSet(evil, 1, 20, base.sets().get(0).result());
        Session s = base.withSets(List.of(set));
        Path out = dir.resolve("reps.csv");
        RepCsvExport.write(out, s, asRecorded(s), false);
        String text = Files.readString(out);
        assertTrue(text.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\","), text);
        assertTrue(text.contains(",-1.5,"), "a negative number is written as a plain number: " + text);
        assertTrue(text.contains(",4,4,-1.5,"), text);
    }

    @Test
    void spreadsheetCellRules() {
        for (String bad : List.of("=1+2", "+1", "-cmd", "@SUM(A1)", "\tx", "\rx")) assertEquals("'" + bad, SpreadsheetCells.text(bad));
        for (String ok : List.of("abc", "1-2", "a=b", "", "'quoted")) assertEquals(ok, SpreadsheetCells.text(ok));
        assertEquals("", SpreadsheetCells.text(null));
        assertEquals("-0.5", SpreadsheetCells.plain(-0.5, 3));
        assertEquals("0.00001", SpreadsheetCells.plain(1e-5, 6), "never scientific notation");
        assertEquals("0", SpreadsheetCells.plain(-0.0001, 2));
    }

    @Test
    void samplesExportWithTheirSetAndExerciseAndOwnerOnly() throws IOException {
        Session s = SessionFixtures.session();
        List<Sample> samples = SessionFixtures.samples(1600);
        Path out = dir.resolve("samples.csv");
        assertEquals(1600, SampleCsvExport.write(out, s, samples, false));
        List<String[]> rows = rows(out);
        assertEquals(List.of("t_s", "ax_g", "ay_g", "az_g", "gx_dps", "gy_dps", "gz_dps", "set", "exercise"), List.of(rows.get(0)));
        assertEquals(1601, rows.size());
        String[] before = rows.get(1);
        assertEquals("", before[7]);
        String[] inFirst = rows.stream().skip(1).filter(r -> Double.parseDouble(r[0]) > 5).findFirst().orElseThrow();
        assertEquals("1", inFirst[7]);
        assertEquals("cobra-lift", inFirst[8]);
        String[] inSecond = rows.stream().skip(1).filter(r -> Double.parseDouble(r[0]) > 25).findFirst().orElseThrow();
        assertEquals("2", inSecond[7]);
        assertEquals("heel-scoop", inSecond[8]);
        assertEquals(samples.get(0).ay_g(), Double.parseDouble(rows.get(1)[2]), 1e-12);
        if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        }
    }
}

package com.reptempo.storage;

import com.reptempo.cli.RepTempoCli;
import com.reptempo.model.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code reptempo simulate} writes a CSV and a truth file that read back. */
class TruthFilesFromCliTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = RepTempoCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void writesCsvAndTruthThatReadBack() throws Exception {
        Path csv = dir.resolve("heel.csv");
        Run r = run("simulate", "--exercise", "heel-scoop", "--reps", "3", "--faults", "rushed,partial-range",
                "--seed", "9", "--rate", "50", "--mounting", "upside-down", "--out", csv.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("6 reps"), r.out());
        SampleCsvReader.Contents contents = SampleCsvReader.readAll(csv);
        assertTrue(contents.hasGyro());
        TruthDto.Session truth = TruthJson.read(dir.resolve("heel.truth.json"));
        assertEquals(contents.samples().size(), truth.sampleCount());
        assertEquals(6, truth.sets().get(0).count());
        assertEquals(3, truth.sets().get(0).countsBySide().left());
        assertEquals("upside-down", truth.generator().mounting().name());
        assertEquals(List.of("rushed", "partial-range"), truth.generator().faults());
        List<Sample> s = contents.samples();
        assertEquals(truth.duration_s(), s.get(s.size() - 1).t_s(), 1e-6);
        // The CSV keeps every value on its LSB: counts recovered exactly.
        for (Sample x : s) assertEquals(Math.round(x.ax_g() * 8192), x.ax_g() * 8192, 0.01);
    }

    @Test
    void accelerometerOnlyWritesFourColumns() throws Exception {
        Path csv = dir.resolve("cobra.csv");
        assertEquals(0, run("simulate", "--exercise", "cobra-lift", "--reps", "2", "--no-gyro", "--out", csv.toString()).code());
        assertTrue(Files.readAllLines(csv).get(0).equals("t_s,ax_g,ay_g,az_g"));
        assertFalse(SampleCsvReader.readAll(csv).hasGyro());
        assertFalse(TruthJson.read(dir.resolve("cobra.truth.json")).generator().sensor().hasGyro());
    }

    @Test
    void rejectsBadArgumentsWithOneClearLine() {
        String out = dir.resolve("x.csv").toString();
        assertBad(1, "unknown exercise 'plank'", "--exercise", "plank", "--out", out);
        assertBad(1, "no motion model for 'custom'", "--exercise", "custom", "--out", out);
        assertBad(1, "--reps must be 1..100", "--exercise", "cobra-lift", "--reps", "0", "--out", out);
        assertBad(1, "--tempo must be 0.3..3", "--exercise", "cobra-lift", "--tempo", "9", "--out", out);
        assertBad(1, "unknown fault 'wobbly'", "--exercise", "cobra-lift", "--faults", "wobbly", "--out", out);
        assertBad(1, "'short-hold' does not apply to heel-scoop", "--exercise", "heel-scoop", "--faults", "short-hold", "--out", out);
        assertBad(1, "--fault-rate must be 0..1", "--exercise", "cobra-lift", "--faults", "all", "--fault-rate", "2", "--out", out);
        assertBad(1, "--rate must be 10..1000", "--exercise", "cobra-lift", "--rate", "5", "--out", out);
        assertBad(1, "unknown mounting 'diagonal'", "--exercise", "cobra-lift", "--mounting", "diagonal", "--out", out);
        assertBad(1, "does not exist", "--exercise", "cobra-lift", "--out", dir.resolve("no/such/dir/x.csv").toString());
        assertBad(2, "Missing required option: '--out=FILE'", "--exercise", "cobra-lift");
        assertBad(2, "'--seed'", "--exercise", "cobra-lift", "--seed", "abc", "--out", out);
        assertFalse(Files.exists(dir.resolve("x.csv")));
    }

    private static void assertBad(int code, String message, String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "simulate";
        System.arraycopy(args, 0, full, 1, args.length);
        Run r = run(full);
        assertEquals(code, r.code(), r.err());
        assertTrue(r.err().contains(message), () -> "stderr was: " + r.err());
        if (code == 1) assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}

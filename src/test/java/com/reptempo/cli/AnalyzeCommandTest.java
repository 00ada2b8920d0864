package com.reptempo.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code analyze}: the JSON document, the human report, and a clear one-line message for every bad input. */
class AnalyzeCommandTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    /** A still recording of the given length at 50 Hz, acceleration scaled by {@code scale}. */
    private Path still(String name, double seconds, double scale) throws Exception {
        StringBuilder sb = new StringBuilder("t_s,ax_g,ay_g,az_g\n");
        for (int i = 0; i * 0.02 <= seconds; i++) {
            sb.append(String.format(Locale.ROOT, "%.3f,%.4f,%.4f,%.4f%n", i * 0.02, 0.01 * scale, 0.02 * scale, 0.999 * scale));
        }
        return file(name, sb.toString());
    }

    private static void assertFails(CliRun run, String expected) {
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains(expected), "message should mention '" + expected + "': " + run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace: " + run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
    }

    @Test
    void jsonIsExactlyOneDocumentWithTheDocumentedFields() throws Exception {
        CliRun run = CliRun.of("analyze", "samples/heel-scoop-good.csv", "--exercise", "heel-scoop", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertEquals("heel-scoop", doc.get("exercise").asText());
        assertEquals(doc.get("reps").size(), doc.get("count").asInt());
        assertEquals(doc.get("count").asInt(), doc.get("countsBySide").get("left").asInt() + doc.get("countsBySide").get("right").asInt());
        JsonNode rep = doc.get("reps").get(0);
        for (String f : new String[] {"index", "start_s", "end_s", "side", "phases", "faults", "quality"}) assertTrue(rep.has(f), f);
        JsonNode phase = rep.get("phases").get(0);
        for (String f : new String[] {"name", "start_s", "end_s", "duration_s", "target_min_s", "target_max_s"}) assertTrue(phase.has(f), f);
        assertTrue(doc.get("summary").has("quality"));
        CliRun cobra = CliRun.of("analyze", "samples/cobra-lift-good.csv", "--exercise", "cobra-lift", "--json");
        JsonNode c = new ObjectMapper().readTree(cobra.out());
        assertTrue(c.get("countsBySide").isNull());
        assertTrue(c.get("reps").get(0).get("side").isNull());
    }

    @Test
    void theHumanReportListsEveryRep() {
        CliRun run = CliRun.of("analyze", "samples/cobra-lift-faults.csv", "--exercise", "cobra-lift");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("10 reps"), run.out());
        assertTrue(run.out().contains("#10"), run.out());
        assertTrue(run.out().contains("lift"), run.out());
    }

    @Test
    void emptyFile() throws Exception {
        assertFails(CliRun.of("analyze", file("empty.csv", "").toString(), "--exercise", "cobra-lift"), "empty");
    }

    @Test
    void noHeader() throws Exception {
        assertFails(CliRun.of("analyze", file("nohead.csv", "0.0,0,0,1\n0.02,0,0,1\n").toString(), "--exercise", "cobra-lift"),
                "no header");
    }

    @Test
    void nonNumericCell() throws Exception {
        assertFails(CliRun.of("analyze", file("text.csv", "t_s,ax_g,ay_g,az_g\n0.0,0,zero,1\n").toString(), "--exercise", "cobra-lift"),
                "'zero' is not a number");
    }

    @Test
    void notANumber() throws Exception {
        assertFails(CliRun.of("analyze", file("nan.csv", "t_s,ax_g,ay_g,az_g\n0.0,0,NaN,1\n").toString(), "--exercise", "cobra-lift"),
                "not a finite number");
    }

    @Test
    void timeGoingBackwardsOrRepeated() throws Exception {
        assertFails(CliRun.of("analyze", file("back.csv", "t_s,ax_g,ay_g,az_g\n0.0,0,0,1\n0.02,0,0,1\n0.01,0,0,1\n").toString(),
                "--exercise", "cobra-lift"), "does not increase");
        assertFails(CliRun.of("analyze", file("dup.csv", "t_s,ax_g,ay_g,az_g\n0.0,0,0,1\n0.02,0,0,1\n0.02,0,0,1\n").toString(),
                "--exercise", "cobra-lift"), "does not increase");
    }

    @Test
    void metresPerSecondSquaredInsteadOfG() throws Exception {
        assertFails(CliRun.of("analyze", still("ms2.csv", 10, 9.80665).toString(), "--exercise", "cobra-lift"),
                "acceleration looks like m/s^2");
    }

    @Test
    void tooShortToCalibrate() throws Exception {
        assertFails(CliRun.of("analyze", still("short.csv", 0.5, 1).toString(), "--exercise", "cobra-lift"),
                "too short to calibrate");
    }

    @Test
    void unknownExerciseMissingFileAndBadSide() throws Exception {
        assertFails(CliRun.of("analyze", "samples/cobra-lift-good.csv", "--exercise", "plank"), "unknown exercise 'plank'");
        assertFails(CliRun.of("analyze", dir.resolve("nope.csv").toString(), "--exercise", "cobra-lift"), "no such file");
        assertFails(CliRun.of("analyze", "samples/cobra-lift-good.csv", "--exercise", "cobra-lift", "--first-side", "up"),
                "--first-side must be left or right");
    }

    @Test
    void aStillRecordingHasNoReps() throws Exception {
        CliRun run = CliRun.of("analyze", still("still.csv", 20, 1).toString(), "--exercise", "cobra-lift", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(0, new ObjectMapper().readTree(run.out()).get("count").asInt());
    }
}

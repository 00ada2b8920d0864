package com.reptempo.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code eval} over a folder of simulator truth files and over a labels.json folder. */
class EvalCommandTest {
    @TempDir
    Path dir;

    @Test
    void scoresASimulatedSession() throws Exception {
        Path csv = dir.resolve("s.csv");
        CliRun sim = CliRun.of("simulate", "--exercise", "cobra-lift", "--rate", "50", "--seed", "9101", "--out", csv.toString());
        assertEquals(0, sim.exitCode(), sim.err());
        CliRun run = CliRun.of("eval", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        for (String s : new String[] {"count exact", "within one", "mean absolute count error", "precision", "recall",
                "phase boundaries: median error", "p90", "samples/s"}) {
            assertTrue(run.out().contains(s), s + " in " + run.out());
        }
    }

    @Test
    void readsALabelsFolder() throws Exception {
        Files.createDirectories(dir.resolve("sets"));
        Files.copy(Path.of("samples/cobra-lift-good.csv"), dir.resolve("sets/one.csv"));
        Files.writeString(dir.resolve("labels.json"), "{\"one\": {\"exercise\": \"cobra-lift\", \"reps\": 10, \"placement\": \"back\"}}");
        CliRun run = CliRun.of("eval", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("sets 1"), run.out());
    }

    @Test
    void aFolderWithoutLabelsIsExplained() {
        CliRun run = CliRun.of("eval", dir.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("no labelled recordings"), run.err());
    }
}

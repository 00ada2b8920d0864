package com.reptempo.storage;

import com.reptempo.simulator.FaultPlan;
import com.reptempo.simulator.RepTruth;
import com.reptempo.simulator.SessionPlan;
import com.reptempo.simulator.SimulatedSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TruthJsonTest {
    @TempDir
    Path dir;

    @Test
    void writesAndReadsBackTheTruth() throws Exception {
        SessionPlan plan = SessionPlan.routine(RoutineJson.bundled()).withFaults(FaultPlan.all(0.3)).withSeed(4);
        SimulatedSession s = SimulatedSession.generate(plan);
        Path file = dir.resolve("r.truth.json");
        TruthJson.write(file, plan, s.truth());
        TruthDto.Session back = TruthJson.read(file);

        assertEquals(TruthJson.SCHEMA_VERSION, back.schemaVersion());
        assertTrue(back.simulated());
        assertEquals(4, back.generator().seed());
        assertEquals(s.samples().size(), back.sampleCount());
        assertEquals(4, back.sets().size());
        for (int i = 0; i < 4; i++) {
            TruthDto.SetEntry set = back.sets().get(i);
            assertEquals(s.truth().sets().get(i).exercise(), set.exercise());
            assertEquals(set.reps().size(), set.count());
            if (set.countsBySide() != null) assertEquals(set.count(), set.countsBySide().left() + set.countsBySide().right());
        }
        assertNull(back.sets().get(1).countsBySide(), "cobra lift is not per side");
        RepTruth first = s.truth().allReps().get(0);
        TruthDto.Rep rep = back.sets().get(0).reps().get(0);
        assertEquals(first.start_s(), rep.start_s(), 1e-6);
        assertEquals(first.side().name().toLowerCase(), rep.side());
        assertEquals(first.phases().get(1).name(), rep.phases().get(1).name());
        assertEquals(first.amplitude_deg(), rep.amplitude_deg(), 1e-3);
        assertEquals(first.expectedFaults().size(), rep.expectedFaults().size());
        assertEquals("getting-into-position", back.sets().get(0).nonReps().get(0).kind());
    }

    @Test
    void truthSitsBesideTheCsv() {
        assertEquals(Path.of("samples/cobra-lift-good.truth.json"), TruthJson.truthPathFor(Path.of("samples/cobra-lift-good.csv")));
        assertEquals(Path.of("x.truth.json"), TruthJson.truthPathFor(Path.of("x")));
    }

    @Test
    void rejectsBrokenAndNewerFiles() {
        assertThrows(SampleFileException.class, () -> TruthJson.read(stream("{\"schemaVersion\": 9, \"sets\": []}")));
        assertThrows(SampleFileException.class, () -> TruthJson.read(stream("not json")));
        assertThrows(SampleFileException.class, () -> TruthJson.read(stream("{\"schemaVersion\": 1}")));
    }

    @Test
    void ignoresFieldsItDoesNotKnow() throws Exception {
        TruthDto.Session s = TruthJson.read(stream("{\"schemaVersion\": 1, \"simulated\": true, \"sampleRate_hz\": 50,"
                + " \"sampleCount\": 0, \"duration_s\": 0, \"future\": 3, \"sets\": []}"));
        assertEquals(0, s.sets().size());
        Files.writeString(dir.resolve("bad.truth.json"), "[");
        SampleFileException e = assertThrows(SampleFileException.class, () -> TruthJson.read(dir.resolve("bad.truth.json")));
        assertTrue(e.getMessage().contains("bad.truth.json"));
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}

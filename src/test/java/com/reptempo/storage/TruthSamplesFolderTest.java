package com.reptempo.storage;

import com.reptempo.model.Routine;
import com.reptempo.model.Sample;
import com.reptempo.simulator.FaultPlan;
import com.reptempo.simulator.InjectedFault;
import com.reptempo.simulator.Mounting;
import com.reptempo.simulator.SensorSpec;
import com.reptempo.simulator.SessionPlan;
import com.reptempo.simulator.SetPlan;
import com.reptempo.simulator.SimulatedSession;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The files in samples/ read back, match their truth, and are what the simulator makes today. */
class TruthSamplesFolderTest {
    private static final Path SAMPLES = Path.of("samples");

    @Test
    void everySampleHasItsTruthAndIsUpToDateWithTheSimulator() throws Exception {
        List<Path> csvs;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            csvs = files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertTrue(csvs.size() >= 9, "samples/ holds " + csvs.size() + " sessions");
        long bytes = 0;
        for (Path csv : csvs) {
            Path truthFile = TruthJson.truthPathFor(csv);
            bytes += Files.size(csv) + Files.size(truthFile);
            TruthDto.Session truth = TruthJson.read(truthFile);
            SampleCsvReader.Contents contents = SampleCsvReader.readAll(csv);
            assertEquals(truth.sampleCount(), contents.samples().size(), csv.toString());
            assertEquals(truth.generator().sensor().hasGyro(), contents.hasGyro(), csv.toString());

            SessionPlan plan = planOf(truth.generator());
            SimulatedSession again = SimulatedSession.generate(plan);
            assertEquals(truth, TruthJson.toDto(plan, again.truth()), csv + " is out of date: regenerate samples/ (README)");
            for (int i = 0; i < contents.samples().size(); i++) {
                assertArrayEquals(plan.sensor().toCounts(again.samples().get(i)), plan.sensor().toCounts(contents.samples().get(i)),
                        csv + " sample " + i);
                assertEquals(again.samples().get(i).t_s(), contents.samples().get(i).t_s(), 1e-9);
            }
        }
        assertTrue(bytes < 6_500_000, "samples/ should stay small (target < 6 MB): " + bytes + " bytes");
    }

    /** The plan a truth file's generator section describes (default MPU-6050 sensor, default disturbances). */
    private static SessionPlan planOf(TruthDto.Generator g) {
        Routine routine = RoutineJson.bundled();
        List<SetPlan> sets = new ArrayList<>();
        for (int i = 0; i < g.exercises().size(); i++) sets.add(new SetPlan(routine.get(g.exercises().get(i)), g.repsPerSide().get(i)));
        SensorSpec sensor = SensorSpec.mpu6050(g.sensor().sampleRate_hz());
        Set<InjectedFault> kinds = g.faults().stream().map(InjectedFault::fromId).collect(Collectors.toSet());
        return SessionPlan.of(sets).withSeed(g.seed()).withTempo(g.tempo())
                .withSensor(g.sensor().hasGyro() ? sensor : sensor.withoutGyro())
                .withMounting(Mounting.named(g.mounting().name(), g.seed()))
                .withFaults(kinds.isEmpty() ? FaultPlan.NONE : FaultPlan.of(kinds, g.faultRate()));
    }

    @Test
    void samplesAreInPhysicalUnits() throws Exception {
        for (Sample s : SampleCsvReader.readAll(SAMPLES.resolve("routine-full.csv")).samples()) {
            assertTrue(Math.abs(s.ax_g()) <= 4 && Math.abs(s.gx_dps()) <= 500);
        }
    }
}

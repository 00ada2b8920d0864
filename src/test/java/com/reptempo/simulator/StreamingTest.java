package com.reptempo.simulator;

import com.reptempo.model.Sample;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamingTest {
    @Test
    void streamYieldsExactlyTheWholeSessionsSamplesAndTruth() {
        SessionPlan plan = SessionPlan.routine(SimulatorFixtures.ROUTINE).withFaults(FaultPlan.all(0.3)).withSeed(77)
                .withSensor(SensorSpec.mpu6050(50));
        SimulatedSession whole = SimulatedSession.generate(plan);
        SampleStream stream = new SampleStream(plan);
        List<Sample> streamed = new ArrayList<>();
        List<SetTruth> sets = new ArrayList<>();
        Sample[] buffer = new Sample[37];
        int n;
        while ((n = stream.fill(buffer)) > 0) {
            for (int i = 0; i < n; i++) streamed.add(buffer[i]);
            for (SetTruth s : stream.drainCompletedSets()) {
                assertTrue(s.end_s() <= stream.lastTime_s() || !stream.hasNext(), "truth released before its end");
                sets.add(s);
            }
        }
        assertFalse(stream.hasNext());
        assertEquals(whole.samples(), streamed);
        assertEquals(whole.truth().sets(), sets);
        assertEquals(4, sets.size());
        assertThrows(java.util.NoSuchElementException.class, stream::next);
    }

    @Test
    void loopingPlanRunsOnAndKeepsReleasingSets() {
        SessionPlan plan = SimulatorFixtures.shortSet("rear-leg-lift").withLoop(true);
        SampleStream stream = new SampleStream(plan);
        List<SetTruth> sets = new ArrayList<>();
        double previousEnd = 0;
        while (sets.size() < 3) {
            assertTrue(stream.hasNext());
            stream.next();
            for (SetTruth s : stream.drainCompletedSets()) {
                assertTrue(s.start_s() >= previousEnd);
                previousEnd = s.end_s();
                sets.add(s);
            }
        }
        assertEquals(8, sets.get(2).count());
        assertThrows(IllegalArgumentException.class, () -> SimulatedSession.generate(plan));
    }

    @Test
    void tenMinutesAt100HzTakeWellUnderASecond() {
        SessionPlan plan = SessionPlan.routine(SimulatorFixtures.ROUTINE).withFaults(FaultPlan.all(0.3));
        SimulatedSession.generate(plan.withSeed(2)); // warm up the JIT
        double best = Double.POSITIVE_INFINITY;
        for (int run = 0; run < 3; run++) { // best of three: the machine may be busy with other builds
            long start = System.nanoTime();
            SimulatedSession s = SimulatedSession.generate(plan);
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
            assertTrue(s.truth().duration_s() > 600, "the routine lasts more than 10 minutes: " + s.truth().duration_s());
        }
        assertTrue(best < 1.0, "took " + best + " s");
    }
}

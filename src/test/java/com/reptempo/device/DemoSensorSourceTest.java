package com.reptempo.device;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.LinkStats;
import com.reptempo.model.Sample;
import com.reptempo.simulator.FaultPlan;
import com.reptempo.simulator.Pacing;
import com.reptempo.simulator.SensorSpec;
import com.reptempo.simulator.SessionPlan;
import com.reptempo.simulator.SimulatedSession;
import com.reptempo.simulator.TiltRange;
import com.reptempo.storage.RoutineJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo sensor goes through the real encoder and decoder and loses nothing. */
class DemoSensorSourceTest {
    @ParameterizedTest
    @ValueSource(strings = {"cobra-lift", "rear-leg-lift"})
    void everySimulatedSampleArrivesExactlyOnceWithItsCounts(String exerciseId) {
        ExerciseDefinition ex = RoutineJson.bundled().get(exerciseId);
        SessionPlan plan = SessionPlan.singleSet(ex, 3).withSeed(5).withFaults(FaultPlan.all(0.5));
        List<Sample> truth = SimulatedSession.generate(plan).samples();
        SensorSpec sensor = plan.sensor();

        CollectingListener got = new CollectingListener();
        DemoSensorSource demo = new DemoSensorSource(plan, 0, "demo");
        demo.runHere(got);

        assertEquals(truth.size(), got.samples.size(), "every sample arrives");
        for (int i = 0; i < truth.size(); i++) {
            assertArrayEquals(sensor.toCounts(truth.get(i)), sensor.toCounts(got.samples.get(i)), "counts of sample " + i);
            assertEquals(truth.get(i).t_s() - truth.get(0).t_s(), got.samples.get(i).t_s(), 0.001, "time of sample " + i);
        }
        LinkStats s = demo.stats();
        assertEquals(0, s.lostSamples());
        assertEquals(0, s.droppedFrames());
        assertEquals(truth.size(), s.samples());
        assertTrue(got.info != null && got.info.model().contains("demo"));
        assertEquals(LinkState.FINISHED, got.lastState());
    }

    @Test
    void withoutAGyroscopeTheDemoSendsThreeAxes() {
        ExerciseDefinition ex = RoutineJson.bundled().get("heel-scoop");
        SessionPlan plan = SessionPlan.singleSet(ex, 1).withSensor(SensorSpec.mpu6050(50).withoutGyro());
        CollectingListener got = new CollectingListener();
        new DemoSensorSource(plan, 0, "demo").runHere(got);
        assertTrue(got.samples.size() > 100);
        assertTrue(got.samples.stream().noneMatch(Sample::hasGyro));
    }

    @Test
    void aLoopingDemoRunsUntilClosed() throws InterruptedException {
        ExerciseDefinition ex = RoutineJson.bundled().get("cobra-lift");
        DemoSensorSource demo = new DemoSensorSource(SessionPlan.singleSet(ex, 1).withPacing(Pacing.LOOP), 0, "demo");
        CollectingListener got = new CollectingListener();
        demo.start(got);
        assertTrue(got.await(() -> got.sampleCount() > 20_000, 20_000), "keeps streaming past one set");
        demo.close();
        int after = got.sampleCount();
        Thread.sleep(100);
        assertEquals(after, got.sampleCount(), "nothing after close");
    }

    @Test
    void onCueTheDemoPersonWaitsUntilASetIsStarted() throws InterruptedException {
        ExerciseDefinition ex = RoutineJson.bundled().get("cobra-lift");
        DemoSensorSource demo = new DemoSensorSource(SessionPlan.singleSet(ex, 2).withSeed(3).withPacing(Pacing.ON_CUE), 0, "demo");
        CollectingListener got = new CollectingListener();
        demo.start(got);
        try {
            assertTrue(got.await(() -> got.sampleCount() > 3_000, 20_000));
            List<Sample> before;
            synchronized (got) {
                before = List.copyOf(got.samples);
            }
            assertTrue(TiltRange.of_deg(before) < 3, "keeps still: " + TiltRange.of_deg(before));
            demo.setStarting("cobra-lift");
            int from = before.size();
            // the demo runs flat out, so samples after the cue are looked for until she lies down
            assertTrue(got.await(() -> tiltRangeSince(got, from) > 45, 20_000),
                    "lies down for the set: " + tiltRangeSince(got, from));
        } finally {
            demo.close();
        }
    }

    private static double tiltRangeSince(CollectingListener got, int from) {
        synchronized (got) {
            // none may have come yet: the demo streams on its own thread
            if (got.samples.size() <= from) return 0;
            return TiltRange.of_deg(got.samples.subList(from, got.samples.size()));
        }
    }

}

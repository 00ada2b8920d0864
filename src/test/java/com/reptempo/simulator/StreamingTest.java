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
        SessionPlan plan = SimulatorFixtures.shortSet("rear-leg-lift").withPacing(Pacing.LOOP);
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

    /**
     * One plan, three pacings: once ends after its set; a loop does it again and again; on cue she
     * does nothing for longer than the whole set takes, until cued, and the stream never ends.
     */
    @Test
    void eachPacingDoesWhatItSays() {
        SessionPlan plan = SimulatorFixtures.shortSet("heel-scoop").withSeed(12);
        assertEquals(Pacing.ONCE, plan.pacing(), "a plan is paced once unless told otherwise");

        SimulatedSession once = SimulatedSession.generate(plan);
        assertEquals(1, once.truth().sets().size());
        double onceEnd_s = once.truth().duration_s();

        SampleStream loop = new SampleStream(plan.withPacing(Pacing.LOOP));
        List<SetTruth> looped = new ArrayList<>();
        take(loop, 3 * onceEnd_s, looped);
        assertTrue(looped.size() >= 2, "the set again after a rest: " + looped.size());
        assertTrue(looped.stream().allMatch(t -> t.exercise().equals("heel-scoop")));
        assertEquals(once.truth().sets().get(0), looped.get(0), "the first time through is the session once");

        SessionPlan cuedPlan = plan.withPacing(Pacing.ON_CUE);
        SampleStream cued = new SampleStream(cuedPlan);
        List<SetTruth> released = new ArrayList<>();
        take(cued, onceEnd_s + 10, released);
        assertTrue(released.isEmpty(), "no set without a cue");
        double cue_s = cued.lastTime_s();
        cued.cue("heel-scoop");
        take(cued, cue_s + 3 * onceEnd_s, released);
        assertEquals(1, released.size(), "one set per cue");
        assertTrue(released.get(0).start_s() >= cue_s);
        assertTrue(cued.hasNext(), "on cue never ends");

        assertThrows(IllegalArgumentException.class, () -> SimulatedSession.generate(plan.withPacing(Pacing.LOOP)));
        assertThrows(IllegalArgumentException.class, () -> SimulatedSession.generate(cuedPlan));
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

    private static List<Sample> take(SampleStream stream, double until_s, List<SetTruth> released) {
        List<Sample> out = new ArrayList<>();
        while (stream.lastTime_s() < until_s) {
            out.add(stream.next());
            released.addAll(stream.drainCompletedSets());
        }
        return out;
    }

    @Test
    void onCueThePersonWaitsStillUntilASetStartsThenDoesThatSet() {
        SessionPlan plan = SessionPlan.routine(SimulatorFixtures.ROUTINE).withSeed(31);
        SampleStream stream = new SampleStream(plan.withPacing(Pacing.ON_CUE));
        List<SetTruth> released = new ArrayList<>();
        List<Sample> waiting = take(stream, 30, released);
        assertTrue(released.isEmpty(), "no set before the cue");
        assertTrue(TiltRange.of_deg(waiting) < 3, "standing still, breathing: " + TiltRange.of_deg(waiting));

        double cue_s = stream.lastTime_s();
        stream.cue("cobra-lift");
        List<Sample> set = take(stream, cue_s + 200, released);
        assertEquals(1, released.size(), "one set, then she waits again");
        SetTruth cobra = released.get(0);
        assertEquals("cobra-lift", cobra.exercise());
        assertTrue(cobra.start_s() >= cue_s && cobra.start_s() <= cue_s + SessionScript.WAIT_STEP_S + 0.05,
                "starts at once: cue " + cue_s + ", set " + cobra.start_s());
        assertEquals(SimulatorFixtures.exercise("cobra-lift").minReps(), cobra.count());
        assertTrue(TiltRange.of_deg(set) > 45, "she got down on the floor");
        List<Sample> after = set.stream().filter(x -> x.t_s() > cobra.end_s() + 1).toList();
        assertTrue(TiltRange.of_deg(after) < 3, "still after the set: " + TiltRange.of_deg(after));

        stream.cue("not-an-exercise-she-knows");
        double second_s = stream.lastTime_s();
        take(stream, second_s + 200, released);
        assertEquals(2, released.size());
        assertEquals("rear-leg-lift", released.get(1).exercise(), "her next set after the cobra lift");
    }

    @Test
    void onCueTheSameCuesGiveTheSameSamples() {
        SessionPlan plan = SimulatorFixtures.shortSet("heel-scoop").withSeed(8);
        List<List<Sample>> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            SampleStream stream = new SampleStream(plan.withPacing(Pacing.ON_CUE));
            List<SetTruth> released = new ArrayList<>();
            List<Sample> all = new ArrayList<>(take(stream, 7.3, released));
            stream.cue("heel-scoop");
            all.addAll(take(stream, 60, released));
            runs.add(all);
        }
        assertEquals(runs.get(0), runs.get(1));
    }
}

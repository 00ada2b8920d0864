package com.reptempo.app.live;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Sample;
import com.reptempo.model.SampleSink;
import com.reptempo.model.SetResult;
import com.reptempo.model.Side;
import com.reptempo.pipeline.PipelineOptions;
import com.reptempo.simulator.FaultPlan;
import com.reptempo.simulator.Mounting;
import com.reptempo.simulator.SensorSpec;
import com.reptempo.simulator.SessionPlan;
import com.reptempo.simulator.SetTruth;
import com.reptempo.simulator.SimulatedSession;
import com.reptempo.storage.RoutineJson;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiveSetControllerTest {
    private final ExerciseDefinition cobra = RoutineJson.bundled().get("cobra-lift");
    private SampleSink tapped;
    private final SampleTap tap = sink -> tapped = sink;

    private List<Sample> simulatedSet(int reps, long seed) {
        return SimulatedSession.generate(SessionPlan.singleSet(cobra, reps).withSeed(seed)).samples();
    }

    @Test
    void calibratesThenCountsJudgesAndFinishesASet() {
        LiveSetController c = new LiveSetController(cobra, PipelineOptions.defaults(), tap);
        assertEquals(LiveView.Stage.READY, c.stage());
        assertTrue(c.view(CountAlong.Display.REST).prompt().contains("keep still"));
        c.start();
        assertEquals(LiveView.Stage.CALIBRATING, c.stage());
        List<Sample> samples = simulatedSet(4, 3);
        List<LiveSetController.RepEvent> events = new ArrayList<>();
        List<LiveSetController.PhaseBand> bands = new ArrayList<>();
        for (Sample s : samples) {
            tapped.accept(s);
            events.addAll(c.newRepEvents());
            bands.addAll(c.newPhaseBands());
        }
        assertEquals(LiveView.Stage.RUNNING, c.stage());
        assertEquals(4, events.size(), "every rep is announced once");
        assertTrue(bands.stream().anyMatch(b -> b.phase().equals("lift") && b.min_s() == 4.0));
        assertTrue(c.newTracePoints().size() > 100, "the chart gets the motion trace");
        LiveView v = c.view(CountAlong.Display.REST);
        assertEquals(4, v.reps());
        assertEquals(10, v.repTarget());
        assertNull(v.side(), "the cobra lift is not done per side");
        assertFalse(v.feedback().isEmpty());

        SetResult result = c.stop();
        assertEquals(4, result.count());
        assertEquals(LiveView.Stage.FINISHED, c.stage());
        assertNull(tapped, "samples stop flowing");
        assertSame(result, c.stop(), "stop is idempotent");
    }

    @Test
    void repsDuringAPauseDoNotCount() {
        LiveSetController c = new LiveSetController(cobra, PipelineOptions.defaults(), tap);
        c.start();
        List<Sample> samples = simulatedSet(6, 4);
        int n = samples.size();
        for (int i = 0; i < n; i++) {
            if (i == n / 2) c.pauseOrResume();
            tapped.accept(samples.get(i));
        }
        assertEquals(LiveView.Stage.PAUSED, c.stage());
        SetResult result = c.stop();
        assertTrue(result.count() >= 2 && result.count() <= 4, "about half the reps: " + result.count());
        for (int i = 0; i < result.count(); i++) assertEquals(i + 1, result.reps().get(i).index());
    }

    /**
     * She starts on the left although the app expects the right: the sides' handedness swaps the
     * labels after a few reps, and what the screen shows follows (the reps shown so far included).
     */
    @Test
    void theScreenFollowsWhenTheSidesAreFoundTheOtherWayRound() {
        ExerciseDefinition lift = RoutineJson.bundled().get("rear-leg-lift");
        SimulatedSession session = null;
        for (long seed = 1; session == null; seed++) {
            SimulatedSession s = SimulatedSession.generate(SessionPlan.singleSet(lift, 4).withSeed(seed));
            if (s.truth().sets().get(0).reps().get(0).side() == Side.LEFT) session = s;
        }
        SetTruth truth = session.truth().sets().get(0);
        LiveSetController c = new LiveSetController(lift, PipelineOptions.defaults(), tap);
        c.start();
        for (Sample s : session.samples()) tapped.accept(s);
        LiveView v = c.view(CountAlong.Display.REST);
        SetResult result = c.stop();
        assertEquals(truth.count(), result.count());
        for (int i = 0; i < result.count(); i++) {
            assertEquals(truth.reps().get(i).side(), result.reps().get(i).side(), "rep " + (i + 1));
        }
        assertEquals(truth.count(Side.LEFT), v.left(), "left on the screen");
        assertEquals(truth.count(Side.RIGHT), v.right(), "right on the screen");
        Side last = truth.reps().get(truth.reps().size() - 1).side();
        assertEquals(last == Side.LEFT ? "Left" : "Right", v.side(), "the last rep's side on the screen");
    }

    /**
     * A rep already shown is taken back when the set turns out not to have begun (simulated heel
     * scoop, LatencyStats seed 57 v 3: the first movement, counted, was getting into position): the
     * count goes back and the feedback says so, and the reps that follow are numbered from one.
     */
    @Test
    void aRepTakenBackLeavesTheCountAndTheFeedbackSaysSo() {
        ExerciseDefinition scoop = RoutineJson.bundled().get("heel-scoop");
        SessionPlan plan = SessionPlan.singleSet(scoop, scoop.minReps()).withSeed(573)
                .withSensor(SensorSpec.mpu6050(100).withoutGyro()).withMounting(Mounting.named("upright", 57))
                .withFaults(FaultPlan.all(0.3));
        SimulatedSession session = SimulatedSession.generate(plan);
        LiveSetController c = new LiveSetController(scoop, PipelineOptions.defaults(), tap);
        c.start();
        int most = 0;
        boolean takenBack = false;
        for (Sample s : session.samples()) {
            tapped.accept(s);
            LiveView v = c.view(CountAlong.Display.REST);
            if (v.reps() < most && !takenBack) {
                takenBack = true;
                assertTrue(v.feedback().get(0).startsWith("Rep 1 taken back"), v.feedback().toString());
            }
            most = Math.max(most, v.reps());
        }
        assertTrue(takenBack, "the rep counted while getting into position is taken back on the screen");
        SetResult result = c.stop();
        assertEquals(result.count(), c.view(CountAlong.Display.REST).reps(), "the screen counts what the set keeps");
    }

    @Test
    void startingASetTellsTheSourceWhichExerciseStarts() {
        List<String> started = new ArrayList<>();
        SampleTap source = new SampleTap() {
            @Override
            public void consumeWith(SampleSink sink) {
                tapped = sink;
            }

            @Override
            public void setStarting(String exerciseId) {
                started.add(exerciseId);
            }
        };
        LiveSetController c = new LiveSetController(cobra, PipelineOptions.defaults(), source);
        assertTrue(started.isEmpty());
        c.start();
        assertEquals(List.of("cobra-lift"), started);
        assertTrue(tapped != null, "and takes its samples");
    }
}

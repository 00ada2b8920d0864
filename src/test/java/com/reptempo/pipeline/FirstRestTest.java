package com.reptempo.pipeline;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Sample;
import com.reptempo.model.SetResult;
import com.reptempo.simulator.RepTruth;
import com.reptempo.simulator.SessionPlan;
import com.reptempo.simulator.SetTruth;
import com.reptempo.simulator.SimulatedSession;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FirstRestTest {
    private static final double RATE_HZ = 100;

    /** Tilt in degrees about the sensor's x axis from lying flat (gravity along z), with sensor noise. */
    private static List<Sample> tilt(java.util.function.DoubleUnaryOperator angle_deg, double duration_s) {
        Random noise = new Random(7);
        List<Sample> out = new ArrayList<>();
        for (int k = 0; k <= duration_s * RATE_HZ; k++) {
            double t = k / RATE_HZ;
            double a = Math.toRadians(angle_deg.applyAsDouble(t));
            out.add(Sample.accelOnly(t, 0.004 * noise.nextGaussian(), Math.sin(a) + 0.004 * noise.nextGaussian(),
                    Math.cos(a) + 0.004 * noise.nextGaussian()));
        }
        return out;
    }

    /** Minimum-jerk position, 0..1, at fraction tau of the movement. */
    private static double minJerk(double tau) {
        double x = Math.max(0, Math.min(1, tau));
        return x * x * x * (10 - 15 * x + 6 * x * x);
    }

    @Test
    void aRecordingThatStartsStillRestsAtItsFirstSample() {
        assertEquals(0, FirstRest.index(tilt(t -> 0.3 * Math.sin(2 * Math.PI * t / 4), 3)));
    }

    @Test
    void aRepStartingFromRestAtOnceIsNotAMovementUnderWay() {
        // a rushed 15 degree rep from rest: zero speed at its start
        List<Sample> samples = tilt(t -> 15 * minJerk(t / 1.5), 3);
        assertFalse(FirstRest.beganMoving(samples));
        assertEquals(0, FirstRest.index(samples));
    }

    @Test
    void aRecordingStartedHalfWayDownALowerRestsWhereTheBodyFirstStays() {
        // half-way through a 20 degree lower of 4 s, then lying still
        List<Sample> samples = tilt(t -> 20 - 20 * minJerk(0.5 + t / 4), 4);
        assertTrue(FirstRest.beganMoving(samples));
        int i = FirstRest.index(samples);
        double t = samples.get(i).t_s();
        // the lower ends at 2 s; the stay is found once it has lasted half a second, in the last fraction of a degree
        double left_deg = 20 - 20 * minJerk(0.5 + t / 4);
        assertTrue(t >= 1.0 + FirstRest.STAY_S && t <= 2.0 + FirstRest.STAY_S && left_deg < 0.5, "rest taken at " + t);
    }

    @Test
    void aRecordingThatNeverStaysKeepsItsFirstSample() {
        assertEquals(0, FirstRest.index(tilt(t -> 8 * t, 4)));
    }

    @Test
    void tooShortToTellIsNotMoving() {
        assertEquals(0, FirstRest.index(tilt(t -> 8 * t, 0.2)));
    }

    /**
     * A cobra lift started at any moment of her first three reps counts the reps begun after the
     * cut, and at most the one under way: before {@link FirstRest}, one started half-way counted
     * each rep twice (19 for 9 here). Small reps (rear leg lift, arm/leg extension: 2-3 degrees of
     * pelvis) move too slowly to tell from a still start, and a start in a hold is a still start;
     * docs/PIPELINE.md §12 has what those do.
     */
    @Test
    void aCobraLiftStartedMidRepCountsEachRepOnce() {
        ExerciseDefinition exercise = PipelineFixtures.ROUTINE.get("cobra-lift");
        SimulatedSession session = SimulatedSession.generate(SessionPlan.singleSet(exercise, exercise.minReps()).withSeed(9777));
        SetTruth set = session.truth().sets().get(0);
        List<RepTruth> reps = set.reps();
        List<String> wrong = new ArrayList<>();
        for (double cut = reps.get(0).start_s(); cut < reps.get(2).end_s(); cut += 0.5) {
            double from = cut;
            List<Sample> span = session.samples().stream().filter(s -> s.t_s() >= from && s.t_s() <= set.end_s()).toList();
            SetResult r = SetAnalyzer.analyze(span, exercise, PipelineOptions.defaults());
            long begunAfter = reps.stream().filter(x -> x.start_s() >= from).count();
            if (r.count() < begunAfter || r.count() > begunAfter + 1) {
                wrong.add(String.format("from %.1f s: %d reps for %d", from, r.count(), begunAfter));
            }
        }
        assertEquals(List.of(), wrong);
    }
}

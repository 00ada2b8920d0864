package com.reptempo.pipeline;

import com.reptempo.app.EvalScore;
import com.reptempo.app.EvalTruth;
import com.reptempo.app.EvalTruthReader;
import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Routine;
import com.reptempo.model.Sample;
import com.reptempo.model.SetResult;
import com.reptempo.simulator.FaultPlan;
import com.reptempo.simulator.Mounting;
import com.reptempo.simulator.SensorSpec;
import com.reptempo.simulator.SessionPlan;
import com.reptempo.simulator.SimulatedSession;
import com.reptempo.storage.RoutineJson;

import java.util.List;

/** Simulated sessions for pipeline tests (seeds 9000 and up, never used for tuning). */
final class PipelineFixtures {
    static final Routine ROUTINE = RoutineJson.bundled();
    static final String[] EXERCISES = {"heel-scoop", "cobra-lift", "rear-leg-lift", "arm-leg-extension"};
    static final String[] MOUNTINGS = {"upright", "upside-down", "tilted", "sideways", "inverted", "random"};

    private PipelineFixtures() {
    }

    /** Session number k of a fixed mix: every exercise, good form and faults, with and without gyroscope, every mounting. */
    static SessionPlan plan(int k) {
        ExerciseDefinition ex = ROUTINE.get(EXERCISES[k % 4]);
        boolean faults = (k / 4) % 2 == 1;
        boolean gyro = (k / 8) % 2 == 0;
        SensorSpec sensor = gyro ? SensorSpec.mpu6050(k % 3 == 0 ? 50 : 100) : SensorSpec.mpu6050(100).withoutGyro();
        SessionPlan p = SessionPlan.singleSet(ex, ex.minReps()).withSeed(9000 + k).withSensor(sensor)
                .withMounting(Mounting.named(MOUNTINGS[k % MOUNTINGS.length], 9000 + k));
        return faults ? p.withFaults(FaultPlan.all(0.3)) : p;
    }

    /** Analyses every set of a session the way eval does and scores it. */
    static void score(SimulatedSession s, EvalScore score) {
        for (EvalTruth.LabelledSet set : EvalTruthReader.fromSession("s", s.truth())) {
            List<Sample> span = s.samples().stream().filter(x -> x.t_s() >= set.from_s() && x.t_s() <= set.to_s()).toList();
            PipelineOptions o = set.firstSide() == null ? PipelineOptions.defaults() : PipelineOptions.defaults().withFirstSide(set.firstSide());
            SetResult r = SetAnalyzer.analyze(span, ROUTINE.get(set.exercise()), o);
            score.add(set, r);
        }
    }
}

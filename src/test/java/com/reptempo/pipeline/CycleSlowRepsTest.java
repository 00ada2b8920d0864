package com.reptempo.pipeline;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Sample;
import com.reptempo.simulator.Mounting;
import com.reptempo.simulator.SensorSpec;
import com.reptempo.simulator.SessionPlan;
import com.reptempo.simulator.SetTruth;
import com.reptempo.simulator.SimulatedSession;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A physio may define a slow custom exercise: the cycle counter must count simulated cobra lifts
 * (a slow pelvic tilt with a hold, 8-11 s a rep, with the simulator's fidgets and bumps) right,
 * although the tilt hardly changes the acceleration magnitude.
 */
class CycleSlowRepsTest {
    @Test
    void countsSlowSimulatedRepsWithHoldsAsACustomExercise() {
        ExerciseDefinition cobra = PipelineFixtures.ROUTINE.get("cobra-lift");
        String[] mountings = {"upright", "upside-down", "sideways", "random"};
        double[] tempos = {1.0, 0.9, 1.05, 0.85, 1.0, 1.05};
        for (int k = 0; k < tempos.length; k++) {
            boolean gyro = k % 2 == 0;
            SensorSpec sensor = gyro ? SensorSpec.mpu6050(k % 3 == 0 ? 50 : 100) : SensorSpec.mpu6050(100).withoutGyro();
            SessionPlan plan = SessionPlan.singleSet(cobra, cobra.minReps()).withSeed(9400 + k).withSensor(sensor)
                    .withTempo(tempos[k]).withMounting(Mounting.named(mountings[k % mountings.length], 9400 + k));
            SimulatedSession s = SimulatedSession.generate(plan);
            SetTruth truth = s.truth().sets().get(0);
            double rep_s = truth.reps().stream().mapToDouble(r -> r.end_s() - r.start_s()).average().orElseThrow();
            assertTrue(rep_s > 7.5, "a slow exercise: " + rep_s + " s a rep");
            CycleCounter counter = new CycleCounter(CycleSetCounter.rate_hz(s.samples()), CycleSettings.DEFAULTS);
            int live = 0;
            for (Sample x : s.samples()) if (counter.accept(x.t_s(), x.ax_g(), x.ay_g(), x.az_g()) != null) live++;
            int count = counter.finalCycles().size();
            assertEquals(truth.count(), count, "session " + k + " (" + rep_s + " s a rep)");
            assertTrue(Math.abs(live - count) <= 1, "session " + k + ": live " + live + " vs final " + count);
        }
    }
}

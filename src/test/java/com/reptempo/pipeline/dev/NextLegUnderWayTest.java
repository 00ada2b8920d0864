package com.reptempo.pipeline.dev;

import com.reptempo.model.RepResult;
import com.reptempo.model.Routine;
import com.reptempo.model.Sample;
import com.reptempo.pipeline.PipelineListener;
import com.reptempo.pipeline.PipelineOptions;
import com.reptempo.pipeline.RepPipeline;
import com.reptempo.simulator.RepTruth;
import com.reptempo.simulator.SetTruth;
import com.reptempo.simulator.SimulatedSession;
import com.reptempo.storage.RoutineJson;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small movement waiting for the next leg is counted once the next movement under way points like
 * the other leg, not when it ends (docs/PIPELINE.md §5, "The next leg tells while it is still moving").
 */
class NextLegUnderWayTest {
    @Test
    void partialRepCountedWhileTheOtherLegsRepIsUnderWay() {
        // SimEval seed 54 v 1, arm/leg extension: rep 4 (true end 64.48 s) waits for the next leg;
        // counted at the end of the other leg's rep it was reported 20.3 s late, now 3.8 s
        Routine routine = RoutineJson.bundled();
        SimulatedSession s = SimulatedSession.generate(SimEval.plan(routine, 54, 1));
        SetTruth truth = s.truth().sets().get(0);
        RepTruth rep4 = truth.reps().get(3);
        double[] now = {0};
        double[] reported = {Double.NaN};
        RepPipeline p = new RepPipeline(routine.get(truth.exercise()), PipelineOptions.defaults(), new PipelineListener() {
            @Override
            public void onRepCompleted(RepResult r) {
                if (Math.abs(r.end_s() - rep4.end_s()) < 1.5) reported[0] = now[0];
            }
        });
        for (Sample x : s.samples()) {
            now[0] = x.t_s();
            p.accept(x);
        }
        p.finish();
        assertTrue(reported[0] - rep4.end_s() < 5, "reported " + reported[0] + " for a rep ending " + rep4.end_s());
    }
}

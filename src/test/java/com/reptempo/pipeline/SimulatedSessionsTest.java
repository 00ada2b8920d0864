package com.reptempo.pipeline;

import com.reptempo.app.EvalScore;
import com.reptempo.simulator.SimulatedSession;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property test over freshly simulated sessions of every exercise, with and without faults and
 * gyroscope, in every mounting (seeds never used for tuning). The bounds are regression guards a
 * little below what the pipeline achieves on this batch; the full evaluation is in BENCHMARKS.md.
 */
class SimulatedSessionsTest {
    static final int SESSIONS = 24;

    @Test
    void countsPhasesAndFaultsStayWithinTolerance() {
        EvalScore score = new EvalScore();
        for (int k = 0; k < SESSIONS; k++) PipelineFixtures.score(SimulatedSession.generate(PipelineFixtures.plan(k)), score);
        EvalScore.Report r = score.report();
        String figures = r.toString();
        assertTrue(r.exactPercent() >= 70, "count exact " + figures);
        assertTrue(r.withinOnePercent() >= 90, "count within one " + figures);
        assertTrue(r.precision() >= 0.97 && r.recall() >= 0.95, "rep precision/recall " + figures);
        assertTrue(r.sideAccuracy() >= 0.93, "side accuracy " + figures);
        assertTrue(r.boundaryMedian_s() <= 0.15, "phase boundary median " + figures);
        for (EvalScore.FaultScore f : r.faults()) {
            assertTrue(f.recall() >= 0.8, f.fault() + " recall " + f);
            assertTrue(f.precision() >= 0.5, f.fault() + " precision " + f);
        }
    }
}

package com.reptempo.pipeline;

import com.reptempo.model.RepResult;
import com.reptempo.model.Sample;
import com.reptempo.model.SetResult;
import com.reptempo.simulator.RepTruth;
import com.reptempo.simulator.SimulatedSession;
import com.reptempo.simulator.SetTruth;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fed one sample at a time (with a display polling it) or analysed in one go: the same set. */
class LiveOfflineEquivalenceTest {
    /** Records live events with the sample time at which they were reported. */
    static final class Recorder implements PipelineListener {
        double now;
        double calibrated = Double.NaN;
        final List<double[]> completed = new ArrayList<>();
        final List<String> phases = new ArrayList<>();
        final List<RepResult> reps = new ArrayList<>();
        int abandoned;
        SetResult finished;

        @Override
        public void onCalibrated(double t_s) {
            calibrated = t_s;
        }

        @Override
        public void onPhaseStarted(int repIndex, String phase, double t_s) {
            phases.add(repIndex + ":" + phase);
            assertTrue(t_s <= now + 1e-9, "a phase start is never in the future");
        }

        @Override
        public void onRepCompleted(RepResult rep) {
            reps.add(rep);
            completed.add(new double[] {rep.end_s(), now});
        }

        @Override
        public void onRepAbandoned(int repIndex, String reason, double t_s) {
            abandoned++;
        }

        @Override
        public void onSetFinished(SetResult set) {
            finished = set;
        }
    }

    @Test
    void liveAndOfflineGiveIdenticalResults() {
        for (int k : new int[] {0, 5, 10, 15}) {
            SimulatedSession s = SimulatedSession.generate(PipelineFixtures.plan(k));
            SetTruth truth = s.truth().sets().get(0);
            PipelineOptions o = truth.reps().get(0).side() == null ? PipelineOptions.defaults()
                    : PipelineOptions.defaults().withFirstSide(truth.reps().get(0).side());
            Recorder rec = new Recorder();
            RepPipeline live = new RepPipeline(PipelineFixtures.ROUTINE.get(truth.exercise()), o, rec);
            LiveState before = live.snapshot();
            assertFalse(before.calibrated());
            assertNull(before.phase());
            double nextPoll = 0;
            for (Sample x : s.samples()) {
                rec.now = x.t_s();
                live.accept(x);
                if (x.t_s() >= nextPoll) {
                    LiveState st = live.snapshot();
                    assertEquals(rec.reps.size(), st.repsCompleted());
                    assertTrue(st.calibrationProgress() >= 0 && st.calibrationProgress() <= 1);
                    nextPoll += 1.0 / 30;
                }
            }
            SetResult liveResult = live.finish();
            SetResult offline = SetAnalyzer.analyze(s.samples(), PipelineFixtures.ROUTINE.get(truth.exercise()), o);
            assertEquals(offline, liveResult, "session " + k);
            assertEquals(liveResult, rec.finished);
            assertFalse(Double.isNaN(rec.calibrated));
            assertFalse(rec.phases.isEmpty());
            assertTrue(Math.abs(rec.reps.size() - liveResult.count()) <= 1, "live count close to the final count");
        }
    }

    @Test
    void repsAreReportedWithinHalfASecondOfTheMovementEnding() {
        List<Double> latency = new ArrayList<>();
        for (int k : new int[] {0, 1, 2, 3}) {
            SimulatedSession s = SimulatedSession.generate(PipelineFixtures.plan(k));
            SetTruth truth = s.truth().sets().get(0);
            Recorder rec = new Recorder();
            RepPipeline live = new RepPipeline(PipelineFixtures.ROUTINE.get(truth.exercise()), PipelineOptions.defaults(), rec);
            for (Sample x : s.samples()) {
                rec.now = x.t_s();
                live.accept(x);
            }
            for (double[] c : rec.completed) {
                RepTruth t = nearest(truth.reps(), c[0]);
                if (t != null) latency.add(c[1] - t.end_s());
            }
        }
        latency.sort(null);
        double median = latency.get(latency.size() / 2);
        assertTrue(median <= 0.5, "median latency from the true end of the movement to its report: " + median);
    }

    static RepTruth nearest(List<RepTruth> reps, double end_s) {
        RepTruth best = null;
        for (RepTruth r : reps) if (Math.abs(r.end_s() - end_s) < 1.5 && (best == null || Math.abs(r.end_s() - end_s) < Math.abs(best.end_s() - end_s))) best = r;
        return best;
    }
}

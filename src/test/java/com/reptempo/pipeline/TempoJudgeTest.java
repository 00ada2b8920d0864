package com.reptempo.pipeline;

import com.reptempo.model.Fault;
import com.reptempo.model.FaultKind;
import com.reptempo.model.FaultThresholds;
import com.reptempo.model.PhaseKind;
import com.reptempo.model.PhaseResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tempo faults, and the second opinion on a rep's outer boundaries. */
class TempoJudgeTest {
    private static final FaultThresholds TH = FaultThresholds.DEFAULTS;

    /** A 2-phase rep (out 3-4 s, back 3-4 s) whose phases last out_s and back_s. */
    private static List<PhaseResult> rep(double out_s, double back_s) {
        return List.of(new PhaseResult("out", PhaseKind.MOVEMENT, 10, 10 + out_s, 3, 4),
                new PhaseResult("back", PhaseKind.MOVEMENT, 10 + out_s, 10 + out_s + back_s, 3, 4));
    }

    private static List<FaultKind> kinds(List<Fault> faults) {
        return faults.stream().map(Fault::kind).toList();
    }

    @Test
    void aPhaseBeyondItsBoundsIsFlaggedWithOneOpinion() {
        assertEquals(List.of(FaultKind.TOO_SLOW), kinds(TempoJudge.judge(rep(7.0, 3.5), TH)));
        assertEquals(List.of(FaultKind.TOO_FAST), kinds(TempoJudge.judge(rep(3.5, 2.0), TH)));
    }

    @Test
    void aFirstPhaseIsTooSlowOnlyWhenTheTopAgrees() {
        // The rest's drift pulled the start 2.5 s early; extrapolated from the top, the way out took 4.5 s.
        assertTrue(TempoJudge.judge(rep(7.0, 3.5), TH, new double[] {2.5, 0, 0}).isEmpty());
        // Both opinions say too slow: flagged.
        assertEquals(List.of(FaultKind.TOO_SLOW), kinds(TempoJudge.judge(rep(8.0, 3.5), TH, new double[] {1.0, 0, 0})));
    }

    @Test
    void aLastPhaseIsTooFastOnlyWhenTheTopAgrees() {
        // The end was found 0.6 s early; the way back's part next to the top says it ended later.
        assertTrue(TempoJudge.judge(rep(3.5, 2.0), TH, new double[] {0, 0, 0.6}).isEmpty());
        assertEquals(List.of(FaultKind.TOO_FAST), kinds(TempoJudge.judge(rep(3.5, 1.5), TH, new double[] {0, 0, 0.6})));
        // An opinion that makes the phase shorter does not make it too fast.
        assertEquals(List.of(), kinds(TempoJudge.judge(rep(3.5, 2.5), TH, new double[] {0, 0, -0.6})));
    }

    @Test
    void aRepWithACollapsedMovementGetsNoTempoFault() {
        // Way out 0.1 s, hold 0.1 s, way back 12 s: the fits crossed (reps merged), not a rushed rep.
        List<PhaseResult> merged = List.of(new PhaseResult("out", PhaseKind.MOVEMENT, 10, 10.1, 3, 4),
                new PhaseResult("hold", PhaseKind.HOLD, 10.1, 10.2, 2, 3),
                new PhaseResult("back", PhaseKind.MOVEMENT, 10.2, 22.2, 3, 4));
        assertTrue(TempoJudge.judge(merged, TH).isEmpty());
        // A rushed way out of half a second is still judged.
        assertEquals(List.of(FaultKind.TOO_FAST), kinds(TempoJudge.judge(rep(0.5, 3.5), TH)));
    }
}

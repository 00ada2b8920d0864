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

    /** A 3-phase rep (out 3-4 s, hold 3-4 s, back 3-4 s). */
    private static List<PhaseResult> heldRep(double out_s, double hold_s, double back_s) {
        return List.of(new PhaseResult("out", PhaseKind.MOVEMENT, 10, 10 + out_s, 3, 4),
                new PhaseResult("hold", PhaseKind.HOLD, 10 + out_s, 10 + out_s + hold_s, 3, 4),
                new PhaseResult("back", PhaseKind.MOVEMENT, 10 + out_s + hold_s, 10 + out_s + hold_s + back_s, 3, 4));
    }

    @Test
    void aHoldIsShortOnlyWhenThePlacedRampsAgree() {
        // Free fits: a 1.8 s hold; the ramps placed with their whole durations end 0.4 s earlier and start
        // 0.5 s later: 2.7 s, not short.
        assertTrue(TempoJudge.judge(heldRep(3.5, 1.8, 3.5), TH, new double[] {0, -0.4, 0.5, 0}).isEmpty());
        // Both say short: flagged.
        assertEquals(List.of(FaultKind.SHORT_HOLD),
                kinds(TempoJudge.judge(heldRep(3.5, 1.2, 3.5), TH, new double[] {0, -0.2, 0.2, 0})));
        // The hold's second opinion does not judge the movements next to it: a way out of 2.0 s is too fast.
        assertEquals(List.of(FaultKind.TOO_FAST),
                kinds(TempoJudge.judge(heldRep(2.0, 3.5, 3.5), TH, new double[] {0, 0.6, 0, 0})));
    }

    @Test
    void theHoldsBoundariesCarryThePlacedRampsAsSecondOpinion() {
        RepTiming t = new RepTiming(10, 14, 16, 20, 15, 10.2, 19.9, 13.6, 16.5, 10, 20, 15, 15);
        double[] shift = RepAssembler.boundaryShifts(t, 3);
        assertEquals(0.2, shift[0], 1e-9);
        assertEquals(-0.4, shift[1], 1e-9);
        assertEquals(0.5, shift[2], 1e-9);
        assertEquals(-0.1, shift[3], 1e-9);
        // Without a hold the turn has a single opinion.
        assertEquals(0, RepAssembler.boundaryShifts(t, 2)[1]);
    }

    @Test
    void aPhaseIsTooFastOnlyWhenItsWholeRampAgrees() {
        // Near and far fits put the end of the way back 0.4 s early alike; the whole ramp's fit ends 0.5 s later.
        assertTrue(TempoJudge.judge(rep(3.5, 2.0), TH, new double[3], new double[] {0, 0, 0.5}).isEmpty());
        assertEquals(List.of(FaultKind.TOO_FAST),
                kinds(TempoJudge.judge(rep(3.5, 1.5), TH, new double[3], new double[] {0, 0, 0.5})));
        // The whole ramp does not change the other flags: too slow stays too slow.
        assertEquals(List.of(FaultKind.TOO_SLOW),
                kinds(TempoJudge.judge(rep(7.0, 3.5), TH, new double[3], new double[] {-1.0, 0, 0})));
        assertEquals(0.3, RepAssembler.wholeRampShifts(new RepTiming(10, 13, 13, 16, 13, 10, 16, 13, 13, 10.3, 16, 13, 13), 2)[0],
                1e-9);
    }

    @Test
    void aPhaseIsTooFastOnlyWhenTheTurnsOtherOpinionsAgree() {
        // A pause in the way out left the middle of the time near the top 0.3 s late: the way back measured 2.0 s,
        // the way out's far fit ends 0.3 s earlier. Judged from the earliest turn it took 2.3 s: not too fast.
        assertTrue(TempoJudge.judge(rep(3.5, 2.0), TH, new double[3], new double[3], 0.3, 0).isEmpty());
        assertEquals(List.of(FaultKind.TOO_FAST),
                kinds(TempoJudge.judge(rep(3.5, 2.0), TH, new double[3], new double[3], 0, 0.3)));
        // The way out is judged with the latest turn.
        assertTrue(TempoJudge.judge(rep(2.0, 3.5), TH, new double[3], new double[3], 0, 0.3).isEmpty());
        // A rushed way back is too fast by every opinion; the turn's opinions do not touch too-slow.
        assertEquals(List.of(FaultKind.TOO_FAST),
                kinds(TempoJudge.judge(rep(3.5, 1.5), TH, new double[3], new double[3], 0.3, 0.3)));
        assertEquals(List.of(FaultKind.TOO_SLOW),
                kinds(TempoJudge.judge(rep(6.1, 3.5), TH, new double[3], new double[3], 0.5, 0.5)));
    }
}

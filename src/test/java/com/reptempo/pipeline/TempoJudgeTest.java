package com.reptempo.pipeline;

import com.reptempo.model.Fault;
import com.reptempo.model.FaultKind;
import com.reptempo.model.FaultThresholds;
import com.reptempo.model.PhaseKind;
import com.reptempo.model.PhaseResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tempo faults, and the further opinions on a rep's boundaries that a flag needs to agree. */
class TempoJudgeTest {
    private static final FaultThresholds TH = FaultThresholds.DEFAULTS;
    private static final double T0_S = 10;

    /**
     * A rep starting at {@link #T0_S} whose phases last the given seconds (2 phases: out and back, 3-4 s each;
     * 3 phases: out, hold, back), with one opinion per boundary until the test moves one.
     */
    private static final class Rep {
        final List<PhaseResult> phases;
        double startFromTop_s;
        double endFromTop_s;
        double outEndPlaced_s;
        double backStartPlaced_s;
        double startWhole_s;
        double endWhole_s;
        double turnEarliest_s;
        double turnLatest_s;
        private final RepTiming reported;

        Rep(double... durations_s) {
            String[] names = durations_s.length == 2 ? new String[] {"out", "back"} : new String[] {"out", "hold", "back"};
            PhaseResult[] p = new PhaseResult[durations_s.length];
            double t = T0_S;
            for (int i = 0; i < p.length; i++) {
                PhaseKind kind = names[i].equals("hold") ? PhaseKind.HOLD : PhaseKind.MOVEMENT;
                p[i] = new PhaseResult(names[i], kind, t, t + durations_s[i], 3, 4);
                t += durations_s[i];
            }
            phases = List.of(p);
            double outEnd = p[0].end_s();
            double backStart = p[p.length - 1].start_s();
            reported = new RepTiming(T0_S, outEnd, backStart, t, (outEnd + backStart) / 2);
            startFromTop_s = reported.startFromTop_s();
            endFromTop_s = reported.endFromTop_s();
            outEndPlaced_s = reported.outEndPlaced_s();
            backStartPlaced_s = reported.backStartPlaced_s();
            startWhole_s = reported.startWhole_s();
            endWhole_s = reported.endWhole_s();
            turnEarliest_s = reported.turnEarliest_s();
            turnLatest_s = reported.turnLatest_s();
        }

        List<FaultKind> judged() {
            RepTiming r = reported;
            RepTiming t = new RepTiming(r.start_s(), r.outEnd_s(), r.backStart_s(), r.end_s(), r.turn_s(), startFromTop_s,
                    endFromTop_s, outEndPlaced_s, backStartPlaced_s, startWhole_s, endWhole_s, turnEarliest_s, turnLatest_s);
            return TempoJudge.judge(phases, t, TH).stream().map(Fault::kind).toList();
        }
    }

    @Test
    void aPhaseNextToAHoldIsTooFastOnlyWhenThePlacedRampAgrees() {
        // the free fit next to the top ends the way out at 2.0 s; placed with most of its travel's duration, at 2.6 s
        Rep tilted = new Rep(2.0, 3.5, 3.5);
        assertEquals(List.of(FaultKind.TOO_FAST), tilted.judged());
        tilted.outEndPlaced_s = T0_S + 2.6;
        assertEquals(List.of(), tilted.judged());
        // likewise the way back's start
        Rep back = new Rep(3.5, 3.5, 2.0);
        back.backStartPlaced_s = T0_S + 7.0 - 0.6;
        assertEquals(List.of(), back.judged());
        // a rushed way out is short by both
        Rep rushed = new Rep(1.5, 3.5, 3.5);
        rushed.outEndPlaced_s = T0_S + 1.7;
        assertEquals(List.of(FaultKind.TOO_FAST), rushed.judged());
    }

    @Test
    void aWayBackThatStoppedShortOfTheRestIsNotTooFast() {
        // timed from the top to a pause halfway down: 1.2 s of a 3 s way back
        Rep paused = new Rep(3.2, 1.2);
        assertEquals(List.of(FaultKind.TOO_FAST), paused.judged());
        RepTiming r = new RepTiming(T0_S, T0_S + 3.2, T0_S + 3.2, T0_S + 4.4, T0_S + 3.2);
        assertEquals(List.of(), TempoJudge.judge(paused.phases, r, TH, true, false));
        // a rushed way out is still flagged
        Rep rushed = new Rep(1.5, 1.2);
        RepTiming q = new RepTiming(T0_S, T0_S + 1.5, T0_S + 1.5, T0_S + 2.7, T0_S + 1.5);
        assertEquals(List.of(FaultKind.TOO_FAST), TempoJudge.judge(rushed.phases, q, TH, true, false).stream().map(Fault::kind).toList());
    }

    @Test
    void aWayOutSeenOnlyFromAStopOnTheWayUpIsNotTooFast() {
        // timed from a pause halfway up: 1.3 s of a 3 s way out
        Rep paused = new Rep(1.3, 3.0);
        assertEquals(List.of(FaultKind.TOO_FAST), paused.judged());
        RepTiming r = new RepTiming(T0_S, T0_S + 1.3, T0_S + 1.3, T0_S + 4.3, T0_S + 1.3);
        assertEquals(List.of(), TempoJudge.judge(paused.phases, r, TH, false, true));
        // a rushed way back is still flagged
        Rep rushed = new Rep(1.3, 1.5);
        RepTiming q = new RepTiming(T0_S, T0_S + 1.3, T0_S + 1.3, T0_S + 2.8, T0_S + 1.3);
        assertEquals(List.of(FaultKind.TOO_FAST), TempoJudge.judge(rushed.phases, q, TH, false, true).stream().map(Fault::kind).toList());
    }

    @Test
    void aMovementEndingFarBelowItsStartHadItsWayOutUnseen() {
        double[] t = {0, 1, 2, 3, 4, 5};
        double[] fromAPause = {0, 1.5, 2.0, 1.5, 0, -0.8};
        double[] settledLow = {0, 1.5, 2.0, 1.5, 0, -0.3};
        assertTrue(PhaseTimer.wayOutUnseen(excursion(t, fromAPause, Excursion.End.SETTLED)));
        assertFalse(PhaseTimer.wayOutUnseen(excursion(t, settledLow, Excursion.End.SETTLED)));
    }

    @Test
    void aMovementStillFarAboveItsRestHasItsWayBackUnfinished() {
        double[] t = {0, 1, 2, 3, 4, 5};
        double[] halfway = {0, 1.5, 3, 2.8, 1.5, 1.4};
        double[] settled = {0, 1.5, 3, 2.8, 1.0, 0.5};
        assertTrue(unfinished(excursion(t, halfway, Excursion.End.SETTLED)));
        assertFalse(unfinished(excursion(t, settled, Excursion.End.SETTLED)));
        assertFalse(unfinished(excursion(t, halfway, Excursion.End.RETURNED)));
    }

    private static boolean unfinished(Excursion e) {
        return PhaseTimer.wayBackUnfinished(PhaseTimer.wayBackLeftUnlessReturned(e));
    }

    private static Excursion excursion(double[] t, double[] phi, Excursion.End end) {
        return new Excursion(0, t.length - 1, t, phi, phi, 3, 2, 50, 1, 0, 0, 0, 0, 1, end, 0);
    }

    @Test
    void aPhaseBeyondItsBoundsIsFlaggedWithOneOpinion() {
        assertEquals(List.of(FaultKind.TOO_SLOW), new Rep(7.0, 3.5).judged());
        assertEquals(List.of(FaultKind.TOO_FAST), new Rep(3.5, 2.0).judged());
    }

    @Test
    void aFirstPhaseIsTooSlowOnlyWhenTheTopAgrees() {
        // The rest's drift pulled the start 2.5 s early; extrapolated from the top, the way out took 4.5 s.
        Rep drifted = new Rep(7.0, 3.5);
        drifted.startFromTop_s = T0_S + 2.5;
        assertEquals(List.of(), drifted.judged());
        // Both opinions say too slow: flagged.
        Rep slow = new Rep(8.0, 3.5);
        slow.startFromTop_s = T0_S + 1.0;
        assertEquals(List.of(FaultKind.TOO_SLOW), slow.judged());
    }

    @Test
    void aLastPhaseIsTooFastOnlyWhenTheTopAgrees() {
        // The end was found 0.6 s early; the way back's part next to the top says it ended later.
        Rep early = new Rep(3.5, 2.0);
        early.endFromTop_s += 0.6;
        assertEquals(List.of(), early.judged());
        Rep rushed = new Rep(3.5, 1.5);
        rushed.endFromTop_s += 0.6;
        assertEquals(List.of(FaultKind.TOO_FAST), rushed.judged());
        // An opinion that makes the phase shorter does not make it too fast.
        Rep shorter = new Rep(3.5, 2.5);
        shorter.endFromTop_s -= 0.6;
        assertEquals(List.of(), shorter.judged());
    }

    @Test
    void aRepWithACollapsedMovementGetsNoTempoFault() {
        // Way out 0.1 s, hold 0.1 s, way back 12 s: the fits crossed (reps merged), not a rushed rep.
        assertEquals(List.of(), new Rep(0.1, 0.1, 12.0).judged());
        // A rushed way out of half a second is still judged.
        assertEquals(List.of(FaultKind.TOO_FAST), new Rep(0.5, 3.5).judged());
    }

    @Test
    void aHoldIsShortOnlyWhenThePlacedRampsAgree() {
        // Free fits: a 1.8 s hold; the ramps placed with their whole durations end 0.4 s earlier and start
        // 0.5 s later: 2.7 s, not short.
        Rep wide = new Rep(3.5, 1.8, 3.5);
        wide.outEndPlaced_s -= 0.4;
        wide.backStartPlaced_s += 0.5;
        assertEquals(List.of(), wide.judged());
        // Both say short: flagged.
        Rep shortHold = new Rep(3.5, 1.2, 3.5);
        shortHold.outEndPlaced_s -= 0.2;
        shortHold.backStartPlaced_s += 0.2;
        assertEquals(List.of(FaultKind.SHORT_HOLD), shortHold.judged());
        // The hold's second opinion judges the movements next to it only for too-fast: a way out of 1.5 s
        // (2.1 s by the placed ramp) is too fast by both.
        Rep rushedOut = new Rep(1.5, 3.5, 3.5);
        rushedOut.outEndPlaced_s += 0.6;
        assertEquals(List.of(FaultKind.TOO_FAST), rushedOut.judged());
    }

    @Test
    void withoutAHoldTheTurnHasNoPlacedOpinion() {
        // The placed ramps belong to a hold's boundaries; a two-phase rep's way out is judged on its start and turn.
        Rep rushedOut = new Rep(2.0, 3.5);
        rushedOut.outEndPlaced_s += 0.6;
        rushedOut.backStartPlaced_s += 0.6;
        assertEquals(List.of(FaultKind.TOO_FAST), rushedOut.judged());
    }

    @Test
    void aPhaseIsTooFastOnlyWhenItsWholeRampAgrees() {
        // Near and far fits put the end of the way back 0.4 s early alike; the whole ramp's fit ends 0.5 s later.
        Rep early = new Rep(3.5, 2.0);
        early.endWhole_s += 0.5;
        assertEquals(List.of(), early.judged());
        Rep rushed = new Rep(3.5, 1.5);
        rushed.endWhole_s += 0.5;
        assertEquals(List.of(FaultKind.TOO_FAST), rushed.judged());
        // The whole ramp does not change the other flags: too slow stays too slow.
        Rep slow = new Rep(7.0, 3.5);
        slow.startWhole_s += 1.0;
        assertEquals(List.of(FaultKind.TOO_SLOW), slow.judged());
    }

    @Test
    void aPhaseIsTooFastOnlyWhenTheTurnsOtherOpinionsAgree() {
        // A pause in the way out left the middle of the time near the top 0.3 s late: the way back measured 2.0 s,
        // the way out's far fit ends 0.3 s earlier. Judged from the earliest turn it took 2.3 s: not too fast.
        Rep paused = new Rep(3.5, 2.0);
        paused.turnEarliest_s -= 0.3;
        assertEquals(List.of(), paused.judged());
        Rep later = new Rep(3.5, 2.0);
        later.turnLatest_s += 0.3;
        assertEquals(List.of(FaultKind.TOO_FAST), later.judged());
        // The way out is judged with the latest turn.
        Rep rushedOut = new Rep(2.0, 3.5);
        rushedOut.turnLatest_s += 0.3;
        assertEquals(List.of(), rushedOut.judged());
        // A rushed way back is too fast by every opinion; the turn's opinions do not touch too-slow.
        Rep rushed = new Rep(3.5, 1.5);
        rushed.turnEarliest_s -= 0.3;
        rushed.turnLatest_s += 0.3;
        assertEquals(List.of(FaultKind.TOO_FAST), rushed.judged());
        Rep slow = new Rep(6.1, 3.5);
        slow.turnEarliest_s -= 0.5;
        slow.turnLatest_s += 0.5;
        assertEquals(List.of(FaultKind.TOO_SLOW), slow.judged());
    }
}

package com.reptempo.pipeline;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Fault;
import com.reptempo.model.FaultKind;
import com.reptempo.model.FaultThresholds;
import com.reptempo.model.PhaseKind;
import com.reptempo.model.PhaseResult;
import com.reptempo.model.RepResult;
import com.reptempo.model.Side;
import com.reptempo.storage.RoutineJson;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The set's final re-judging of partial range, and what a partial rep is not judged on. */
class RepAssemblerTest {
    private static RepResult shortHoldRep(double range_deg) {
        List<PhaseResult> phases = List.of(new PhaseResult("extend", PhaseKind.MOVEMENT, 0, 3.5, 3, 4),
                new PhaseResult("hold", PhaseKind.HOLD, 3.5, 4.5, 3, 4),
                new PhaseResult("return", PhaseKind.MOVEMENT, 4.5, 8, 3, 4));
        return new RepResult(1, 0, 8, Side.LEFT, phases, List.of(new Fault(FaultKind.SHORT_HOLD, "hold", -2, -67)), 80,
                range_deg, range_deg, -1.5);
    }

    private static RepAssembler assembler() {
        ExerciseDefinition ex = RoutineJson.bundled().get("arm-leg-extension");
        return new RepAssembler(ex, FaultThresholds.DEFAULTS);
    }

    @Test
    void aPartialRepGetsNoShortHoldInTheSetsResult() {
        RepResult r = assembler().rejudgeRange(shortHoldRep(1.2), 3.3);
        assertTrue(r.has(FaultKind.PARTIAL_RANGE));
        assertFalse(r.has(FaultKind.SHORT_HOLD), "the hold of a rep that did not reach the position is not judged");
    }

    @Test
    void aFullRepKeepsItsShortHold() {
        RepResult r = assembler().rejudgeRange(shortHoldRep(3.2), 3.3);
        assertFalse(r.has(FaultKind.PARTIAL_RANGE));
        assertTrue(r.has(FaultKind.SHORT_HOLD));
    }

    /**
     * An arm/leg extension whose extend was measured at extend_s (target 3-4 s), hold 3.5 s and return 3.5 s,
     * flagged with a tempo fault of the given kind on its extend when assembled (deviation from limit_s).
     */
    private static RepResult extendFlagged(FaultKind kind, double limit_s, double range_deg, double extend_s) {
        List<PhaseResult> phases = List.of(new PhaseResult("extend", PhaseKind.MOVEMENT, 0, extend_s, 3, 4),
                new PhaseResult("hold", PhaseKind.HOLD, extend_s, extend_s + 3.5, 3, 4),
                new PhaseResult("return", PhaseKind.MOVEMENT, extend_s + 3.5, extend_s + 7, 3, 4));
        return new RepResult(1, 0, extend_s + 7, Side.LEFT, phases,
                List.of(new Fault(kind, "extend", extend_s - limit_s, 100 * (extend_s - limit_s) / limit_s)), 80,
                range_deg, range_deg, -1.5);
    }

    /** {@link #extendFlagged} too slow (over 1.5 x the 4 s maximum). */
    private static RepResult tooSlowRep(double range_deg, double extend_s) {
        return extendFlagged(FaultKind.TOO_SLOW, 6, range_deg, extend_s);
    }

    @Test
    void aPartialRepGetsNoTooSlowInTheSetsResult() {
        // fresh24 routine 24101 set 4 rep 4: 0.89 deg, the extend truly 3.1 s, measured 7.2 s.
        RepResult r = assembler().rejudgeRange(tooSlowRep(1.2, 7.2), 3.3);
        assertTrue(r.has(FaultKind.PARTIAL_RANGE));
        assertFalse(r.has(FaultKind.TOO_SLOW), "the phases of a rep that did not reach the position are not timed against it");
    }

    @Test
    void aFullRepKeepsItsTooSlow() {
        RepResult r = assembler().rejudgeRange(tooSlowRep(3.2, 7.2), 3.3);
        assertFalse(r.has(FaultKind.PARTIAL_RANGE));
        assertTrue(r.has(FaultKind.TOO_SLOW));
    }

    /** {@link #extendFlagged} too fast (the deviation taken from the 3 s minimum). */
    private static RepResult tooFastRep(double range_deg, double extend_s) {
        return extendFlagged(FaultKind.TOO_FAST, 3, range_deg, extend_s);
    }

    @Test
    void aPartialRepIsTooFastOnlyAtThePaceOfItsTravel() {
        RepResult slowFoot = assembler().rejudgeRange(tooFastRep(1.2, 2.0), 3.3);
        assertTrue(slowFoot.has(FaultKind.PARTIAL_RANGE));
        assertFalse(slowFoot.has(FaultKind.TOO_FAST), "2 s for a third of the travel is a full rep's pace");
        RepResult rushed = assembler().rejudgeRange(tooFastRep(1.2, 0.7), 3.3);
        assertTrue(rushed.has(FaultKind.PARTIAL_RANGE));
        assertTrue(rushed.has(FaultKind.TOO_FAST), "0.7 s for a third of the travel is faster than 2.25 s for all of it");
    }

    @Test
    void aFullRepKeepsItsTooFast() {
        RepResult r = assembler().rejudgeRange(tooFastRep(3.2, 2.0), 3.3);
        assertFalse(r.has(FaultKind.PARTIAL_RANGE));
        assertTrue(r.has(FaultKind.TOO_FAST));
    }

    /** A 1.5 deg rear leg lift, 3 s out and 3 s back, with a 0.2 deg wobble every second and a pause of pause_s halfway out. */
    private static Excursion unevenRep(double pause_s) {
        Excursion e = MidMovementStopTest.rep(1.5, 3.0, pause_s, 0, 3.0, 0, 0.05);
        double[] phi = e.phi_deg();
        double[] t = e.t_s();
        for (int i = 0; i < phi.length; i++) phi[i] += 0.2 * Math.sin(2 * Math.PI * t[i]);
        return e;
    }

    private static RepResult assembled(Excursion e, double typicalRange_deg) {
        RepAssembler a = new RepAssembler(RoutineJson.bundled().get("rear-leg-lift"), FaultThresholds.DEFAULTS);
        return a.assemble(1, e, PhaseTimer.time(e, 0), Side.LEFT, typicalRange_deg, 0, 0.05);
    }

    @Test
    void aPartialRepIsJerkyOnlyWithAStopInItsWay() {
        Excursion uneven = unevenRep(0);
        assertTrue(assembled(uneven, 1.6).has(FaultKind.JERKY), "a full rep this uneven is jerky");
        RepResult partial = assembled(uneven, 3.0);
        assertTrue(partial.has(FaultKind.PARTIAL_RANGE));
        assertFalse(partial.has(FaultKind.JERKY), "at a partial rep's range the unevenness may be breathing");
        RepResult paused = assembled(unevenRep(0.9), 3.0);
        assertTrue(paused.has(FaultKind.PARTIAL_RANGE));
        assertTrue(paused.has(FaultKind.JERKY), "a partial rep that stopped halfway out is jerky");
    }

    @Test
    void aTooSlowRepIsNotJerkyForABreathThatHeldItsWay() {
        // 2 deg over 8 s each way (3 s targets) with a 0.2 deg breath every 4 s: smooth enough by SPARC, but the
        // breath holds a way still for a second, which WayStall alone reads as a stall; too slow is the fault.
        Excursion slow = MidMovementStopTest.rep(2.0, 8.0, 0, 0, 8.0, 0.2, 0.15);
        assertTrue(WayStall.stalled(slow, EvenMovement.of(slow), 3.0, 3.0), "the ladder alone sees a stall");
        RepResult r = assembled(slow, 2.0);
        assertTrue(r.has(FaultKind.TOO_SLOW));
        assertFalse(r.has(FaultKind.JERKY), "a too-slow way is not judged for stalls");
    }
    @Test
    void aTooSlowRepIsJerkyOnlyWithAStopInItsWay() {
        // 2 deg over 8 s each way (3 s targets) with breathing's bumps riding on it (0.25 deg every 2.5 s):
        // at this pace they are as large as the movement's own speed, and the phases' SPARC falls below the
        // limit; with no stop that the speed guard could tell from a breath, too slow is the fault.
        Excursion slow = MidMovementStopTest.rep(2.0, 8.0, 0, 0, 8.0, 0, 0.15);
        double[] phi = slow.phi_deg();
        double[] t = slow.t_s();
        for (int i = 0; i < phi.length; i++) phi[i] += 0.25 * Math.sin(2 * Math.PI * t[i] / 2.5);
        RepResult r = assembled(slow, 2.0);
        assertTrue(r.smoothness() < FaultThresholds.DEFAULTS.jerkySparcLimit(), "uneven by SPARC: " + r.smoothness());
        assertTrue(r.has(FaultKind.TOO_SLOW));
        assertFalse(r.has(FaultKind.JERKY), "a too-slow rep's unevenness may be breathing");
    }

    @Test
    void aRepWhoseTimingCollapsedGetsNoPelvisOrJerkyFault() {
        // A 6.6 deg heel scoop, uneven and paused on its way out: back-lift and jerky when timed as one rep; timed with a 0.07 s
        // slide-out (the ramps' fits crossed: two reps merged) it is not one rep's movement and gets neither.
        Excursion e = MidMovementStopTest.rep(6.6, 3.0, 0.9, 0, 3.0, 0, 0.05);
        double[] phi = e.phi_deg();
        double[] t = e.t_s();
        for (int i = 0; i < phi.length; i++) phi[i] += 0.6 * Math.sin(2 * Math.PI * t[i]);
        RepAssembler a = new RepAssembler(RoutineJson.bundled().get("heel-scoop"), FaultThresholds.DEFAULTS);
        RepResult whole = a.assemble(1, e, PhaseTimer.time(e, 0), Side.LEFT, 6.6, 0, 0.05);
        assertTrue(whole.has(FaultKind.BACK_LIFT), "a 6.6 deg rep lifted the back");
        assertTrue(whole.has(FaultKind.JERKY), "this uneven rep is jerky: " + whole.smoothness());
        double end_s = t[t.length - 1];
        RepResult collapsed = a.assemble(1, e, new RepTiming(0, 0.07, 0.07, end_s, 0.07), Side.LEFT, 6.6, 0, 0.05);
        assertTrue(collapsed.phases().get(0).duration_s() < TempoJudge.MIN_MOVEMENT_S);
        assertFalse(collapsed.has(FaultKind.BACK_LIFT), "a collapsed timing is not one rep's pelvis rotation");
        assertFalse(collapsed.has(FaultKind.JERKY), "nor one rep's speed profile");
    }

    @Test
    void aRepTooSmallForItsSmoothnessIsJerkyByAStopInItsWay() {
        // 1.5 deg against a 0.2 deg rest wobble (7.5 wobbles, under MIN_SMOOTHNESS_SNR): its phases' SPARC is not
        // judged, but a halt halfway out is still a halt.
        RepAssembler a = new RepAssembler(RoutineJson.bundled().get("rear-leg-lift"), FaultThresholds.DEFAULTS);
        Excursion paused = MidMovementStopTest.rep(1.5, 3.0, 0.9, 0, 3.0, 0, 0.05);
        assertTrue(paused.peak_deg() < FormJudge.MIN_SMOOTHNESS_SNR * 0.2);
        assertTrue(a.assemble(1, paused, PhaseTimer.time(paused, 0), Side.LEFT, 1.5, 0, 0.2).has(FaultKind.JERKY),
                "a small rep that stopped halfway out is jerky");
        Excursion smooth = MidMovementStopTest.rep(1.5, 3.0, 0, 0, 3.0, 0, 0.05);
        assertFalse(a.assemble(1, smooth, PhaseTimer.time(smooth, 0), Side.LEFT, 1.5, 0, 0.2).has(FaultKind.JERKY),
                "without a stop it is not");
    }
}

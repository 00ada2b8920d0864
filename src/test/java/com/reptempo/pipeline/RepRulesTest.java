package com.reptempo.pipeline;

import com.reptempo.model.PhaseKind;
import com.reptempo.model.PhaseResult;
import com.reptempo.model.Side;
import com.reptempo.model.SideMode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules that tell attempts given up from partial reps, name sides, and judge slow phases' smoothness. */
class RepRulesTest {
    @Test
    void anAttemptGivenUpIsQuickAPartialRepKeepsThePace() {
        // half the range in 0.6 of the width: rushed out and given up
        assertTrue(GivenUpRules.abandoned(0.5, 0.6, Double.NaN, Double.NaN));
        // a third of the range at the normal width: a partial rep
        assertFalse(GivenUpRules.abandoned(0.33, 0.95, Double.NaN, Double.NaN));
        // too small to be judged by speed: a partial rep whatever its width
        assertFalse(GivenUpRules.abandoned(0.2, 0.3, Double.NaN, Double.NaN));
        // about the full range: a rep
        assertFalse(GivenUpRules.abandoned(0.8, 0.6, Double.NaN, Double.NaN));
    }

    @Test
    void anAttemptOverInHalfARepsTimeWasGivenUpWhateverItsWidthReads() {
        // 0.4 of the range at 0.9 of the width (a breath stretched it): by speed alone a partial rep
        assertFalse(GivenUpRules.abandoned(0.4, 0.9, Double.NaN, Double.NaN));
        // but out and back in 0.45 of her reps' duration: given up
        assertTrue(GivenUpRules.abandoned(0.4, 0.9, 0.45, 0.4));
        // lasting 0.6 of a rep: the speed decides
        assertFalse(GivenUpRules.abandoned(0.4, 0.9, 0.6, 0.6));
    }

    @Test
    void aSmallMovementKeepingTheRepsTempoIsAPartialRepWhateverItsWidthReads() {
        // 0.4 of the range at 0.7 of the width: by speed alone given up
        assertTrue(GivenUpRules.abandoned(0.4, 0.7, Double.NaN, Double.NaN));
        // but as long as her reps, with as slow a way back: a partial rep
        assertFalse(GivenUpRules.abandoned(0.4, 0.7, 1.0, 0.95));
        // as long, but dropping straight back (the start stretched by a movement before it): given up
        assertTrue(GivenUpRules.abandoned(0.4, 0.7, 1.1, 0.6));
        // half the range is more than any partial rep: the speed decides
        assertTrue(GivenUpRules.abandoned(0.5, 0.7, 1.0, 0.95));
    }

    @Test
    void aSmallMovementMovingAtAPartialRepsPeakSpeedWasNotGivenUp() {
        // 0.4 of the range at 0.7 of the width (a breath squeezed it): by range over width given up
        assertTrue(GivenUpRules.abandoned(0.4, 0.7, 0.8, 0.7, Double.NaN));
        // but its ramps peak at only 0.45 of a rep's speed: a partial rep keeping her pace
        assertFalse(GivenUpRules.abandoned(0.4, 0.7, 0.8, 0.7, 0.45));
        // ramps peaking at 0.8 of a rep's speed: rushed, given up
        assertTrue(GivenUpRules.abandoned(0.4, 0.7, 0.8, 0.7, 0.8));
        // a slow peak speed never makes one over in under half a rep's time a rep
        assertTrue(GivenUpRules.abandoned(0.4, 0.7, 0.45, 0.4, 0.45));
    }

    @Test
    void peakSpeedOfAMinimumJerkRampIsReadMidRamp() {
        int n = 801;
        double[] t = new double[n];
        double[] phi = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 0.01;
            double u = t[i] <= 3 ? t[i] / 3 : t[i] <= 5 ? 1 - (t[i] - 3) / 2 : 0;
            phi[i] = 2 * MinJerk.position(Math.max(0, Math.min(1, u)));
        }
        Excursion e = new Excursion(0, n - 1, t, phi, phi, 2, 300, 50, 0, 1, 0, 0, 0, 1, Excursion.End.RETURNED, 0);
        // 2 deg out in 3 s, back in 2 s: peaks 1.875 * 2 / 3 and 1.875 * 2 / 2 deg/s, less the window's smoothing (a few %)
        assertEquals(PeakSpeed.minJerk_dps(2, 3), PeakSpeed.of(e, true), 0.05 * PeakSpeed.minJerk_dps(2, 3));
        assertEquals(PeakSpeed.minJerk_dps(2, 2), PeakSpeed.of(e, false), 0.05 * PeakSpeed.minJerk_dps(2, 2));
    }

    @Test
    void theOtherSidesFirstMovementThatCameBackAtHerPaceIsNotGivenUp() {
        // fresh14 routine-14101 set 1 rep 9, accr routine-4140 set 1 rep 9: the second block's partial
        // first rep, its start blurred by the switch's settling, read 0.44-0.48 of the range at a rushed
        // way out, but came back in 2.1-2.4 s (an attempt drops back in 1-2 s)
        RepClassifier c = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("heel-scoop"), 5.0);
        for (int i = 0; i < 3; i++) c.accepted(excursion(2.5, 2.8), new RepTiming(0, 3, 3, 6, 3));
        Excursion partial = excursion(1.15, 2.4);
        RepTiming paced = new RepTiming(0, 1.6, 1.9, 4.1, 1.75);
        assertEquals(Verdict.REP, c.judge(partial, paced, -0.2, 2.5, true));
        assertEquals(Verdict.ABANDONED, c.judge(partial, paced, -0.2, 7.5, false), "both sides have reps");
        assertEquals(Verdict.ABANDONED, c.judge(partial, paced, 0.99, 2.5, true), "points like the first side's reps");
        RepTiming droppedBack = new RepTiming(0, 1.6, 1.9, 3.3, 1.75);
        assertEquals(Verdict.ABANDONED, c.judge(partial, droppedBack, -0.2, 2.5, true), "dropped back in 1.4 s");
    }

    @Test
    void theClassifierJudgesDurationsAgainstTheRepsSoFar() {
        RepClassifier c = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("heel-scoop"), 5.0);
        for (int i = 0; i < 3; i++) c.accepted(excursion(2.5, 2.8), new RepTiming(0, 3, 3, 6, 3));
        assertEquals(6.0, c.typical().duration_s(), 1e-9);
        assertEquals(3.0, c.typical().return_s(), 1e-9);
        // 0.4 of the range, 0.9 of the width
        Excursion small = excursion(1.0, 2.5);
        assertEquals(Verdict.REP, c.judge(small, null, 0.99, Double.NaN, false));
        // over in 2.6 s: given up
        assertEquals(Verdict.ABANDONED, c.judge(small, new RepTiming(0, 1.2, 1.5, 2.6, 1.3), 0.99, Double.NaN, false));
        // 0.4 of the range at 0.7 of the width, but 6 s long with a 3-s way back: a partial rep
        Excursion quick = excursion(1.0, 2.0);
        assertEquals(Verdict.ABANDONED, c.judge(quick, null, 0.99, Double.NaN, false));
        assertEquals(Verdict.REP, c.judge(quick, new RepTiming(0, 3, 3, 6, 3), 0.99, Double.NaN, false));
    }

    @Test
    void theTypicalRangeIsNotPulledDownByEarlyPartialReps() {
        RepClassifier c = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("rear-leg-lift"), 5.0);
        c.accepted(excursion(0.8), null);
        c.accepted(excursion(2.6), null);
        assertEquals(0.8 * 2.6, c.typicalRange_deg(), 1e-9);
        c.accepted(excursion(2.8), null);
        assertEquals(2.6, c.typicalRange_deg(), 1e-9);
    }

    @Test
    void twoPartialRepsOfThreeDoNotSetTheTypicalRange() {
        RepClassifier c = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("heel-scoop"), 5.0);
        c.accepted(excursion(1.24), null);
        c.accepted(excursion(2.9), null);
        c.accepted(excursion(0.75), null);
        // both below half the largest: partial reps, the largest still sets it
        assertEquals(0.8 * 2.9, c.typicalRange_deg(), 1e-9);
        // a fourth rep: the median and second largest again (one large "rep" against three cannot hold it up)
        c.accepted(excursion(1.1), null);
        assertEquals((1.1 + 1.24) / 2, c.typicalRange_deg(), 1e-9);
        RepClassifier d = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("heel-scoop"), 5.0);
        d.accepted(excursion(3.6), null);
        d.accepted(excursion(2.6), null);
        d.accepted(excursion(2.5), null);
        // a large first "rep" that her reps reach more than half of does not set it (0.8 x 3.6 = 2.88): their median
        assertEquals(2.6, d.typicalRange_deg(), 1e-9);
    }

    @Test
    void aRushedFullRepAfterAPartialFirstRepIsARep() {
        RepClassifier c = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("heel-scoop"), 5.0);
        // her first rep was partial: 1.27 deg at her pace
        c.accepted(excursion(1.27, 2.6), null);
        // her full range rushed, back where it started, along her axis: 2.6 x typical, a rep
        assertEquals(Verdict.REP, c.judge(excursion(3.3, 1.45), null, 0.99, Double.NaN, false));
        // as quick but 1.7 x typical: an attempt given up reaches that far, not a rep
        assertEquals(Verdict.FIDGET, c.judge(excursion(2.2, 1.45), null, 0.99, Double.NaN, false));
        // pointing elsewhere: a shift
        assertEquals(Verdict.FIDGET, c.judge(excursion(3.3, 1.45), null, 0.5, Double.NaN, false));
        // ended away from where it started: a shift
        assertEquals(Verdict.FIDGET, c.judge(excursion(3.3, 1.45, Excursion.End.SETTLED), null, 0.99, Double.NaN, false));
    }

    @Test
    void anOutlierRepNeitherFoundsNorTeachesASide() {
        SideClassifier s = new SideClassifier(SideMode.ALTERNATING, Side.RIGHT);
        // first rep is a pelvis outlier turning about another axis: right by the rule, no cluster
        assertEquals(Side.RIGHT, SideReps.classify(s, 0, 1, 0, true));
        assertEquals(0, s.clusters());
        // the next rep is the left one and founds its cluster
        assertEquals(Side.LEFT, SideReps.classify(s, 1, 0, 0, false));
        assertEquals(Side.RIGHT, SideReps.classify(s, -1, 0, 0, false));
        assertEquals(Side.LEFT, SideReps.classify(s, 0.99, 0.1, 0, false));
        assertEquals(2, s.clusters());
    }

    @Test
    void aSlowPhaseIsJudgedAtItsTargetPace() {
        PhaseResult normal = new PhaseResult("lift", PhaseKind.MOVEMENT, 0, 3.0, 3, 3);
        PhaseResult slow = new PhaseResult("lift", PhaseKind.MOVEMENT, 0, 7.5, 3, 3);
        PhaseResult fast = new PhaseResult("lift", PhaseKind.MOVEMENT, 0, 1.5, 3, 3);
        assertEquals(1.0, Smoothness.pace(normal), 1e-9);
        assertEquals(2.5, Smoothness.pace(slow), 1e-9);
        assertEquals(1.0, Smoothness.pace(fast), 1e-9);
    }

    @Test
    void theSetsFirstMovementHurriedBothWaysWithAStopAtTheTopWasGivenUp() {
        RepClassifier c = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("heel-scoop"), 5.0);
        // no rep yet; 2.2 s wide is not narrow against the targets (3 s minimum), so only its shape tells
        Excursion first = excursion(2.5, 2.2);
        // out in 1.8 s and back in 1.7 s (each below 0.7 x the 3-s targets) after a 0.6-s stop: given up
        assertEquals(Verdict.ABANDONED, c.judge(first, new RepTiming(0, 1.8, 2.4, 4.1, 2.1), Double.NaN, Double.NaN, false));
        // the same haste turning at the top: a rushed first rep
        assertEquals(Verdict.REP, c.judge(first, new RepTiming(0, 1.8, 1.9, 3.6, 1.85), Double.NaN, Double.NaN, false));
        // a stop at the top at the exercise's pace: a first rep
        assertEquals(Verdict.REP, c.judge(first, new RepTiming(0, 2.8, 3.4, 6.2, 3.1), Double.NaN, Double.NaN, false));
    }

    @Test
    void aMovementSlowerThanAnyRepIsNotARep() {
        RepClassifier c = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("heel-scoop"), 5.0);
        for (int i = 0; i < 3; i++) c.accepted(excursion(2.5, 3.0), null);
        // the slowest heel-scoop rep at its targets is 3 s wide; a rep at 2.3 x its maximum is a slow rep
        assertEquals(Verdict.REP, c.judge(excursion(2.5, 6.9), null, 0.99, Double.NaN, false));
        // more than 3 x: a drift that settled elsewhere (a rep merged with a lost rest)
        assertEquals(Verdict.REPOSITIONED, c.judge(excursion(2.5, 9.5), null, 0.99, Double.NaN, false));
    }

    @Test
    void aMovementAtARepsPaceIsNotNarrowWhateverTheTypicalWidth() {
        RepClassifier c = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("heel-scoop"), 5.0);
        // slow or merged reps have inflated the typical width to 4 s
        for (int i = 0; i < 3; i++) c.accepted(excursion(2.5, 4.0), null);
        // 2.5 s wide is below 0.8 x 4 s, but at least 0.7 x the targets' 3 s minimum: paced like a rep
        assertEquals(Verdict.REP, c.judge(excursion(2.5, 2.5), null, 0.5, Double.NaN, false));
        // 1.8 s wide and pointing elsewhere: as quick as a side switch, a shift
        assertEquals(Verdict.FIDGET, c.judge(excursion(2.5, 1.8), null, 0.5, Double.NaN, false));
    }

    @Test
    void aQuickMovementNeedsToPointOnlyRoughlyLikeASideTaughtByAPartialRep() {
        RepClassifier c = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("heel-scoop"), 5.0);
        for (int i = 0; i < 3; i++) c.accepted(excursion(2.5, 2.8), null);
        // 1.4 s wide at her range, 0.88 from the side's reps
        Excursion rushed = excursion(2.5, 1.4);
        // the side taught by three full reps knows its axis: pointing off it, a fidget
        assertEquals(Verdict.FIDGET, c.judge(rushed, null, 0.88, 7.5, false));
        assertEquals(Verdict.FIDGET, c.judge(rushed, null, 0.88, Double.NaN, false));
        // the side founded by one 0.8-degree partial rep knows its axis only roughly: a rushed rep
        assertEquals(Verdict.REP, c.judge(rushed, null, 0.88, 0.8, false));
        // but not one pointing well away even from that
        assertEquals(Verdict.FIDGET, c.judge(rushed, null, 0.7, 0.8, false));
    }

    @Test
    void aSlowPersonsRushedRepIsNotTooShort() {
        RepClassifier c = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("heel-scoop"), 5.0);
        // slow reps: her typical width 4 s, a tempo of 1.25 against the targets
        for (int i = 0; i < 5; i++) c.accepted(excursion(2.5, 4.0), null);
        // a rushed rep 1.25 s wide at her range, pointing like her reps: as quick as anyone's rushed rep
        assertEquals(Verdict.REP, c.judge(excursion(2.5, 1.25), null, 0.99, Double.NaN, false));
        // a knock stays too short
        assertEquals(Verdict.TOO_SHORT, c.judge(excursion(2.5, 0.5), null, 0.99, Double.NaN, false));
    }

    @Test
    void aSmallMovementPointingBackAgainstTheOnlySidesRepsIsNotTheOtherSidesFirstRep() {
        RepClassifier c = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("heel-scoop"), 5.0);
        for (int i = 0; i < 3; i++) c.accepted(excursion(2.5, 3.0), null);
        // 0.3 of her range at her pace, pointing opposite her reps while the other side has none:
        // the rest of a way back measured from short of rest
        assertEquals(Verdict.FIDGET, c.judge(excursion(0.75, 2.8), null, -0.95, Double.NaN, true));
        // pointing as the other side's reps do (mirror-image axis, cosine about -0.4): judged as before
        assertEquals(Verdict.REP, c.judge(excursion(0.75, 2.8), null, -0.4, Double.NaN, true));
    }

    @Test
    void aQuickPersonsFidgetIsTooShort() {
        RepClassifier c = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("heel-scoop"), 5.0);
        // quick reps: her typical width 2.5 s, a tempo of 0.83 against the targets
        for (int i = 0; i < 5; i++) c.accepted(excursion(2.5, 2.5), null);
        // 1.05 s wide at her range, pointing like her reps, back where it started: narrower than anyone's
        // rushed rep (0.4 of the targets' minimum, 1.2 s, whatever her pace), a fidget's out-and-back
        assertEquals(Verdict.TOO_SHORT, c.judge(excursion(2.5, 1.05), null, 0.99, Double.NaN, false));
        // 1.2 s wide and set down short of its start: a shift on the mat, however quick her reps
        assertEquals(Verdict.FIDGET, c.judge(excursion(2.5, 1.2, Excursion.End.SETTLED), null, 0.99, Double.NaN, false));
        // her rushed rep, 1.3 s wide, stays a rep
        assertEquals(Verdict.REP, c.judge(excursion(2.5, 1.3), null, 0.99, Double.NaN, false));
    }

    @Test
    void aMovementAsQuickAsTheQuickestRepThatSettledElsewhereIsAFidget() {
        RepClassifier c = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("heel-scoop"), 5.0);
        // her reps at the targets' pace: 3 s wide, the quickest rep 1.2 s
        for (int i = 0; i < 3; i++) c.accepted(excursion(2.5, 3.0), null);
        // 1.2 s wide at her range, pointing like her reps, set down short of its start: a shift on the mat
        assertEquals(Verdict.FIDGET, c.judge(excursion(2.5, 1.2, Excursion.End.SETTLED), null, 0.99, Double.NaN, false));
        // as quick but back where it started: her rep rushed
        assertEquals(Verdict.REP, c.judge(excursion(2.5, 1.2, Excursion.End.RETURNED), null, 0.99, Double.NaN, false));
        // settled, but wider than the quickest rep: a rushed rep may stop short of its start
        assertEquals(Verdict.REP, c.judge(excursion(2.5, 1.35, Excursion.End.SETTLED), null, 0.99, Double.NaN, false));
    }

    @Test
    void aQuickMovementSetDownFarFromItsStartIsAFidget() {
        RepClassifier c = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("heel-scoop"), 5.0);
        for (int i = 0; i < 3; i++) c.accepted(excursion(2.5, 3.0), null);
        // 1.4 s wide (quick, but wider than the quickest rep) at her range, pointing like her reps
        // settled 0.45 of its peak away from its start: the pelvis set down elsewhere, a shift
        assertEquals(Verdict.FIDGET, c.judge(settledAt(2.5, 1.4, 0.45), null, 0.99, Double.NaN, false));
        // settled a tenth of its peak out: her rep rushed, stopping just short of its start
        assertEquals(Verdict.REP, c.judge(settledAt(2.5, 1.4, 0.1), null, 0.99, Double.NaN, false));
        // as far out but at a rep's pace: not judged by where it settled
        assertEquals(Verdict.REP, c.judge(settledAt(2.5, 2.8, 0.45), null, 0.99, Double.NaN, false));
    }

    @Test
    void aSmallMovementBegunWithNoRestBeforeItIsNoise() {
        RepClassifier c = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("heel-scoop"), 5.0);
        for (int i = 0; i < 3; i++) c.accepted(excursion(2.5, 3.0), null);
        // a fifth of her range, within 6 rest wobbles, at a rep's pace, pointing like her reps, begun
        // straight out of the movement before (no rest before it, restBase 0): the body settling on
        assertEquals(Verdict.NOISE, c.judge(small(0.5, 0), null, 0.95, Double.NaN, false));
        // the same from a rest: a partial rep
        assertEquals(Verdict.REP, c.judge(small(0.5, -0.05), null, 0.95, Double.NaN, false));
        // a third of her range with no rest before it: judged on as a rep could be
        assertEquals(Verdict.REP, c.judge(small(0.8, 0), null, 0.95, Double.NaN, false));
    }

    @Test
    void aSmallMovementBegunStraightOutOfARepAndPointingBackAlongItIsTheRestOfItsWayBack() {
        Excursion rep = directed(1, 0, 0);
        RepTiming noTop = new RepTiming(0, 2, 2, 4, 2);
        // a quarter of her 2.5-degree range, no rest before it, pointing back along the rep just judged:
        // a slow rep closed on a stop on its way home, the rest of the way back (fresh8 8012, fresh13 13012)
        assertTrue(NoiseRules.wayBackLeftover(afterRep(-1, 0, 0.65, 0), noTop, rep, 2.5));
        // from a rest of its own: a partial rep, whichever side
        assertFalse(NoiseRules.wayBackLeftover(afterRep(-1, 0, 0.65, -0.05), noTop, rep, 2.5));
        // the movement before was not a rep (the switch before the other side's first rep)
        assertFalse(NoiseRules.wayBackLeftover(afterRep(-1, 0, 0.65, 0), noTop, null, 2.5));
        // pointing along the rep, or across it
        assertFalse(NoiseRules.wayBackLeftover(afterRep(1, 0, 0.65, 0), noTop, rep, 2.5));
        assertFalse(NoiseRules.wayBackLeftover(afterRep(-0.6, 0.8, 0.65, 0), noTop, rep, 2.5));
        // stopped 0.6 s at its top: a rep's own top (a partial rep merged with the leftover, fresh27 27009)
        assertFalse(NoiseRules.wayBackLeftover(afterRep(-1, 0, 0.65, 0), new RepTiming(0, 2, 2.6, 4.6, 2.3), rep, 2.5));
        // three quarters of her range: beyond a partial rep's
        assertFalse(NoiseRules.wayBackLeftover(afterRep(-1, 0, 1.9, 0), noTop, rep, 2.5));
        // before the typical range is known
        assertFalse(NoiseRules.wayBackLeftover(afterRep(-1, 0, 0.65, 0), noTop, rep, Double.NaN));
    }

    /** Out to peak_deg along (x, y, 0) and back over 4 s, peak 10 rest wobbles out, the rest before it at restBase_deg. */
    private static Excursion afterRep(double x, double y, double peak_deg, double restBase_deg) {
        double[] t = {0, 2, 4};
        double[] v = {0, peak_deg, 0};
        return new Excursion(0, 2, t, v, v, peak_deg, 1, 10, x, y, 0, 0, 0, 1, Excursion.End.RETURNED, restBase_deg);
    }

    /** Out to peak_deg and back over 4.8 s, peak 6 rest wobbles out, the rest before it at restBase_deg. */
    private static Excursion small(double peak_deg, double restBase_deg) {
        double[] t = {0, 1, 3.8, 4.8};
        double[] v = {0, peak_deg, peak_deg, 0};
        return new Excursion(0, 3, t, v, v, peak_deg, 1, 6, 1, 0, 0, 0, 0, 1, Excursion.End.RETURNED, restBase_deg);
    }

    /** Out to peak_deg, held width_s, back to endFraction of the peak, ended settled there. */
    private static Excursion settledAt(double peak_deg, double width_s, double endFraction) {
        double[] t = {0, 1, 1 + width_s, 2 + width_s};
        double[] v = {0, peak_deg, peak_deg, endFraction * peak_deg};
        return new Excursion(0, 3, t, v, v, peak_deg, 1, 50, 1, 0, 0, 0, 0, 1, Excursion.End.SETTLED, 0);
    }

    @Test
    void eachSideKnowsTheRangeThatTaughtIt() {
        SideClassifier sides = new SideClassifier(SideMode.BLOCKS, Side.RIGHT);
        Excursion right = directed(1, 0, 0);
        Excursion left = directed(0, 1, 0);
        assertTrue(Double.isNaN(sides.nearest(right).taught_deg()));
        SideReps.classify(sides, 1, 0, 0, 2.5, false);
        SideReps.classify(sides, 1, 0, 0, 2.7, false);
        assertEquals(5.2, sides.nearest(right).taught_deg(), 1e-9);
        // the other side founded by a partial rep
        SideReps.classify(sides, 0, 1, 0, 0.8, false);
        assertEquals(0.8, sides.nearest(left).taught_deg(), 1e-9);
        assertEquals(5.2, sides.nearest(right).taught_deg(), 1e-9);
    }

    @Test
    void aQuickMovementHeldBetweenTwoRepsOfOneSideOfAnAlternatingExerciseWasTheOtherSidesRep() {
        SideClassifier sides = new SideClassifier(SideMode.ALTERNATING, Side.LEFT);
        SideReps.classify(sides, 1, 0, 0, 3.0, false);
        // held: pointing where no side's reps point yet; the next rep is the left side's again
        Excursion held = directed(0, 1, 0);
        Excursion nextLeft = directed(1, 0, 0);
        assertTrue(sides.repeatsSide(nextLeft));
        assertTrue(new HeldQuickMovement().wasRep(untimed(held), nextLeft, sides));
        // the next rep founds the other side: the alternation tells nothing, the held one was a shift
        Excursion nextRight = directed(-1, 0, 0);
        assertFalse(sides.repeatsSide(nextRight));
        assertFalse(new HeldQuickMovement().wasRep(untimed(held), nextRight, sides));
        // in blocks two reps of one side in a row are the pattern
        SideClassifier blocks = new SideClassifier(SideMode.BLOCKS, Side.LEFT);
        SideReps.classify(blocks, 1, 0, 0, 3.0, false);
        assertFalse(blocks.repeatsSide(nextLeft));
        assertFalse(new HeldQuickMovement().wasRep(untimed(held), nextLeft, blocks));
    }

    private static Excursion directed(double x, double y, double z) {
        double[] t = {0, 1, 2, 3};
        double[] v = {0, 2.5, 2.5, 0};
        return new Excursion(0, 3, t, v, v, 2.5, 1, 50, x, y, z, 0, 0, 1, Excursion.End.RETURNED, 0);
    }

    @Test
    void aRunOfAttemptsGivenUpAlikeIsTheRepsNotAttempts() {
        RepTiming t = null;
        GivenUpRun run = new GivenUpRun();
        assertFalse(run.add(excursion(1.3), t));
        assertFalse(run.add(excursion(2.3), t));
        assertFalse(run.add(excursion(2.5), t));
        // three in a row of one size (within 20 % of their median): her reps
        assertTrue(run.add(excursion(2.4), t));
        assertFalse(run.ofRunSize(0));
        assertTrue(run.ofRunSize(1) && run.ofRunSize(2) && run.ofRunSize(3));
        // given up at varying points: attempts
        run.clear();
        assertFalse(run.add(excursion(2.4), t));
        assertFalse(run.add(excursion(1.4), t));
        assertFalse(run.add(excursion(2.0), t));
    }

    @Test
    void aWrongTypicalRangeIsForgotten() {
        RepClassifier c = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("rear-leg-lift"), 5.0);
        // getting into position taken for the first rep
        c.accepted(excursion(4.8, 2.0), null);
        // her reps, half that range at about the same pace, look like attempts given up
        assertEquals(Verdict.ABANDONED, c.judge(excursion(2.4, 2.0), null, 0.99, Double.NaN, false));
        c.typical().forgetRanges();
        assertTrue(Double.isNaN(c.typicalRange_deg()));
        for (int i = 0; i < 3; i++) c.accepted(excursion(2.4, 2.0), null);
        assertEquals(Verdict.REP, c.judge(excursion(2.4, 2.0), null, 0.99, Double.NaN, false));
    }

    @Test
    void aQuickMovementThatSettledElsewhereMayBeTheResettleBetweenBlocks() {
        RepClassifier c = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("heel-scoop"), 5.0);
        // before the typical rep is known nothing is held
        assertFalse(c.maybeResettle(excursion(2.8, 2.0, Excursion.End.SETTLED)));
        for (int i = 0; i < 3; i++) c.accepted(excursion(2.4, 2.8), null);
        // 2.0 s wide (below 0.8 x 2.8 s) and ended somewhere else: may be the switch to the other side
        assertTrue(c.maybeResettle(excursion(2.8, 2.0, Excursion.End.SETTLED)));
        // as quick but back where it started: a rushed rep
        assertFalse(c.maybeResettle(excursion(2.8, 2.0, Excursion.End.RETURNED)));
        // settled, but at a rep's pace: a rep that did not quite return
        assertFalse(c.maybeResettle(excursion(2.4, 2.6, Excursion.End.SETTLED)));
    }

    @Test
    void aSmallMovementAtTheExercisesTempoIsNotBreathing() {
        RepClassifier c = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("heel-scoop"), 5.0);
        for (int i = 0; i < 3; i++) c.accepted(excursion(2.5, 2.8), new RepTiming(0, 3, 3, 6, 3));
        // a fifth of the range, within 7 rest wobbles, pointing away from the reps (a breath turned it)
        Excursion small = quietExcursion(0.55, 2.7);
        assertEquals(Verdict.NOISE, c.judge(small, null, -0.88, Double.NaN, false));
        // but 2.6 s out and 2.6 s back, as wide as a rep: a partial rep at the exercise's tempo
        assertEquals(Verdict.REP, c.judge(small, new RepTiming(0, 2.6, 2.8, 5.4, 2.7), -0.88, Double.NaN, false));
        // a slow breath: 1.8 s each way, narrower than a rep
        assertEquals(Verdict.NOISE, c.judge(quietExcursion(0.55, 1.7), new RepTiming(0, 1.8, 1.8, 3.6, 1.8), -0.88, Double.NaN, false));
        // a quick way back is no rep's either
        assertEquals(Verdict.NOISE, c.judge(small, new RepTiming(0, 2.6, 2.8, 4.2, 2.7), -0.88, Double.NaN, false));
    }

    @Test
    void anAttemptThatRushedOutAndStoppedAtTheTopWasGivenUp() {
        RepClassifier c = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("heel-scoop"), 5.0);
        for (int i = 0; i < 3; i++) c.accepted(excursion(2.9, 2.9), new RepTiming(0, 3, 3, 6, 3));
        // a third of the range at 0.8 of the width: slow enough by its speed, and 3.6 s long
        Excursion small = excursion(0.95, 2.3);
        assertFalse(GivenUpRules.abandoned(0.95 / 2.9, 2.3 / 2.9, 3.6 / 6, 1.6 / 3));
        // 1.4 s out, 0.55 s stopped at the top, 1.6 s back: given up
        assertEquals(Verdict.ABANDONED, c.judge(small, new RepTiming(0, 1.4, 1.95, 3.55, 1.7), 0.99, Double.NaN, false));
        // the same range at the exercise's pace, turning at the top: a partial rep
        assertEquals(Verdict.REP, c.judge(small, new RepTiming(0, 2.4, 2.6, 4.6, 2.5), 0.99, Double.NaN, false));
        // a partial rep that hesitated at its top but lasted about a rep
        assertEquals(Verdict.REP, c.judge(small, new RepTiming(0, 1.9, 3.0, 5.2, 2.4), 0.99, Double.NaN, false));
        // an exercise with a hold: a stop at the top is what a rep does
        RepClassifier cobra = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("cobra-lift"), 5.0);
        for (int i = 0; i < 3; i++) cobra.accepted(excursion(2.9, 2.9), new RepTiming(0, 4, 6.5, 10.5, 5));
        assertFalse(cobra.givenUpRules().stoppedShort(0.33, new RepTiming(0, 1.4, 1.95, 3.55, 1.7), 0.34));
        // settled elsewhere or within 8 rest wobbles: its shape is not trusted
        assertEquals(Verdict.REP, c.judge(excursion(0.95, 2.3, Excursion.End.SETTLED), new RepTiming(0, 1.4, 1.95, 3.55, 1.7), 0.99, Double.NaN, false));
        assertEquals(Verdict.REP, c.judge(quietExcursion(0.95, 2.3), new RepTiming(0, 1.4, 1.95, 3.55, 1.7), 0.99, Double.NaN, false));
    }

    @Test
    void aMovementThatHeldItsTopWasARepNotAnAttemptGivenUp() {
        RepClassifier c = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("arm-leg-extension"), 5.0);
        for (int i = 0; i < 3; i++) c.accepted(excursion(3.0, 6.5), new RepTiming(0, 3.5, 7, 10.5, 5));
        // 0.6 of the range, out in 1.5 s, stopped 0.6 s, back in 2.4 s (under half her reps' time): given up
        Excursion small = excursion(1.8, 4.0);
        assertEquals(Verdict.ABANDONED, c.judge(small, new RepTiming(0, 1.5, 2.1, 4.5, 1.8), 0.99, Double.NaN, false));
        // out in 0.8 s and back in 0.8 s around a 3.4-s hold (the target is 3-4 s): a rep, short of range
        assertEquals(Verdict.REP, c.judge(small, new RepTiming(0, 0.8, 4.2, 5.0, 2.5), 0.99, Double.NaN, false));
        assertTrue(c.givenUpRules().heldTop(new RepTiming(0, 0.5, 2.0, 3.0, 1.2)), "1.5 s is half the 3-s target hold");
        assertFalse(c.givenUpRules().heldTop(new RepTiming(0, 0.5, 1.9, 3.0, 1.2)));
    }

    @Test
    void aQuickMovementBelowAPartialRepsRangeIsAFidget() {
        RepClassifier c = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("heel-scoop"), 5.0);
        for (int i = 0; i < 3; i++) c.accepted(excursion(2.5, 2.7), new RepTiming(0, 3, 3, 6, 3));
        // a quarter of the range, pointing like the reps, as wide as a rep: a rep by range and width
        Excursion small = excursion(0.6, 2.6);
        assertEquals(Verdict.REP, c.judge(small, new RepTiming(0, 2.8, 2.9, 5.7, 2.8), 0.99, Double.NaN, false));
        // but over in 2.8 s (the side switch between blocks): not a rep
        assertEquals(Verdict.FIDGET, c.judge(small, new RepTiming(0, 1.0, 1.0, 2.8, 1.0), 0.99, Double.NaN, false));
    }

    /** As {@link #excursion(double, double)} with its peak within 7 rest wobbles. */
    @Test
    void beforeHerRepsAreTimedAnAttemptHurriedBothWaysWithAStopWasGivenUp() {
        RepClassifier c = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("heel-scoop"), 5.0);
        // one rep so far (a partial first rep taught a small range; no typical duration yet)
        c.accepted(excursion(1.0, 3.0), new RepTiming(0, 3, 3, 6, 3));
        Excursion attempt = excursion(1.0, 2.0);
        // 1.4 s out, 0.5 s stopped at the top, 1.5 s back: given up, whatever its range reads
        assertEquals(Verdict.ABANDONED, c.judge(attempt, new RepTiming(0, 1.4, 1.9, 3.4, 1.6), 0.99, Double.NaN, false));
        // hurried both ways but turning at the top: a rushed rep
        assertEquals(Verdict.REP, c.judge(attempt, new RepTiming(0, 1.4, 1.5, 3.0, 1.45), 0.99, Double.NaN, false));
        // a stop at the top but back at the exercise's pace: not hurried both ways
        assertEquals(Verdict.REP, c.judge(attempt, new RepTiming(0, 1.4, 1.9, 4.7, 1.6), 0.99, Double.NaN, false));
        // settled elsewhere: its shape is not trusted
        assertEquals(Verdict.REP, c.judge(excursion(1.0, 2.0, Excursion.End.SETTLED), new RepTiming(0, 1.4, 1.9, 3.4, 1.6), 0.99, Double.NaN, false));
        // an exercise with a hold: a stop at the top is what a rep does
        RepClassifier cobra = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("cobra-lift"), 5.0);
        assertFalse(cobra.givenUpRules().hurriedBothWays(new RepTiming(0, 1.4, 1.9, 3.4, 1.6), Double.NaN, 2.0));
        // once her reps are timed, stoppedShort decides instead
        assertFalse(c.givenUpRules().hurriedBothWays(new RepTiming(0, 1.4, 1.9, 3.4, 1.6), 0.6, 2.0));
    }

    /** fresh16 16036 rep 1, fresh20 20012 rep 2: partial reps whose small ramps read hurried, kept her pace over their middle. */
    @Test
    void aMovementHurriedAtItsEndsButWideAtHalfPeakKeptThePace() {
        RepClassifier c = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("rear-leg-lift"), 5.0);
        RepTiming hurried = new RepTiming(0, 1.88, 2.54, 4.62, 2.2);
        // the set's first movement: 1.88 s out, 0.66 s at the top, 2.08 s back, but 2.68 s wide at half its peak
        assertEquals(Verdict.REP, c.judge(excursion(1.0, 2.68), hurried, Double.NaN, Double.NaN, false));
        // as narrow as an attempt given up (at most about 2.4 s measured): given up
        assertEquals(Verdict.ABANDONED, c.judge(excursion(1.0, 2.2), hurried, Double.NaN, Double.NaN, false));
        // after a rep, before her reps are timed, the same
        c.accepted(excursion(1.0, 3.0), new RepTiming(0, 3, 3, 6, 3));
        assertEquals(Verdict.REP, c.judge(excursion(1.0, 2.68), hurried, 0.99, Double.NaN, false));
        assertEquals(Verdict.ABANDONED, c.judge(excursion(1.0, 2.2), hurried, 0.99, Double.NaN, false));
        GivenUpRules rules = c.givenUpRules();
        // wide by a long stop at its top (a split rep, a fidget): not kept the pace
        assertTrue(rules.hurriedBothWays(new RepTiming(0, 1.1, 2.6, 4.1, 1.8), Double.NaN, 3.1));
        // wider than the movement itself: the half-peak reading spans something else
        assertTrue(rules.hurriedBothWays(new RepTiming(0, 0.94, 1.57, 2.55, 1.2), Double.NaN, 3.5));
    }

    @Test
    void beforeHerRepsAreTimedAMovementAtTheTargetsPaceIsAPartialRepWhateverItsSpeedReads() {
        RepClassifier c = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("heel-scoop"), 5.0);
        // one rep so far: a typical range and width, no typical duration yet
        c.accepted(excursion(2.0, 3.0), new RepTiming(0, 3, 3, 6, 3));
        // under half the range at 0.87 of the width: fast enough by range over width to read given up
        Excursion small = excursion(0.95, 2.6);
        assertTrue(GivenUpRules.abandoned(0.95 / 2.0, 2.6 / 3.0, Double.NaN, Double.NaN));
        // 2.5 s out, 0.3 s at the top, 2.5 s back: the exercise's pace (3 s + 3 s), a partial rep
        assertEquals(Verdict.REP, c.judge(small, new RepTiming(0, 2.5, 2.8, 5.3, 2.6), 0.99, Double.NaN, false));
        // as long, but dropped back in 1.5 s (a movement merged with its start stretched its way out): given up
        assertEquals(Verdict.ABANDONED, c.judge(small, new RepTiming(0, 3.5, 3.8, 5.3, 3.6), 0.99, Double.NaN, false));
        // rushed out in 1.6 s, turned, back in 2.6 s: given up
        assertEquals(Verdict.ABANDONED, c.judge(small, new RepTiming(0, 1.6, 1.8, 4.4, 1.7), 0.99, Double.NaN, false));
        // over in 3.8 s: given up
        assertEquals(Verdict.ABANDONED, c.judge(small, new RepTiming(0, 2.1, 2.1, 3.8, 2.1), 0.99, Double.NaN, false));
        // once her reps are timed, the typical duration decides instead
        assertFalse(c.givenUpRules().keptTargetTempo(new RepTiming(0, 2.5, 2.8, 5.3, 2.6), 0.9));
        // routine 39101 rep 3: 2.07 s out (its small ramp's start hidden by breathing), 0.2 s at the top,
        // 2.23 s back: the targets' pace, a partial rep; 1.9 s out is rushed
        assertEquals(Verdict.REP, c.judge(small, new RepTiming(0, 2.07, 2.27, 4.5, 2.2), 0.99, Double.NaN, false));
        assertEquals(Verdict.ABANDONED, c.judge(small, new RepTiming(0, 1.9, 2.27, 4.5, 2.1), 0.99, Double.NaN, false));
    }

    /** A movement from rest (the rest before it 0.02 degrees back) whose peak stands 7 rest wobbles out. */
    private static Excursion quietExcursion(double peak_deg, double width_s) {
        double[] t = {0, 1, 1 + width_s, 2 + width_s};
        double[] v = {0, peak_deg, peak_deg, 0};
        return new Excursion(0, 3, t, v, v, peak_deg, 1, 7, 1, 0, 0, 0, 0, 1, Excursion.End.RETURNED, -0.02);
    }

    /** An out-and-back movement spending width_s at or above half its peak. */
    @Test
    void aQuickMovementBackWhereItStartedAtARushedRepsSpeedIsARepPointingOnlyRoughlyLikeTheReps() {
        RepClassifier c = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("heel-scoop"), 5.0);
        // her reps: 2.5 degrees out in 2.8 s, back in 2.8 s
        for (int i = 0; i < 3; i++) c.accepted(ramped(2.5, 2.8, Excursion.End.RETURNED), new RepTiming(0, 2.8, 2.8, 5.6, 2.8));
        // the same range in half the time, back where it started, 0.75 from the side's reps: a rushed rep
        assertEquals(Verdict.REP, c.judge(ramped(2.5, 1.4, Excursion.End.RETURNED), null, 0.75, 7.5, false));
        // the same but settled somewhere else: a shift, not a rep
        assertEquals(Verdict.FIDGET, c.judge(ramped(2.5, 1.4, Excursion.End.SETTLED), null, 0.75, 7.5, false));
        // back where it started but no faster than her reps (0.7 of her range in 0.9 of her time): not rushed
        assertEquals(Verdict.FIDGET, c.judge(ramped(1.8, 1.3, Excursion.End.RETURNED), null, 0.75, 7.5, false));
    }

    @Test
    void aSmallMovementPointingAwayFromBothSidesIsAFidgetHoweverSlow() {
        RepClassifier c = new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("rear-leg-lift"), 5.0);
        for (int i = 0; i < 3; i++) c.accepted(excursion(2.5, 2.8), null);
        // 0.35 of her range, as wide as a rep, pointing away from both sides' reps: a shift on the mat
        assertEquals(Verdict.FIDGET, c.judge(excursion(0.9, 2.8), null, -0.4, 7.5, false));
        // while the other side has no rep yet it may be that side's first (partial) rep
        assertNotEquals(Verdict.FIDGET, c.judge(excursion(0.9, 2.8), null, -0.4, 7.5, true));
        // pointing like a side's reps: a partial rep
        assertEquals(Verdict.REP, c.judge(excursion(0.9, 2.8), null, 0.95, 7.5, false));
    }

    /** A smooth rep sampled at 50 Hz: out over ramp_s (raised cosine), a 0.2 s top, back over ramp_s. */
    private static Excursion ramped(double peak_deg, double ramp_s, Excursion.End end) {
        double dt = 0.02;
        int nRamp = (int) Math.round(ramp_s / dt);
        int nTop = 10;
        int n = 2 * nRamp + nTop + 1;
        double[] t = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * dt;
            if (i < nRamp) v[i] = peak_deg * 0.5 * (1 - Math.cos(Math.PI * i / nRamp));
            else if (i < nRamp + nTop) v[i] = peak_deg;
            else v[i] = peak_deg * 0.5 * (1 + Math.cos(Math.PI * Math.min(1.0, (i - nRamp - nTop) / (double) nRamp)));
        }
        return new Excursion(0, n - 1, t, v, v, peak_deg, nRamp, 50, 1, 0, 0, 0, 0, 1, end, 0);
    }

    private static Excursion excursion(double peak_deg, double width_s) {
        return excursion(peak_deg, width_s, Excursion.End.RETURNED);
    }

    private static Excursion excursion(double peak_deg, double width_s, Excursion.End end) {
        double[] t = {0, 1, 1 + width_s, 2 + width_s};
        double[] v = {0, peak_deg, peak_deg, 0};
        return new Excursion(0, 3, t, v, v, peak_deg, 1, 50, 1, 0, 0, 0, 0, 1, end, 0);
    }

    private static Excursion excursion(double peak_deg) {
        double[] t = {0, 1, 2, 3};
        double[] v = {0, peak_deg, peak_deg, 0};
        return new Excursion(0, 3, t, v, v, peak_deg, 1, 50, 1, 0, 0, 0, 0, 1, Excursion.End.RETURNED, 0);
    }

    /** A waiting movement whose phases are not known. */
    private static TimedMovement untimed(Excursion e) {
        return new TimedMovement(e, null);
    }
}

package com.reptempo.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Fidgets judged before the typical range was settled, judged again once it is. */
class EarlyVerdictsTest {
    @Test
    void aFidgetThatIsARushedRepAgainstTheSettledRepsIsCountedInItsOrder() {
        // routine 4140 set 3: the other side's rushed rep came before that side had any rep
        EarlyVerdicts early = new EarlyVerdicts();
        Excursion first = excursion(10, 2.9);
        Excursion rushed = excursion(20, 2.7);
        Excursion second = excursion(30, 2.8);
        early.add(first, null, true);
        early.add(rushed, null, false);
        early.add(second, null, true);
        List<TimedMovement> reps = early.rejudged((e, t) -> EarlyVerdicts.flips(Verdict.REP, 1.0), false);
        assertEquals(List.of(first, rushed, second), reps.stream().map(TimedMovement::excursion).toList());
        assertEquals(0, early.reps());
    }

    @Test
    void aFidgetPointingOnlyLooselyLikeTheRepsStaysAFidget() {
        // routine 12102 set 1: a shift of her range pointing 0.83 like the reps
        EarlyVerdicts early = new EarlyVerdicts();
        early.add(excursion(10, 2.3), null, true);
        early.add(excursion(20, 2.3), null, false);
        assertNull(early.rejudged((e, t) -> EarlyVerdicts.flips(Verdict.REP, 0.83), false));
        assertEquals(false, EarlyVerdicts.flips(Verdict.REP, 0.83));
        assertEquals(true, EarlyVerdicts.flips(Verdict.REP, 0.95));
    }

    @Test
    void repsAreNeverWithdrawnAndNothingIsRecountedWhenNoFidgetFlips() {
        EarlyVerdicts early = new EarlyVerdicts();
        early.add(excursion(10, 2.9), null, true);
        early.add(excursion(20, 1.1), null, true);
        early.add(excursion(30, 0.4), null, false);
        // a rep now reading as an attempt given up stays counted; a fidget that is still one stays out
        assertNull(early.rejudged((e, t) -> EarlyVerdicts.flips(
                e.peak_deg() > 2 ? Verdict.REP : e.peak_deg() > 1 ? Verdict.ABANDONED : Verdict.FIDGET, 1.0), false));
    }

    @Test
    void afterTheFirstRepIsWithdrawnTheEarlyFidgetsAreJudgedAgainstTheRecountedReps() {
        // a settling tilt founded the typical range, a rushed rep read as a fidget against it; the
        // tilt is withdrawn (FirstRepCheck) and the later reps counted again from scratch
        EarlyVerdicts early = new EarlyVerdicts();
        Excursion tilt = excursion(5, 0.5);
        Excursion rushed = excursion(15, 2.7);
        Excursion[] later = {excursion(25, 2.9), excursion(35, 2.8), excursion(45, 3.0)};
        early.add(tilt, null, true);
        early.add(rushed, null, false);
        for (Excursion e : later) early.add(e, null, true);
        early.forgetReps();
        for (Excursion e : later) early.add(e, null, true);
        // every rep counted now was counted early: the re-judging is not skipped
        assertEquals(3, early.reps());
        List<TimedMovement> reps = early.rejudged((e, t) -> EarlyVerdicts.flips(Verdict.REP, 1.0), false);
        assertEquals(List.of(rushed, later[0], later[1], later[2]), reps.stream().map(TimedMovement::excursion).toList());
    }

    @Test
    void tooManyEarlyMovementsAreNotRejudged() {
        EarlyVerdicts early = new EarlyVerdicts();
        for (int i = 0; i <= EarlyVerdicts.STORE; i++) early.add(excursion(i, 1), null, false);
        assertNull(early.rejudged((e, t) -> EarlyVerdicts.flips(Verdict.REP, 1.0), false));
    }

    @Test
    void whileTheFirstRepMayStillBeATiltTheFidgetsThatDoNotFlipStayKept() {
        // routine 25102 set 3: a settling tilt founded the range and a side, so the rushed reps of the
        // other side read as fidgets and still did when the range settled; the tilt is withdrawn one
        // rep later and the fidgets must still be there to be judged against the recounted reps
        EarlyVerdicts early = new EarlyVerdicts();
        Excursion tilt = excursion(5, 0.5);
        Excursion rushed = excursion(15, 2.3);
        Excursion[] later = {excursion(25, 2.7), excursion(35, 2.8)};
        early.add(tilt, null, true);
        early.add(rushed, null, false);
        for (Excursion e : later) early.add(e, null, true);
        assertNull(early.rejudged((e, t) -> EarlyVerdicts.flips(Verdict.FIDGET, 0.4), true));
        assertEquals(0, early.reps());
        for (Excursion e : later) early.add(e, null, true);
        early.add(excursion(45, 2.9), null, true);
        List<TimedMovement> reps = early.rejudged((e, t) -> EarlyVerdicts.flips(Verdict.REP, 0.99), false);
        assertEquals(List.of(rushed, later[0], later[1]), reps.stream().map(TimedMovement::excursion).toList().subList(0, 3));
    }

    private static Excursion excursion(double start_s, double peak_deg) {
        double[] t = {start_s, start_s + 1, start_s + 2, start_s + 3};
        double[] v = {0, peak_deg, peak_deg, 0};
        return new Excursion((long) (100 * start_s), (long) (100 * start_s) + 300, t, v, v, peak_deg, 1, 50, 1, 0, 0, 0, 0, 1,
                Excursion.End.RETURNED, 0);
    }
}

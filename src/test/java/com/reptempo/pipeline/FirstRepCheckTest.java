package com.reptempo.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check of a set's first rep against the next ones. */
class FirstRepCheckTest {
    @Test
    void aFirstRepSmallerThanAnyPartialRepAndPointingElsewhereWasSettling() {
        // 0.55 degrees against reps of 2.9 (0.19), tilting about another axis: settling on the mat
        assertTrue(FirstRepCheck.settlingTilt(0.55, 2.9, 0.5));
        // a partial rep: a quarter of her range, even when breathing skews its direction
        assertFalse(FirstRepCheck.settlingTilt(0.73, 2.9, 0.65));
        // as small, but turning about her reps' axis: a rep
        assertFalse(FirstRepCheck.settlingTilt(0.55, 2.9, 0.9));
    }

    @Test
    void aFirstRepSmallerThanARepAndPointingAwayFromEveryLaterRepWasTheEndOfGettingIntoPosition() {
        // routine 4103 set 1: 1.06 degrees against reps of 2.9, opposite to all of them
        assertTrue(FirstRepCheck.settlingTilt(1.06, 2.9, -0.85));
        // a partial rep of that size turns about its side's axis: kept
        assertFalse(FirstRepCheck.settlingTilt(1.06, 2.9, 0.85));
        // a rep-sized first movement, whatever its direction, is left to the other rules
        assertFalse(FirstRepCheck.settlingTilt(2.3, 2.9, -0.85));
    }

    @Test
    void aSecondTiltBeforeTheSetDoesNotVouchForTheFirst() {
        RepClassifier c = classifier();
        FirstRepCheck check = new FirstRepCheck();
        // two breathing tilts about the same axis before the set (routine 4102 set 3), then reps
        check.remember(0, excursion(0.52, 0, 1, 0), null);
        check.remember(1, excursion(0.51, 0, 1, 0), null);
        check.remember(2, excursion(2.9, 1, 0, 0), null);
        check.remember(3, excursion(2.8, 1, 0, 0), null);
        assertTrue(check.firstWasSettling(4, c));
        // after the recount the new first is checked again
        check.restart();
        check.remember(0, excursion(0.51, 0, 1, 0), null);
        check.remember(1, excursion(2.9, 1, 0, 0), null);
        check.remember(2, excursion(2.8, 1, 0, 0), null);
        check.remember(3, excursion(3.0, 1, 0, 0), null);
        assertTrue(check.due(4));
        assertTrue(check.firstWasSettling(4, c));
    }

    @Test
    void theFirstIsCheckedOnceThreeLaterRepsThatAreNotOutliersAreKnown() {
        RepClassifier c = classifier();
        FirstRepCheck check = new FirstRepCheck();
        check.remember(0, excursion(0.55, 0, 1, 0), null);
        check.remember(1, excursion(2.9, 1, 0, 0), null);
        check.remember(2, excursion(2.8, 1, 0, 0), null);
        // a pelvis outlier tells nothing about her range
        check.remember(3, excursion(9.0, 1, 0, 0), null);
        assertTrue(check.due(4));
        assertFalse(check.firstWasSettling(4, c));
        assertTrue(check.due(4));
        check.remember(4, excursion(3.0, 1, 0, 0), null);
        assertTrue(check.firstWasSettling(5, c));
        assertFalse(check.due(5));
        // the later reps are kept for the recount
        assertEquals(2.9, check.rep(1).excursion().peak_deg());
        // a restarted set is checked again
        check.restart();
        assertTrue(check.due(5));
    }

    @Test
    void aFirstRepLikeTheOthersIsKeptAndNotCheckedAgain() {
        RepClassifier c = classifier();
        FirstRepCheck check = new FirstRepCheck();
        for (int i = 0; i < 4; i++) check.remember(i, excursion(2.9, 1, 0, 0), null);
        assertFalse(check.due(3));
        assertFalse(check.firstWasSettling(4, c));
        assertFalse(check.due(4));
        // once decided, later reps are no longer remembered
        check.remember(1, excursion(0.1, 0, 1, 0), null);
        assertEquals(2.9, check.rep(1).excursion().peak_deg());
    }

    private static RepClassifier classifier() {
        return new RepClassifier(com.reptempo.storage.RoutineJson.bundled().get("rear-leg-lift"), 5.0);
    }

    private static Excursion excursion(double peak_deg, double dirX, double dirY, double dirZ) {
        double[] t = {0, 1, 2, 3};
        double[] v = {0, peak_deg, peak_deg, 0};
        return new Excursion(0, 3, t, v, v, peak_deg, 1, 50, dirX, dirY, dirZ, 0, 0, 1, Excursion.End.RETURNED, 0);
    }
}

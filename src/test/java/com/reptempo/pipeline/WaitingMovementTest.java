package com.reptempo.pipeline;

import com.reptempo.model.Side;
import com.reptempo.model.SideMode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules that decide a movement waiting for the next rep's evidence. */
class WaitingMovementTest {
    @Test
    void aSlotHoldsOneMovementUntilTakenOrCleared() {
        WaitingMovement slot = new HeldQuickMovement();
        assertFalse(slot.waiting());
        Excursion e = excursion(2.0, 1, 0, 0);
        slot.hold(e, null);
        assertTrue(slot.waiting());
        assertEquals(e, slot.take().excursion());
        assertFalse(slot.waiting());
        assertNull(slot.take());
        slot.hold(e, null);
        slot.clear();
        assertFalse(slot.waiting());
    }

    @Test
    void aPendingFirstMovementIsARepUnlessTheNextIsMuchBigger() {
        WaitingMovement pending = new PendingFirstMovement();
        SideClassifier sides = new SideClassifier(SideMode.NONE, Side.RIGHT);
        // 2.2 against 2.8 (0.79): about as big
        assertTrue(pending.wasRep(untimed(excursion(2.2, 1, 0, 0)), excursion(2.8, 1, 0, 0), sides));
        // 1.4 against 2.8 (0.5): given up
        assertFalse(pending.wasRep(untimed(excursion(1.4, 1, 0, 0)), excursion(2.8, 1, 0, 0), sides));
        assertEquals(Verdict.ABANDONED, pending.droppedAs());
        // no rep came after it: nothing says it was not one
        assertTrue(PendingFirstMovement.aboutAsBig(1.4, 0));
        assertTrue(pending.repAtEndOfSet());
    }

    @Test
    void aHeldQuickMovementIsARepWhenTheNextPointsTheSameWay() {
        WaitingMovement held = new HeldQuickMovement();
        SideClassifier sides = new SideClassifier(SideMode.ALTERNATING, Side.RIGHT);
        SideReps.classify(sides, 1, 0, 0, false);
        // the rushed first rep of the other side: the next rep turns about the same axis
        assertTrue(held.wasRep(untimed(excursion(2.0, 0, 1, 0)), excursion(2.5, 0, 1, 0), sides));
        // a shift on the mat: about another axis than the next rep and than any side's reps
        assertFalse(held.wasRep(untimed(excursion(2.0, 0, 0, 1)), excursion(2.5, 0, 1, 0), sides));
        assertEquals(Verdict.FIDGET, held.droppedAs());
        assertFalse(held.repAtEndOfSet());
    }

    @Test
    void aPossibleResettleWasTheSwitchWhenTheNextRepFoundsTheOtherSide() {
        WaitingMovement resettle = new PossibleResettle();
        SideClassifier sides = new SideClassifier(SideMode.BLOCKS, Side.RIGHT);
        SideReps.classify(sides, 1, 0, 0, false);
        // the next rep points clearly away from the first block's: the other block began
        assertFalse(resettle.wasRep(untimed(excursion(2.0, 1, 0, 0)), excursion(2.5, 0, 1, 0), sides));
        assertEquals(Verdict.FIDGET, resettle.droppedAs());
        // the next rep points like the first block's: it was a rep
        assertTrue(resettle.wasRep(untimed(excursion(2.0, 1, 0, 0)), excursion(2.5, 1, 0, 0), sides));
        assertTrue(resettle.repAtEndOfSet());
    }

    @Test
    void aSmallMovementOfAnAlternatingSetIsARepUnlessTheSameLegComesNext() {
        double h = Math.sqrt(0.5);
        SideClassifier sides = new SideClassifier(SideMode.ALTERNATING, Side.RIGHT);
        sides.classify(h, h, 0, 0, 0, 1, 3.0, Double.NaN, false);
        sides.classify(h, -h, 0, 0, 0, 1, 3.0, Double.NaN, false);
        assertTrue(sides.alternatingKnown());
        WaitingMovement slot = new NextSideDecides();
        Excursion small = excursion(1.2, h, h, 0);
        // the other leg's rep next: she alternates, so the small one was a partial rep
        assertTrue(slot.wasRep(untimed(small), excursion(3.0, h, -h, 0), sides));
        // the same leg again: the small one was an attempt given up, tried again
        assertFalse(slot.wasRep(untimed(small), excursion(3.0, 0.8, 0.6, 0), sides));
        assertEquals(Verdict.ABANDONED, slot.droppedAs());
        // nothing came after it: her last rep, partial
        assertTrue(slot.repAtEndOfSet());
        // before both sides have reps the side cannot decide
        assertFalse(new SideClassifier(SideMode.ALTERNATING, Side.RIGHT).alternatingKnown());
        assertFalse(new SideClassifier(SideMode.BLOCKS, Side.RIGHT).alternatingKnown());
    }

    @Test
    void beforeASideHasAClusterTheTwoMovementsOwnDirectionsTellTheLeg() {
        // fresh8 8033: the left leg's reps so far were pelvis outliers, which teach nothing; only the
        // right leg has a cluster when the left leg's attempt given up waits
        double h = Math.sqrt(0.5);
        SideClassifier sides = new SideClassifier(SideMode.ALTERNATING, Side.RIGHT);
        sides.classify(h, h, 0, 0, 0, 1, 3.0, Double.NaN, false);
        assertFalse(sides.alternatingKnown());
        WaitingMovement slot = new NextSideDecides();
        Excursion leftAttempt = excursion(1.5, h, -h, 0);
        // the left leg again: an attempt given up, tried again
        assertFalse(slot.wasRep(untimed(leftAttempt), excursion(3.0, h, -h, 0), sides));
        // the right leg next: she alternates, a partial rep of the left leg
        assertTrue(slot.wasRep(untimed(leftAttempt), excursion(3.0, h, h, 0), sides));
    }

    @Test
    void inAlternationAPendingFirstMovementFollowedByTheSameLegWasGivenUp() {
        // fresh27 27036: the set's first movement, an attempt given up reading 0.71 of the rep that
        // followed it, of the same leg
        double h = Math.sqrt(0.5);
        WaitingMovement pending = new PendingFirstMovement();
        SideClassifier sides = new SideClassifier(SideMode.ALTERNATING, Side.RIGHT);
        assertFalse(pending.wasRep(untimed(excursion(2.2, h, h, 0)), excursion(2.8, h, h, 0), sides));
        // the other leg next: a first rep
        assertTrue(pending.wasRep(untimed(excursion(2.2, h, h, 0)), excursion(2.8, h, -h, 0), sides));
        // a rep counted since (a pelvis outlier of the other leg, not the evidence): the leg tells nothing
        sides.classify(h, -h, 0, 0, 0, 1, 9.0, Double.NaN, true);
        assertTrue(pending.wasRep(untimed(excursion(2.2, h, h, 0)), excursion(2.8, h, h, 0), sides));
        // not alternating: the size alone decides
        assertTrue(pending.wasRep(untimed(excursion(2.2, h, h, 0)), excursion(2.8, h, h, 0), new SideClassifier(SideMode.BLOCKS, Side.RIGHT)));
    }

    private static Excursion excursion(double peak_deg, double dirX, double dirY, double dirZ) {
        double[] t = {0, 1, 2, 3};
        double[] v = {0, peak_deg, peak_deg, 0};
        return new Excursion(0, 3, t, v, v, peak_deg, 1, 50, dirX, dirY, dirZ, 0, 0, 1, Excursion.End.RETURNED, 0);
    }

    /** A waiting movement whose phases are not known. */
    private static TimedMovement untimed(Excursion e) {
        return new TimedMovement(e, null);
    }
}

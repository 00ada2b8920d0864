package com.reptempo.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A first rep that may hold the move into position founds nothing. */
class IntoPositionWatchTest {
    @Test
    void aFirstRepThatSettledElsewhereBeforeAnyMoveIntoPositionMayHoldTheMove() {
        IntoPositionWatch watch = new IntoPositionWatch();
        assertTrue(watch.mayHoldTheMove(0, Excursion.End.SETTLED));
        // a rep that came back to its start is a rep
        assertFalse(watch.mayHoldTheMove(0, Excursion.End.RETURNED));
        // once a rep is counted, the set has begun
        assertFalse(watch.mayHoldTheMove(1, Excursion.End.SETTLED));
    }

    @Test
    void onceTheMoveIntoPositionWasSeenAFirstRepThatSettledIsARep() {
        IntoPositionWatch watch = new IntoPositionWatch();
        watch.seen(Verdict.NOISE, Excursion.End.RETURNED);
        assertTrue(watch.mayHoldTheMove(0, Excursion.End.SETTLED));
        watch.seen(Verdict.REPOSITIONED, Excursion.End.STUCK);
        assertFalse(watch.mayHoldTheMove(0, Excursion.End.SETTLED));
        IntoPositionWatch afterPosture = new IntoPositionWatch();
        afterPosture.seen(Verdict.NOISE, Excursion.End.POSTURE_CHANGE);
        assertFalse(afterPosture.mayHoldTheMove(0, Excursion.End.SETTLED));
    }

    @Test
    void aQuickFirstMovementThatSettledFarBiggerThanTheNextWasTheMoveOnItsOwn() {
        IntoPositionWatch watch = new IntoPositionWatch();
        // getting onto hands and knees: 8.1 degrees, settled, before reps of 3.1
        assertTrue(watch.wasTheMove(excursion(8.13, Excursion.End.SETTLED), excursion(3.09, Excursion.End.RETURNED)));
        // a rushed first rep about as big as the next
        assertFalse(watch.wasTheMove(excursion(2.34, Excursion.End.SETTLED), excursion(2.35, Excursion.End.RETURNED)));
        // a big quick movement that came back to its start
        assertFalse(watch.wasTheMove(excursion(8.13, Excursion.End.RETURNED), excursion(3.09, Excursion.End.RETURNED)));
        // once the move into position was seen, a settled first movement is not it
        watch.seen(Verdict.NOISE, Excursion.End.POSTURE_CHANGE);
        assertFalse(watch.wasTheMove(excursion(8.13, Excursion.End.SETTLED), excursion(3.09, Excursion.End.RETURNED)));
    }

    private static Excursion excursion(double peak_deg, Excursion.End end) {
        double[] t = {0, 1, 2, 3};
        double[] v = {0, peak_deg, peak_deg, 0};
        return new Excursion(0, 3, t, v, v, peak_deg, 1, 50, 1, 0, 0, 0, 0, 1, end, 0);
    }
}

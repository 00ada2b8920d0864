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
}

package com.reptempo.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The turning-point state's transitions, driven directly. */
class TurningPointTest {
    private final TurningPoint turn = new TurningPoint();

    @Test
    void aStartStraightOutOfAReturnIsOnATurningPoint() {
        assertFalse(turn.startedOnTurn());
        turn.onStartFromRest(10.3, 10.0);
        assertTrue(turn.startedOnTurn());
        turn.onEnd(Excursion.End.SETTLED);
        turn.onStartFromRest(10.0 + TurningPoint.TURN_GAP_S + 0.01, 10.0);
        assertFalse(turn.startedOnTurn());
    }

    @Test
    void aMovementBackAtItsTurningPointHandsItOnHoweverLongTheTopWasHeld() {
        turn.onStartFromRest(10.2, 10.0);
        turn.onEnd(Excursion.End.RETURNED);
        turn.onStartFromRest(30.0, 12.0);
        assertTrue(turn.startedOnTurn());
        // and on again while it keeps coming back there
        turn.onEnd(Excursion.End.RETURNED);
        turn.onStartFromRest(40.0, 32.0);
        assertTrue(turn.startedOnTurn());
    }

    @Test
    void anyOtherEndOrAStartFromARestHandsNothingOn() {
        for (Excursion.End end : Excursion.End.values()) {
            if (end == Excursion.End.RETURNED) continue;
            turn.onStartFromRest(10.2, 10.0);
            turn.onEnd(end);
            turn.onStartFromRest(30.0, 12.0);
            assertFalse(turn.startedOnTurn(), end.name());
        }
        turn.onStartFromRest(30.0, 12.0);
        turn.onEnd(Excursion.End.RETURNED);
        turn.onStartFromRest(50.0, 32.0);
        assertFalse(turn.startedOnTurn());
    }

    @Test
    void aRestartWhereItSettledKeepsTheStartsKindUnlessStuck() {
        turn.onStartFromRest(10.2, 10.0);
        turn.onEnd(Excursion.End.SETTLED);
        turn.onRestart(false);
        assertTrue(turn.startedOnTurn());
        turn.onEnd(Excursion.End.STUCK);
        turn.onRestart(true);
        assertFalse(turn.startedOnTurn());
        turn.onRestart(false);
        assertFalse(turn.startedOnTurn());
    }

    @Test
    void theRestFoundWithinTheMovementEndsTheTurningPoint() {
        turn.onStartFromRest(10.2, 10.0);
        turn.onRestFound();
        assertFalse(turn.startedOnTurn());
        turn.onEnd(Excursion.End.RETURNED);
        turn.onStartFromRest(30.0, 12.0);
        assertFalse(turn.startedOnTurn());
    }
}

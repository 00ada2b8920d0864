package com.reptempo.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a held place may end a movement at a new position, and the restart pending from it. */
class RepositioningTest {
    private final RestModel rest = new RestModel();
    private final Closing closing = new Closing(rest);
    private final Repositioning moves = new Repositioning(45, closing, new HeldPlace(), new SignalHistory(1 << 10));

    RepositioningTest() {
        rest.reset(0, 0, 1, 0.2);
    }

    @Test
    void aNewPositionOnlyUntilARepClearOfBreathingWasCounted() {
        assertTrue(moves.mayReposition(10));
        moves.setBegun(true);
        assertTrue(moves.mayReposition(10), "a set begun by a rep at breathing level");
        moves.clearRepCounted();
        assertFalse(moves.mayReposition(10));
        moves.setBegun(false);
        assertTrue(moves.mayReposition(10), "a new set");
        assertFalse(moves.mayReposition(50), "a posture change");
    }

    @Test
    void thePlaceComeBackToLiesBeyondTheReturnLevelAndOnlyMidSetForANewRest() {
        assertTrue(Double.isNaN(moves.returnedToMin_deg(10)), "before the set began");
        double min_deg = Math.max(HeldPlace.MID_SET_MIN_DEG, closing.returnLevel(10));
        assertEquals(min_deg, moves.restFoundMin_deg(10), 0);
        moves.setBegun(true);
        assertEquals(min_deg, moves.returnedToMin_deg(10), 0);
        assertTrue(Double.isNaN(moves.restFoundMin_deg(50)), "a posture change");
    }

    @Test
    void aPendingRestartBlocksFurtherDecisionsAndIsTakenOnce() {
        moves.restartAt(120, true);
        assertTrue(moves.pending());
        assertFalse(moves.mayReposition(10));
        assertTrue(Double.isNaN(moves.restFoundMin_deg(10)));
        assertEquals(120, moves.take());
        assertFalse(moves.pending());
        assertTrue(moves.repositioned(), "kept for ending the movement");
        assertTrue(moves.shifted());
        moves.clear();
        moves.settledAt(80);
        assertEquals(80, moves.take());
        assertFalse(moves.repositioned(), "settled, not a change of position");
    }
}

package com.reptempo.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rest-found-again bookkeeping between samples. */
class RestFoundAgainTest {
    @Test
    void midSetTheRepIsDueOnceTheMovementBeforeItHasEnded() {
        RestFoundAgain r = new RestFoundAgain();
        r.repEndsAt(500);
        assertEquals(-1, r.takeDueRepEnd(), "not before the movement before it has ended");
        r.restartedAt(300);
        assertEquals(500, r.takeDueRepEnd());
        assertEquals(-1, r.takeDueRepEnd(), "only once");
    }

    @Test
    void aRepEndBeforeTheRestartIsForgotten() {
        RestFoundAgain r = new RestFoundAgain();
        r.repEndsAt(200);
        r.restartedAt(300);
        assertEquals(-1, r.takeDueRepEnd());
        r.restartedAt(100);
        assertEquals(-1, r.takeDueRepEnd(), "forgotten, not kept for a later restart");
    }

    @Test
    void beforeTheFirstRepTheFirstRestFoundIsKeptForTheTimeout() {
        RestFoundAgain r = new RestFoundAgain();
        r.keepUnbegun(300, 500);
        r.keepUnbegun(350, 600);
        assertEquals(-1, r.takeUnbegun(100, 301), "no longer in the history");
        assertEquals(300, r.takeUnbegun(100, 0));
        r.restartedAt(300);
        assertEquals(500, r.takeDueRepEnd(), "the rep from it ends at the stay before the last departure");
        assertEquals(-1, r.takeUnbegun(100, 0), "taken once");
    }

    @Test
    void aNewMovementForgetsTheRestKeptBeforeTheFirstRep() {
        RestFoundAgain r = new RestFoundAgain();
        r.keepUnbegun(300, 500);
        r.newMovement();
        assertEquals(-1, r.takeUnbegun(100, 0));
        r.keepUnbegun(300, 500);
        assertEquals(-1, r.takeUnbegun(300, 0), "not after the movement's start");
    }
}

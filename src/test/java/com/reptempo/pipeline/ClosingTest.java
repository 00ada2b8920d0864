package com.reptempo.pipeline;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The close of a movement that came back: its extrapolated end, and the rest found before it. */
class ClosingTest {
    private static final double PEAK_DEG = 2.0;
    private Closing closing;

    /**
     * A 2° movement whose way back passed half the peak at 9 s and slowed, reaching the return
     * level only at 10.5 s: the end extrapolated from that is far off, so it is capped at 12 s.
     */
    @BeforeEach
    void slowedOnTheWayBack() {
        RestModel rest = new RestModel();
        rest.reset(0, 0, 1, 0.1);
        closing = new Closing(rest);
        closing.reset();
        closing.observe(8.99, 1.1, 1.1, PEAK_DEG);
        closing.observe(9.0, 1.1, 0.9, PEAK_DEG);
        closing.begin(10.5, PEAK_DEG);
        assertEquals(10.5 + Closing.MAX_CLOSE_S, closing.closeAt_s(), 1e-9);
    }

    @Test
    void backNearTheStartAndStillItIsOverBeforeTheCap() {
        double level = closing.returnLevel(PEAK_DEG);
        double nearStart = 0.3 * level;
        assertTrue(nearStart > Closing.CLOSED_FRACTION * PEAK_DEG);
        assertFalse(closing.over(11.0, nearStart, PEAK_DEG, Closing.REST_STILL_S - 0.1), "not still long enough yet");
        assertTrue(closing.over(11.2, nearStart, PEAK_DEG, Closing.REST_STILL_S), "at rest 0.8 s before the cap");
    }

    @Test
    void stillAtTheReturnLevelItIsNotOverYet() {
        // a jerky rep pausing on its way back just below the return level: not near the start yet
        double level = closing.returnLevel(PEAK_DEG);
        assertFalse(closing.over(11.5, 0.9 * level, PEAK_DEG, 1.0));
        assertTrue(closing.over(12.0, 0.9 * level, PEAK_DEG, 1.0), "the cap still closes it");
    }

    @Test
    void stillOnlyAsLongAsSinceTheReturnLevelIsNotEnough() {
        // it came below the return level at 10.5 s: stillness counted from before then does not close it at once
        assertFalse(closing.over(10.6, 0.1 * closing.returnLevel(PEAK_DEG), PEAK_DEG, 2.0));
    }
}

package com.reptempo.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RestModelTest {
    /** Breathing-like wobble about one axis, 0.2° amplitude, learned for 60 s at 100 Hz. */
    private static RestModel learnedBreathing() {
        RestModel rest = new RestModel();
        rest.reset(0, 0, 1, 0.05);
        for (int i = 0; i < 6000; i++) {
            double a = Math.toRadians(0.2) * Math.sin(2 * Math.PI * 0.25 * i / 100.0);
            rest.track(0.01, Math.sin(a), 0, Math.cos(a), true);
        }
        return rest;
    }

    @Test
    void roundingTheWobbleTwiceWithoutRestBetweenDoesNotEnlargeIt() {
        // The speed benchmark's hour: every posture change was two movements back to back (0.06 s
        // apart, no rest learned between), each rounded the wobble, and rounding a round wobble
        // widened it by sqrt(1.5): the wobble grew loop after loop and the reps' z fell from 42 to 8
        RestModel rest = learnedBreathing();
        rest.isotropise();
        double once = rest.wobble_deg();
        rest.isotropise();
        assertEquals(once, rest.wobble_deg(), 1e-12);
        rest.setReference(0, 1, 0);
        rest.isotropise();
        assertEquals(once, rest.wobble_deg(), 1e-12);
    }

    @Test
    void roundingAgainAfterRestWasLearnedKeepsTheLearnedAmount() {
        RestModel rest = learnedBreathing();
        double learned = rest.wobble_deg();
        rest.isotropise();
        assertEquals(learned * Math.sqrt(1.5), rest.wobble_deg(), 1e-9);
        rest.learn(0.01, 0, Math.toRadians(0.1), 0);
        double relearned = rest.wobble_deg();
        rest.isotropise();
        assertTrue(rest.wobble_deg() > relearned, "a posture change after rest was learned rounds it again");
    }
}

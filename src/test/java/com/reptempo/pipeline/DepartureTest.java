package com.reptempo.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where a movement leaves the rest, on hand-made z curves sampled at 100 Hz. */
class DepartureTest {
    private static SignalHistory history(java.util.function.DoubleUnaryOperator z, double until_s) {
        SignalHistory h = new SignalHistory(1 << 10);
        for (int i = 0; i * 0.01 <= until_s + 1e-9; i++) h.add(i * 0.01, 0, 0, 1, 0, 0, 1, z.applyAsDouble(i * 0.01));
        return h;
    }

    @Test
    void aRisingZIsAMovementAndStartsWhereItLeftTheRest() {
        // flat at 1 until 1 s, then up by 10 per second
        SignalHistory h = history(t -> t < 1 ? 1 : 1 + 10 * (t - 1), 1.5);
        Departure d = new Departure(h);
        long idx = h.size() - 1;
        assertTrue(d.rising(0, idx, 1.5, 6));
        long start = d.start(0, idx);
        assertEquals(1.1, h.get(start, SignalHistory.T), 0.011, "where z was last at or below Z_START");
    }

    @Test
    void aStaticOffsetIsNotRising() {
        SignalHistory h = history(t -> 5, 2);
        assertFalse(new Departure(h).rising(0, h.size() - 1, 2, 5));
    }

    @Test
    void tooShortAWindowIsNotRisingYet() {
        SignalHistory h = history(t -> 10 * t, 0.1);
        assertFalse(new Departure(h).rising(0, h.size() - 1, 0.1, 1), "less than half of RISE_S seen");
    }

    @Test
    void theTraceBackStopsAtTheValleyBeforeIt() {
        // never below Z_START: down from 5 to a valley of 3 at 1 s, then up again
        SignalHistory h = history(t -> t < 1 ? 5 - 2 * t : 3 + 10 * (t - 1), 1.5);
        long start = new Departure(h).start(0, h.size() - 1);
        assertEquals(1.0, h.get(start, SignalHistory.T), 1e-9);
    }
}

package com.reptempo.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The start direction and peak of a movement, on a tilt about x sampled at 100 Hz. */
class MovementStartTest {
    /** Tilt of tilt_deg(t) about x; returns the history. */
    private static SignalHistory tilt(java.util.function.DoubleUnaryOperator tilt_deg, double until_s) {
        SignalHistory h = new SignalHistory(1 << 10);
        for (int i = 0; i * 0.01 <= until_s + 1e-9; i++) {
            double a = Math.toRadians(tilt_deg.applyAsDouble(i * 0.01));
            h.add(i * 0.01, 0, Math.sin(a), Math.cos(a), 0, 0, 1, 0);
        }
        return h;
    }

    private static void observeAll(MovementStart s, SignalHistory h, long from) {
        for (long i = from; i < h.size(); i++) {
            s.observe(i, h.get(i, SignalHistory.GX), h.get(i, SignalHistory.GY), h.get(i, SignalHistory.GZ));
        }
    }

    @Test
    void theStartDirectionIsAveragedBeforeTheStartAndThePeakFollows() {
        // 1° until 1 s, then out to 6° and back to 2°
        SignalHistory h = tilt(t -> t < 1 ? 1 : t < 2 ? 1 + 5 * (t - 1) : 6 - 4 * Math.min(1, t - 2), 3);
        MovementStart s = new MovementStart(h);
        s.averagedBefore(100);
        assertEquals(1.0, s.time_s(), 1e-9);
        assertEquals(Math.sin(Math.toRadians(1)), s.upY(), 1e-9);
        observeAll(s, h, 100);
        assertEquals(5.0, s.peak_deg(), 1e-6);
        assertEquals(2.0, h.get(s.peakIndex(), SignalHistory.T), 1e-9);
    }

    @Test
    void afterAStillPlaceTheDirectionIsAveragedOverTheStillTimeAfterIt() {
        // still at 1° from 1 s for Restart.STILL_S, before that at 0°
        SignalHistory h = tilt(t -> t < 1 ? 0 : t <= 1 + Restart.STILL_S ? 1 : 3, 2);
        MovementStart s = new MovementStart(h);
        s.averagedStillAfter(100, h.size() - 1);
        assertEquals(Math.sin(Math.toRadians(1)), s.upY(), 1e-9);
        assertEquals(100, s.index());
    }

    @Test
    void thePeakTakenAgainCoversOnlyTheSamplesUpToTheStop() {
        SignalHistory h = tilt(t -> t < 1 ? 2 * t : 2 + 4 * (t - 1), 2);
        MovementStart s = new MovementStart(h);
        s.averagedBefore(0);
        observeAll(s, h, 0);
        assertEquals(6.0, s.peak_deg(), 1e-6);
        s.peakUpTo(100);
        assertEquals(2.0, s.peak_deg(), 1e-6);
        assertEquals(100, s.peakIndex());
    }
}

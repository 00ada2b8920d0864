package com.reptempo.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReturnSettlingTest {

    /**
     * The sensor settled at 3° about x at 0 s and held there (breathing 0.1° peak to peak) until
     * 1.7 s, when a first rep left along y at 1.4°/s; samples every 0.01 s up to 2.0 s.
     */
    private static SignalHistory settledThenLeaving() {
        SignalHistory history = new SignalHistory(1 << 10);
        for (int i = 0; i <= 200; i++) {
            double t = i * 0.01;
            double a = Math.toRadians(3 + 0.05 * Math.sin(2 * Math.PI * t / 3));
            double b = Math.toRadians(t < 1.7 ? 0 : 1.4 * (t - 1.7));
            history.add(t, Math.sin(b), Math.sin(a) * Math.cos(b), Math.cos(a) * Math.cos(b), 0, 0, 1, 0);
        }
        return history;
    }

    /** Rotation of the rest reference from the place the sensor settled at, degrees. */
    private static double restFromSettledPlace_deg(RestModel rest) {
        double a = Math.toRadians(3);
        return ExcursionDetector.chordDeg(rest.x(), rest.y() - Math.sin(a), rest.z() - Math.cos(a));
    }

    @Test
    void aSettlingBegunWhereTheMovementSettledTakesThatPlaceForTheRest() {
        // routine 8101 set 3: the move into position was recognised settled 2 s after it settled,
        // as a jerky rep 1 was leaving; following the settling from that sample took the rep's
        // pause for the rest and the rep was given up
        SignalHistory history = settledThenLeaving();
        RestModel rest = new RestModel();
        ReturnSettling settling = new ReturnSettling(history, rest);
        settling.beginBack(8, 0, 200, 2.0);
        assertTrue(restFromSettledPlace_deg(rest) < 0.1, "rest " + restFromSettledPlace_deg(rest) + "° from the settled place");
    }

    @Test
    void aSettlingBegunAtTheLastSampleStartsFromThere() {
        // the contrast: begun at the sample where the settle was recognised, the place is on the rep's way out
        SignalHistory history = settledThenLeaving();
        RestModel rest = new RestModel();
        ReturnSettling settling = new ReturnSettling(history, rest);
        settling.begin(8, history.get(200, SignalHistory.GX), history.get(200, SignalHistory.GY),
                history.get(200, SignalHistory.GZ), history.get(200, SignalHistory.GX), history.get(200, SignalHistory.GY),
                history.get(200, SignalHistory.GZ), 200, 2.0);
        assertEquals(0.42, ExcursionDetector.chordDeg(settling.placeX(), settling.placeY() - Math.sin(Math.toRadians(3)),
                settling.placeZ() - Math.cos(Math.toRadians(3))), 0.05);
    }
}

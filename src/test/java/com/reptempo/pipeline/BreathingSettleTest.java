package com.reptempo.pipeline;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The settle before the set's first rep on breathing's clock, on hand-made tilts about x at 100 Hz. */
class BreathingSettleTest {
    private SignalHistory history;
    private Headway headway;
    private BreathingSettle settle;

    @BeforeEach
    void setUp() {
        RestModel rest = new RestModel();
        rest.reset(0, 0, 1, 0.05);
        history = new SignalHistory(1 << 10);
        headway = new Headway(rest);
        settle = new BreathingSettle(history, headway);
    }

    private void addTilt(double t_s, double deg) {
        double a = Math.toRadians(deg);
        history.add(t_s, 0, Math.sin(a), Math.cos(a), 0, 0, 1, 0);
    }

    @Test
    void breathingsBandOnlyBeforeTheSetsFirstRep() {
        assertEquals(HeldPlace.BAND_DEG, BreathingSettle.band_deg(false));
        assertEquals(0, BreathingSettle.band_deg(true));
    }

    @Test
    void aNewPlaceIsANewPositionsDistanceOrANearOneWithNothingHeldFartherOut() {
        assertTrue(BreathingSettle.atNewPlace(HeldPlace.MIN_DEG, 10));
        assertFalse(BreathingSettle.atNewPlace(BreathingSettle.NEAR_NEW_PLACE_DEG - 0.01, 0));
        assertTrue(BreathingSettle.atNewPlace(BreathingSettle.NEAR_NEW_PLACE_DEG, 0));
        double near = BreathingSettle.NEAR_NEW_PLACE_DEG + 0.2;
        assertTrue(BreathingSettle.atNewPlace(near, near + HeldPlace.BAND_DEG - 0.01));
        assertFalse(BreathingSettle.atNewPlace(near, near + HeldPlace.BAND_DEG + 0.01));
    }

    @Test
    void onlyBeforeTheFirstRepAtANewPositionWithNothingHeldFartherOutMayAnOvershotMoveSettle() {
        assertTrue(BreathingSettle.overshotIntoPosition(false, HeldPlace.MIN_DEG, 0));
        assertFalse(BreathingSettle.overshotIntoPosition(true, HeldPlace.MIN_DEG, 0));
        assertFalse(BreathingSettle.overshotIntoPosition(false, HeldPlace.MIN_DEG - 0.01, 0));
        double far = HeldPlace.MIN_DEG + 1;
        assertTrue(BreathingSettle.overshotIntoPosition(false, far, far + HeldPlace.BAND_DEG - 0.01));
        assertFalse(BreathingSettle.overshotIntoPosition(false, far, far + HeldPlace.BAND_DEG + 0.01));
    }

    @Test
    void theSettledTestReadsTheSettlingClockOnlyAtANewPlace() {
        headway.reset(0, 0, 0, 0, 1);
        // out to 3°, then back to 1.5° and breathing there (0.3° swings): the headway clock
        // restarts on every breath, the settling clock not
        double peak = 0;
        long i = 0;
        double t = 0;
        for (int k = 1; k <= 300; k++) {
            double deg = k <= 100 ? 3.0 * k / 100 : k <= 150 ? 3.0 - 1.5 * (k - 100) / 50 : 1.5 + 0.3 * Math.sin((k - 150) * 0.05);
            i++;
            t += 0.01;
            peak = Math.max(peak, deg);
            double a = Math.toRadians(deg);
            headway.observe(i, t, deg, peak, 0, Math.sin(a), Math.cos(a), Headway.MIN_STILL_BAND_DEG,
                    BreathingSettle.band_deg(false));
        }
        assertTrue(headway.settledStill_s(t) > headway.still_s(t));
        assertEquals(headway.settledStill_s(t), settle.still_s(t, HeldPlace.MIN_DEG, 0));
        assertEquals(headway.still_s(t), settle.still_s(t, 0.5, 0));
    }

    @Test
    void aSettledEndBeforeTheFirstRepAtANewPlaceIsTakenOnce() {
        headway.reset(7, 0, 0, 0, 1);
        assertEquals(7, settle.settledEnd(false, HeldPlace.MIN_DEG, 0));
        assertTrue(settle.takeSettledBack());
        assertFalse(settle.takeSettledBack());
        assertEquals(7, settle.settledEnd(true, HeldPlace.MIN_DEG, 0));
        assertFalse(settle.takeSettledBack());
        settle.settledEnd(false, 0.5, 0);
        assertFalse(settle.takeSettledBack());
    }

    @Test
    void leavingIsMovingFasterThanBreathing() {
        for (int k = 0; k <= 100; k++) addTilt(k * 0.01, 2 + 0.1 * k / 100);
        assertFalse(settle.leaving(0, 100));
        for (int k = 101; k <= 130; k++) addTilt(k * 0.01, 2.1 + 0.3 * (k - 100) / 30);
        assertTrue(settle.leaving(0, 130));
        // not looking before sample from
        assertFalse(settle.leaving(129, 130));
    }
}

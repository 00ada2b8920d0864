package com.reptempo.pipeline;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Headway on hand-made tilts about x at 100 Hz, rest wobble 0.05° (a 3.5-wobble move is about 0.2°). */
class HeadwayTest {
    private Headway headway;
    private long index;
    private double t_s;
    private double peak_deg;
    private long restartFrom;

    @BeforeEach
    void startAtRest() {
        RestModel rest = new RestModel();
        rest.reset(0, 0, 1, 0.05);
        headway = new Headway(rest);
        headway.reset(0, 0, 0, 0, 1);
        index = 0;
        t_s = 0;
        peak_deg = 0;
        restartFrom = -1;
    }

    /** Moves linearly from the current tilt to to_deg in dur_s (or holds there when already there). */
    private void move(double from_deg, double to_deg, double dur_s) {
        int n = (int) Math.round(dur_s * 100);
        for (int k = 1; k <= n; k++) {
            double deg = from_deg + (to_deg - from_deg) * k / n;
            index++;
            t_s += 0.01;
            peak_deg = Math.max(peak_deg, deg);
            double a = Math.toRadians(deg);
            long from = headway.observe(index, t_s, deg, peak_deg, 0, Math.sin(a), Math.cos(a), Headway.MIN_STILL_BAND_DEG, 0);
            if (from >= 0) restartFrom = from;
        }
    }

    @Test
    void theStillBandIsFivePercentOfThePeakWithinLimits() {
        assertEquals(0.15, Headway.stillBand(3), 1e-12);
        assertEquals(Headway.MIN_STILL_BAND_DEG, Headway.stillBand(0.5), 1e-12);
        assertEquals(Headway.MAX_STILL_BAND_DEG, Headway.stillBand(40), 1e-12);
    }

    @Test
    void creepingAtTheTopWithinTheStillBandIsNoHeadway() {
        move(0, 3, 2);
        move(3, 3.1, 1); // 0.1° more in 1 s: within the 0.15° band
        assertTrue(headway.still_s(t_s) >= 1, "still " + headway.still_s(t_s));
        assertFalse(headway.returning());
    }

    @Test
    void onTheWayBackEveryMoveBeyondTheWobbleIsHeadway() {
        move(0, 3, 2);
        move(3, 1.5, 1.5);
        assertTrue(headway.returning());
        // 0.01° a sample: a 3.5-wobble step (0.175°) every 18 samples
        assertTrue(headway.still_s(t_s) < 0.25, "still " + headway.still_s(t_s));
    }

    @Test
    void leavingAStillPlaceLowOnTheWayBackRestartsFromIt() {
        move(0, 3, 2);
        move(3, 0.8, 2); // 0.8° is below 35 % of the 3° peak
        long place = index;
        move(0.8, 0.8, 0.6);
        move(0.8, 1.8, 1); // away from home by a third of the peak
        // the place is the last headway on the way there: within one 3.5-wobble step (0.175°, 16 samples)
        assertTrue(restartFrom > place - 16 && restartFrom <= place, "restart from " + restartFrom + ", place " + place);
    }

    @Test
    void goingOnHomeFromAStillPlaceIsNoRestart() {
        move(0, 3, 2);
        move(3, 0.8, 2);
        move(0.8, 0.8, 0.6);
        move(0.8, 0.0, 1);
        assertEquals(-1, restartFrom);
    }
}

package com.reptempo.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A movement measured from a neighbouring rep's top (rest in its middle) is cut to the rep between its rests. */
class RestMidwayTest {
    private static final double DT = 0.02;

    /**
     * Piecewise minimum-jerk levels: from level[k] to level[k+1] in move_s[k], then still for still_s[k+1];
     * still_s[0] is the stillness before the first move.
     */
    private static Excursion movement(double[] level, double[] move_s, double[] still_s, double sigma_deg) {
        double total = 0;
        for (double m : move_s) total += m;
        for (double s : still_s) total += s;
        int n = (int) Math.round(total / DT) + 1;
        double[] t = new double[n];
        double[] phi = new double[n];
        for (int i = 0; i < n; i++) {
            double s = i * DT;
            t[i] = s;
            double at = still_s[0];
            double v = level[0];
            for (int k = 0; k < move_s.length && s > at; k++) {
                if (s < at + move_s[k]) {
                    v = level[k] + (level[k + 1] - level[k]) * MinJerk.position((s - at) / move_s[k]);
                    break;
                }
                v = level[k + 1];
                at += move_s[k] + still_s[k + 1];
            }
            phi[i] = v;
        }
        int peak = 0;
        for (int i = 1; i < n; i++) if (phi[i] > phi[peak]) peak = i;
        return new Excursion(0, n - 1, t, phi.clone(), phi, phi[peak], peak, phi[peak] / sigma_deg, 0, 1, 0, 0, 0, 1,
                Excursion.End.RETURNED, 0);
    }

    @Test
    void aRepStartedAtTheNeighboursTopIsCutBetweenItsRests() {
        // From the left top (0) back to rest (3 deg), 1.5 s still, out to the right top (6 deg), hold,
        // back to rest, 1.5 s still, then on towards the next left top.
        Excursion e = movement(new double[] {0, 3, 6, 6, 3, 1}, new double[] {3, 3.5, 0, 3.5, 2},
                new double[] {0.2, 1.5, 3, 0, 1.5, 0}, 0.05);
        Excursion in = RestMidway.inner(e);
        assertNotSame(e, in);
        assertEquals(3.0, in.peak_deg(), 0.05, "the rep's own range, from the rest");
        // The rest (3.2-4.7 s and 14.7-16.2 s) with the slow feet of the movements next to it.
        assertTrue(in.start_s() > 2.0 && in.start_s() < 3.3, "starts at the rest before the rep: " + in.start_s());
        assertTrue(in.end_s() > 14.6 && in.end_s() < 17.0, "ends at the rest after it: " + in.end_s());
    }

    @Test
    void aPauseOnOneWayOnlyIsAJerkyRepNotAWrongStart() {
        Excursion e = movement(new double[] {0, 1.5, 3, 3, 0}, new double[] {1.5, 1.5, 0, 3},
                new double[] {0.5, 1.2, 3, 0, 0.5}, 0.05);
        assertSame(e, RestMidway.inner(e));
    }

    @Test
    void aRepEndingAtTheRestItPassedIsLeftWhole() {
        // Still on the way back at the level of a still foot on the way out, but the movement stops there.
        Excursion e = movement(new double[] {0, 1, 3, 3, 1}, new double[] {1, 3, 0, 3},
                new double[] {0.2, 1.5, 3, 0, 1.5}, 0.05);
        assertSame(e, RestMidway.inner(e));
    }

    @Test
    void aSmallRepWhoseSlowPassageLooksStillIsLeftWhole() {
        // The same shape as the first test at a tenth of the range: 3 wobbles of it are within a breath.
        Excursion e = movement(new double[] {0, 0.3, 0.6, 0.6, 0.3, 0.1}, new double[] {3, 3.5, 0, 3.5, 2},
                new double[] {0.2, 1.5, 3, 0, 1.5, 0}, 0.05);
        assertSame(e, RestMidway.inner(e));
    }
}

package com.reptempo.pipeline;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.storage.RoutineJson;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How the reps so far judge a movement early in a set on alternating legs (rear leg lift). */
class RepsSoFarTest {
    private static final ExerciseDefinition REAR_LEG_LIFT = RoutineJson.bundled().get("rear-leg-lift");
    private static final double H = Math.sqrt(0.5);
    /** The two legs' reps turn the pelvis about axes 90 degrees apart here. */
    private static final double[] RIGHT = {H, H, 0};
    private static final double[] LEFT = {H, -H, 0};

    /** A movement of amp_deg, out in out_s, back in back_s, turning about dir. */
    private static Excursion movement(double amp_deg, double out_s, double back_s, double[] dir) {
        Excursion r = MidMovementStopTest.rep(amp_deg, out_s, 0, 0.1, back_s, 0.02, 0.05);
        return new Excursion(r.startIndex(), r.endIndex(), r.t_s(), r.theta_deg(), r.phi_deg(), r.peak_deg(),
                r.peakIndex(), r.peakZ(), dir[0], dir[1], dir[2], 0, 0, 1, r.end(), 0);
    }

    private static Verdict classify(RepsSoFar soFar, Excursion e) {
        return soFar.classify(e, PhaseTimer.time(e, 0));
    }

    /** Counts a rep as the counter does: it teaches the sides and the typical rep. */
    private static void count(RepsSoFar soFar, Excursion e) {
        soFar.side(e, soFar.classifier().outlier(e));
        soFar.classifier().accepted(e, PhaseTimer.time(e, 0));
    }

    @Test
    void aSmallMovementOfTheOtherLegBeforeItHasRepsAwaitsTheNextLeg() {
        // fresh16 16033, fresh27 27036: after the first rep (right), the left leg's first movement
        // reaches half the range: an attempt given up or a partial rep, the next rep's leg tells
        RepsSoFar soFar = new RepsSoFar(REAR_LEG_LIFT, PipelineOptions.defaults());
        count(soFar, movement(3.0, 3, 3, RIGHT));
        assertEquals(Verdict.AWAITS_NEXT_SIDE, classify(soFar, movement(1.5, 3, 3, LEFT)));
        // of her range: a rep
        assertEquals(Verdict.REP, classify(soFar, movement(3.0, 3, 3, LEFT)));
        // pointing like the leg just done: keeps its verdict
        assertEquals(Verdict.REP, classify(soFar, movement(1.5, 3, 3, RIGHT)));
    }

    @Test
    void theFirstRepThatDroppedBackAwaitsTheNextLeg() {
        // fresh28 28032: the set's first movement, an attempt given up, out at the pace and dropped back in 1.65 s
        RepsSoFar soFar = new RepsSoFar(REAR_LEG_LIFT, PipelineOptions.defaults());
        assertEquals(Verdict.AWAITS_NEXT_SIDE, classify(soFar, movement(3.0, 3, 1.2, RIGHT)));
        // back at her pace: a rep at once
        assertEquals(Verdict.REP, classify(soFar, movement(3.0, 3, 3, RIGHT)));
    }
}

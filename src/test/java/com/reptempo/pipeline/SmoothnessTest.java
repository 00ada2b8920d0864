package com.reptempo.pipeline;

import com.reptempo.model.PhaseKind;
import com.reptempo.model.PhaseResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which stretch of the rotation the smoothness of a rep's way out is measured on. */
class SmoothnessTest {
    @Test
    void aBumpBackToTheRestBeforeTheWayOutIsNotPartOfIt() {
        // The way-out phase extrapolated back over the bump (0.5-6.1 s, 5.6 s against a 3 s target):
        // judged from where the rotation set off for the last time, the smooth way is not jerky.
        Excursion e = MidMovementStopTest.afterABumpBackToRest();
        List<PhaseResult> phases = List.of(new PhaseResult("lift", PhaseKind.MOVEMENT, 0.5, 6.1, 3, 3),
                new PhaseResult("lower", PhaseKind.MOVEMENT, 6.1, 9.1, 3, 3));
        double s = Smoothness.of(e, EvenMovement.of(e), phases, 0);
        assertTrue(s > -2.0, "smooth from where it set off: " + s);
    }
}

package com.reptempo.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TargetTextTest {
    private static ExerciseDefinition exercise(int minReps, int maxReps, SideMode sides, PhaseTarget... phases) {
        return new ExerciseDefinition("x", "X", "lying", "", Placement.LOWER_BACK, sides, minReps, maxReps, List.of(phases),
                Set.of(), FaultThresholds.DEFAULTS);
    }

    @Test
    void rangesAreWholeWhereWholeAndJoinedByTheStylesDash() {
        assertEquals("4", TargetText.TYPESET.range(4, 4));
        assertEquals("3–4", TargetText.TYPESET.range(3, 4));
        assertEquals("3-4", TargetText.PLAIN.range(3, 4));
        assertEquals("2.5–4", TargetText.TYPESET.range(2.5, 4), "a prescribed half count is not rounded away");
        assertEquals("3–4 s", TargetText.TYPESET.seconds(3, 4));
        assertEquals("6 counts", TargetText.TYPESET.counts(6, 6));
        assertEquals("1 count", TargetText.TYPESET.counts(1, 1));
        assertEquals("1–2 counts", TargetText.TYPESET.counts(1, 2));
        assertEquals("slide out", TargetText.phaseName("slide-out"));
    }

    @Test
    void anExercisesTargetsReadTheSameOnEveryScreen() {
        ExerciseDefinition e = exercise(8, 10, SideMode.ALTERNATING, new PhaseTarget("slide-out", PhaseKind.MOVEMENT, 3, 3),
                new PhaseTarget("hold", PhaseKind.HOLD, 2, 3));
        assertEquals("8–10 reps per side", TargetText.TYPESET.reps(e));
        assertEquals("8-10", TargetText.PLAIN.repRange(e));
        assertEquals("slide out 3 s, hold 2–3 s", TargetText.TYPESET.phaseSeconds(e));
        assertEquals("slide out 3, hold 2–3 counts", TargetText.TYPESET.phaseCounts(e));
    }
}

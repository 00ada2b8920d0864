package com.reptempo.app.review;

import com.reptempo.model.SetResult;
import com.reptempo.model.Side;
import com.reptempo.storage.session.SessionFixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepRowsTest {
    @Test
    void aRowShowsEachPhaseWithItsDeviationAndTheFaults() {
        var heel = SessionFixtures.ROUTINE.get("heel-scoop");
        SetResult set = new SetResult("heel-scoop", List.of(SessionFixtures.rep(1, 2, Side.LEFT), SessionFixtures.rep(2, 10, Side.RIGHT)), 70, 0, 20);
        RepRows rows = RepRows.of(set, heel);
        assertEquals("Rep", rows.headers().get(0));
        assertEquals("Side", rows.headers().get(1));
        assertTrue(rows.headers().contains("Faults"));
        assertTrue(rows.headers().stream().anyMatch(h -> h.startsWith("Pelvis (≤")), rows.headers().toString());
        List<String> first = rows.cells().get(0);
        assertEquals("1", first.get(0));
        assertEquals("left", first.get(1));
        assertEquals("too-fast lift", first.get(first.size() - 1));
        assertEquals("72", first.get(first.size() - 2), "quality rounded");
        assertEquals("–", first.get(first.size() - 3), "unknown smoothness");
        assertEquals("1.5°", first.get(first.size() - 4));
        assertEquals(1, rows.rowOf(2));
        assertEquals(-1, rows.rowOf(3));
        assertTrue(RepRows.of(null, heel).cells().isEmpty());
    }

    /** An exercise with lift 4 s, hold 2-3 s, lower 4 s (independent of the bundled routine). */
    static com.reptempo.model.ExerciseDefinition exercise(String id, com.reptempo.model.SideMode sides, int min, int max,
                                                          java.util.Set<com.reptempo.model.FaultKind> form, double pelvis_deg) {
        var base = com.reptempo.model.FaultThresholds.DEFAULTS;
        return new com.reptempo.model.ExerciseDefinition(id, id, "", "", com.reptempo.model.Placement.LOWER_BACK, sides, min, max,
                List.of(new com.reptempo.model.PhaseTarget("lift", com.reptempo.model.PhaseKind.MOVEMENT, 4, 4),
                        new com.reptempo.model.PhaseTarget("hold", com.reptempo.model.PhaseKind.HOLD, 2, 3),
                        new com.reptempo.model.PhaseTarget("lower", com.reptempo.model.PhaseKind.MOVEMENT, 4, 4)),
                form, new com.reptempo.model.FaultThresholds(base.tooFastFactor(), base.tooSlowFactor(), base.shortHoldFactor(),
                pelvis_deg, base.partialRangeFraction(), base.jerkySparcLimit()));
    }

    @Test
    void textIsTheSameOnScreenAndOnPaper() {
        var cobra = exercise("cobra-lift", com.reptempo.model.SideMode.NONE, 10, 10, java.util.Set.of(), 5);
        assertEquals("10 reps; lift 4 s, hold 2–3 s, lower 4 s", ReviewText.targets(cobra));
        var heel = exercise("heel-scoop", SessionFixtures.ROUTINE.get("heel-scoop").sides(), 8, 10,
                java.util.Set.of(com.reptempo.model.FaultKind.BACK_LIFT), 7.5);
        assertEquals("8–10 reps per side; lift 4 s, hold 2–3 s, lower 4 s; pelvis within 7.5°", ReviewText.targets(heel));
        var rep = SessionFixtures.rep(1, 2, null);
        assertEquals("2.5 s (-1.5)", ReviewText.phase(rep.phases().get(0)));
        assertEquals("pain 3 → ? (0–10)", ReviewText.pain(3, null));
        assertEquals("no pain ratings", ReviewText.pain(null, null));
        assertEquals("0 %", ReviewText.pct(0));
        assertEquals(0.0, RepStats.tempoAdherence_pct(List.of(rep)));
        assertTrue(ReviewText.result(new SetResult("cobra-lift", List.of(rep), 71.5, 0, 8)).startsWith("1 reps, quality 72, on tempo 0 %, faults: too-fast ×1"));
    }
}

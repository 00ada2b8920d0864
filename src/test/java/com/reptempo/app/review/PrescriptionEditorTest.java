package com.reptempo.app.review;

import com.reptempo.storage.session.Prescription;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrescriptionEditorTest {
    static int row(PrescriptionEditor e, String exercise, PrescriptionEditor.Field f, String phase) {
        for (int i = 0; i < e.rows().size(); i++) {
            PrescriptionEditor.Row r = e.rows().get(i);
            if (r.exerciseId().equals(exercise) && r.field() == f && java.util.Objects.equals(r.phase(), phase)) return i;
        }
        throw new AssertionError("no row " + exercise + " " + f + " " + phase);
    }

    @Test
    void startsFromTheCurrentPrescriptionWithTheRoutineBeside() {
        PrescriptionEditor e = new PrescriptionEditor(ReviewFixtures.ROUTINE, "P-017", Optional.of(DemoLibrary.prescription("P-017")));
        assertEquals("KM", e.setBy());
        PrescriptionEditor.Row hold = e.rows().get(row(e, "cobra-lift", PrescriptionEditor.Field.PHASE_MAX_S, "hold"));
        assertEquals(3.0, hold.routine());
        assertEquals(4.0, hold.value());
        assertTrue(hold.changed());
        assertFalse(e.dirty());
        assertTrue(e.rows().stream().noneMatch(r -> r.exerciseId().equals("cobra-lift") && r.field() == PrescriptionEditor.Field.MAX_PELVIS_DEG),
                "the cobra lift does not judge the pelvis, so it has no pelvis limit to set");
        Prescription same = e.build(LocalDate.of(2025, 3, 1));
        assertEquals(DemoLibrary.prescription("P-017").exercises(), same.exercises(), "unchanged, it builds the same prescription");
    }

    @Test
    void valuesThatDoNotFitAreRefusedWithAReason() {
        PrescriptionEditor e = new PrescriptionEditor(ReviewFixtures.ROUTINE, "anna", Optional.empty());
        int minReps = row(e, "heel-scoop", PrescriptionEditor.Field.MIN_REPS, null);
        assertFalse(e.set(minReps, 2.5));
        assertEquals("Heel scoop, reps per side: fewest: reps are whole numbers", e.problem().orElseThrow());
        assertFalse(e.set(minReps, 12), "more than the most (10)");
        assertTrue(e.problem().orElseThrow().contains("reps must satisfy 1 <= min <= max"), e.problem().orElseThrow());
        int slideMin = row(e, "heel-scoop", PrescriptionEditor.Field.PHASE_MIN_S, "slide-out");
        assertFalse(e.set(slideMin, 4), "shortest above the longest (3 s)");
        assertFalse(e.set(row(e, "heel-scoop", PrescriptionEditor.Field.MAX_PELVIS_DEG, null), 120));
        assertFalse(e.set(row(e, "heel-scoop", PrescriptionEditor.Field.JERKY_LIMIT, null), Double.NaN));
        assertFalse(e.dirty(), "nothing was accepted");
        assertEquals(8.0, e.rows().get(minReps).value());
    }

    @Test
    void onlyWhatDiffersFromTheRoutineIsPrescribed() {
        PrescriptionEditor e = new PrescriptionEditor(ReviewFixtures.ROUTINE, "anna", Optional.empty());
        assertTrue(e.set(row(e, "heel-scoop", PrescriptionEditor.Field.PHASE_MAX_S, "slide-out"), 5));
        assertTrue(e.set(row(e, "heel-scoop", PrescriptionEditor.Field.MAX_PELVIS_DEG, null), 7.5));
        assertTrue(e.set(row(e, "rear-leg-lift", PrescriptionEditor.Field.MAX_REPS, null), 12));
        e.setBy("  KM ");
        assertTrue(e.dirty());
        assertTrue(e.problem().isEmpty());
        Prescription p = e.build(LocalDate.of(2025, 4, 1));
        assertEquals("KM", p.setBy());
        assertEquals(2, p.exercises().size());
        var heel = p.find("heel-scoop").orElseThrow();
        assertNull(heel.minReps());
        assertEquals(1, heel.phases().size());
        assertEquals(3.0, heel.phases().get(0).min_s());
        assertEquals(5.0, heel.phases().get(0).max_s());
        assertEquals(7.5, heel.thresholds().maxPelvisRotation_deg());
        assertNull(heel.thresholds().tooFastFactor());
        assertEquals(12, p.find("rear-leg-lift").orElseThrow().maxReps());
        p.applyTo(ReviewFixtures.ROUTINE);
        e.reset("heel-scoop");
        assertEquals(1, e.build(LocalDate.of(2025, 4, 1)).exercises().size(), "back to the routine for the heel scoop");
        e.saved();
        assertFalse(e.dirty());
    }
}

package com.reptempo.app.live;

import com.reptempo.storage.RoutineJson;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoutineControllerTest {
    @Test
    void walksTheFourExercisesInOrderWithSkipAndRepeat() {
        RoutineController r = new RoutineController(RoutineJson.bundled());
        assertEquals(4, r.exercises().size(), "the generic custom exercise is not part of the routine");
        assertEquals("heel-scoop", r.current().id());
        r.next();
        r.next();
        assertEquals("rear-leg-lift", r.current().id());
        r.select(1);
        assertEquals("cobra-lift", r.current().id());
        r.select(3);
        assertFalse(r.done());
        r.next();
        assertTrue(r.done());
        assertThrows(IndexOutOfBoundsException.class, () -> r.select(4));
    }

    @Test
    void targetsReadLikeTheRoutineSheet() {
        assertEquals("lift 4, hold 2–3, lower 4 counts; 10 reps", RoutineController.targetText(RoutineJson.bundled().get("cobra-lift")));
        assertEquals("slide out 3, return 3 counts; 8–10 reps per side",
                RoutineController.targetText(RoutineJson.bundled().get("heel-scoop")));
    }

    @Test
    void safetyNotesSayWhenToStartAndToStopOnPain() {
        assertTrue(RoutineController.SAFETY_NOTES.stream().anyMatch(s -> s.contains("2 weeks") && s.contains("6 weeks")));
        assertTrue(RoutineController.SAFETY_NOTES.stream().anyMatch(s -> s.contains("Stop if anything hurts")));
    }
}

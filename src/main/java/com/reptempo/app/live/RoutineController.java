package com.reptempo.app.live;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Routine;
import com.reptempo.model.TargetText;

import java.util.List;

/**
 * Where the exerciser is in her routine: the exercises in order, which one is current, skip and
 * repeat. The safety notes are shown before the first exercise and stay reachable.
 */
public final class RoutineController {
    /** Shown before exercising, in plain words. */
    public static final List<String> SAFETY_NOTES = List.of(
            "Start these exercises 2 weeks after a vaginal birth, or 6 weeks after a caesarean section.",
            "Stop if anything hurts, and tell your physiotherapist.",
            "Slow and controlled beats many: a few good reps are worth more than many quick ones.",
            "Breathe normally; do not hold your breath.");

    private final List<ExerciseDefinition> exercises;
    private int index;

    /** The routine's exercises in order, without the generic "custom" entry. */
    public RoutineController(Routine routine) {
        this.exercises = routine.exercises().stream().filter(e -> !e.id().equals("custom")).toList();
        if (exercises.isEmpty()) throw new IllegalArgumentException("the routine has no exercises");
    }

    public List<ExerciseDefinition> exercises() {
        return exercises;
    }

    public ExerciseDefinition current() {
        return exercises.get(index);
    }

    public int index() {
        return index;
    }

    /** True after the last exercise was finished or skipped. */
    public boolean done() {
        return index >= exercises.size() - 1 && finishedLast;
    }

    private boolean finishedLast;

    /** Moves to the next exercise (after finishing or skipping the current one). */
    public void next() {
        if (index < exercises.size() - 1) index++;
        else finishedLast = true;
    }

    /** Goes back to an exercise, e.g. to repeat it. */
    public void select(int i) {
        if (i < 0 || i >= exercises.size()) throw new IndexOutOfBoundsException("no exercise " + i);
        index = i;
        finishedLast = false;
    }

    /** "lift 4, hold 2–3, lower 4 counts; 10 reps". */
    public static String targetText(ExerciseDefinition e) {
        return TargetText.TYPESET.phaseCounts(e) + "; " + TargetText.TYPESET.reps(e);
    }
}

package com.reptempo.storage.session;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Routine;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A patient's prescription, set by the physiotherapist: per exercise, target reps, tempo ranges
 * and fault thresholds. Applied to the routine, it gives the exercise definitions the pipeline
 * analyses with; every session stores the prescription that was in force.
 *
 * @param patient   the patient's pseudonym
 * @param setBy     who set it (initials or a name of the physiotherapist; "" when not given)
 * @param updated   when it was last changed, or null
 * @param exercises per-exercise prescriptions (exercises not listed keep the routine's values)
 */
public record Prescription(String patient, String setBy, LocalDate updated, List<ExercisePrescription> exercises) {
    public Prescription {
        Pseudonyms.check(patient);
        setBy = setBy == null ? "" : setBy;
        exercises = List.copyOf(exercises);
        Set<String> seen = new HashSet<>();
        for (ExercisePrescription e : exercises) {
            if (!seen.add(e.exerciseId())) throw new IllegalArgumentException("exercise " + e.exerciseId() + " is prescribed twice");
        }
    }

    /** The prescription for one exercise, if any. */
    public Optional<ExercisePrescription> find(String exerciseId) {
        return exercises.stream().filter(e -> e.exerciseId().equals(exerciseId)).findFirst();
    }

    /** {@code base} as prescribed (unchanged when this prescription does not mention it). */
    public ExerciseDefinition applyTo(ExerciseDefinition base) {
        Objects.requireNonNull(base, "base");
        return find(base.id()).map(p -> p.applyTo(base)).orElse(base);
    }

    /**
     * The routine as prescribed.
     *
     * @throws IllegalArgumentException when the prescription names an exercise the routine does
     *                                  not have, or a value does not fit
     */
    public Routine applyTo(Routine routine) {
        for (ExercisePrescription e : exercises) {
            if (routine.find(e.exerciseId()).isEmpty()) {
                throw new IllegalArgumentException("unknown exercise '" + e.exerciseId() + "'; known: "
                        + routine.exercises().stream().map(ExerciseDefinition::id).toList());
            }
        }
        return new Routine(routine.exercises().stream().map(this::applyTo).toList());
    }

    /** One line for the user, e.g. "prescription for P-017 by KM, updated 2025-03-02 (2 exercises)". */
    public String describe() {
        return "prescription for " + patient + (setBy.isEmpty() ? "" : " by " + setBy)
                + (updated == null ? "" : ", updated " + updated) + " (" + exercises.size() + " exercise"
                + (exercises.size() == 1 ? "" : "s") + ")";
    }
}

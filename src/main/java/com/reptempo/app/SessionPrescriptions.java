package com.reptempo.app;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Routine;
import com.reptempo.storage.SampleFileException;
import com.reptempo.storage.session.Prescription;
import com.reptempo.storage.session.SessionLibrary;

import java.io.IOException;
import java.util.Optional;

/** The exercise definitions in force for a patient now: the routine with their current prescription applied. */
public final class SessionPrescriptions {
    /**
     * A patient's current prescription, if any, and a plain description of what applies.
     *
     * @param prescription the current prescription, or empty for the routine's defaults
     * @param description  e.g. "the current prescription for P-017 by KM, updated 2025-03-02"
     */
    public record Current(Optional<Prescription> prescription, String description) {
    }

    private final SessionLibrary library;
    private final Routine routine;

    public SessionPrescriptions(SessionLibrary library, Routine routine) {
        this.library = library;
        this.routine = routine;
    }

    public Routine routine() {
        return routine;
    }

    /** The patient's prescription now; a file that cannot be read falls back to the routine's defaults and says so. */
    public Current current(String patient) throws IOException {
        try {
            Optional<Prescription> p = library.prescription(patient, routine);
            return new Current(p, p.map(x -> "the current " + x.describe()).orElse("the routine's defaults (no prescription for " + patient + ")"));
        } catch (SampleFileException e) {
            return new Current(Optional.empty(), "the routine's defaults, because the prescription cannot be read: " + e.getMessage());
        }
    }

    /**
     * The exercise as it applies now: the routine's definition (or {@code stored} when the routine
     * no longer has it) with the current prescription applied.
     */
    public ExerciseDefinition inForce(ExerciseDefinition stored, Current current) {
        ExerciseDefinition base = routine.find(stored.id()).orElse(stored);
        return current.prescription().map(p -> p.applyTo(base)).orElse(base);
    }

    /** The routine's exercise with this id and the current prescription applied. */
    public ExerciseDefinition inForce(String exerciseId, Current current) {
        ExerciseDefinition base = routine.find(exerciseId).orElseThrow(() -> new IllegalArgumentException("unknown exercise '"
                + exerciseId + "'; known: " + routine.exercises().stream().map(ExerciseDefinition::id).toList()));
        return current.prescription().map(p -> p.applyTo(base)).orElse(base);
    }
}

package com.reptempo.model;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The exercises of a routine, in the order they are done. */
public record Routine(List<ExerciseDefinition> exercises) {
    public Routine {
        exercises = List.copyOf(exercises);
        long distinct = exercises.stream().map(ExerciseDefinition::id).distinct().count();
        if (distinct != exercises.size()) throw new IllegalArgumentException("exercise ids must be unique");
    }

    /** The exercise with this id, if the routine has it. */
    public Optional<ExerciseDefinition> find(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The exercise with this id; the message lists the known ids otherwise. */
    public ExerciseDefinition get(String id) {
        return find(id).orElseThrow(() -> new NoSuchElementException("unknown exercise '" + id + "'; known: "
                + exercises.stream().map(ExerciseDefinition::id).toList()));
    }
}

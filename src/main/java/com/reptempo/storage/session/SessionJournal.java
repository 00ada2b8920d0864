package com.reptempo.storage.session;

import com.reptempo.model.ExerciseDefinition;

import java.util.Objects;

/**
 * The state of a recording in progress, rewritten atomically whenever it changes (a set starts
 * or ends, the device describes itself, every half minute): everything needed to rebuild the
 * session if the program dies. The samples themselves are in the work folder's CSV.
 *
 * @param session  the session so far (finished sets with their results)
 * @param openSet  the set being done, or null between sets
 */
public record SessionJournal(Session session, OpenSet openSet) {
    /**
     * A set that has started and not yet ended.
     *
     * @param exercise the exercise as prescribed
     * @param start_s  sample time when it started
     */
    public record OpenSet(ExerciseDefinition exercise, double start_s) {
        public OpenSet {
            Objects.requireNonNull(exercise, "exercise");
        }
    }

    public SessionJournal {
        Objects.requireNonNull(session, "session");
    }
}

package com.reptempo.storage.session;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One line of a library listing, made from session.json alone.
 *
 * @param file      the session file
 * @param id        the session id
 * @param patient   the patient's pseudonym
 * @param startedAt when it was recorded (wall clock, with zone)
 * @param origin    recorded or imported
 * @param recovered true when rebuilt after a crash
 * @param sets      one summary per set, in order
 * @param samples   the samples' summary
 * @param painBefore pain 0..10 before, or null
 * @param painAfter  pain 0..10 after, or null
 */
public record SessionSummary(Path file, String id, String patient, ZonedDateTime startedAt, SessionOrigin origin,
                             boolean recovered, List<SetSummary> sets, SampleSummary samples, Integer painBefore,
                             Integer painAfter) {
    /**
     * One set in a listing.
     *
     * @param exerciseId the exercise
     * @param reps       reps counted when recorded, or null when the set was not analysed
     * @param quality    set quality 0..100 when recorded, or null
     */
    public record SetSummary(String exerciseId, Integer reps, Double quality) {
    }

    public SessionSummary {
        sets = List.copyOf(sets);
    }

    /** The summary of a session read from {@code file}. */
    public static SessionSummary of(Path file, Session s) {
        List<SetSummary> sets = s.sets().stream().map(set -> set.result() == null
                ? new SetSummary(set.exercise().id(), null, null)
                : new SetSummary(set.exercise().id(), set.result().count(), set.result().quality())).toList();
        SessionInfo i = s.info();
        return new SessionSummary(file, i.id(), i.patient(), i.startedAt(), i.origin(), i.recovered(), sets, s.samples(),
                i.painBefore(), i.painAfter());
    }

    /** True when a set of this exercise is in the session. */
    public boolean hasExercise(String exerciseId) {
        return sets.stream().anyMatch(s -> s.exerciseId().equals(exerciseId));
    }
}

package com.reptempo.storage.session;

import java.time.LocalDate;

/**
 * Which sessions a listing shows; null fields match everything. Dates are the session's own
 * local dates (where it was recorded), both ends included.
 *
 * @param patient  pseudonym, exact
 * @param exercise exercise id: sessions with at least one set of it
 * @param from     first day
 * @param to       last day
 */
public record SessionFilter(String patient, String exercise, LocalDate from, LocalDate to) {
    /** Everything. */
    public static final SessionFilter ALL = new SessionFilter(null, null, null, null);

    public SessionFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the date range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Only this patient's sessions. */
    public static SessionFilter patient(String pseudonym) {
        return new SessionFilter(pseudonym, null, null, null);
    }

    public boolean matches(SessionSummary s) {
        LocalDate day = s.startedAt().toLocalDate();
        return (patient == null || patient.equals(s.patient()))
                && (exercise == null || s.hasExercise(exercise))
                && (from == null || !day.isBefore(from))
                && (to == null || !day.isAfter(to));
    }
}

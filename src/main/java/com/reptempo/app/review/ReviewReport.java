package com.reptempo.app.review;

import com.reptempo.storage.session.SessionInfo;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything a printed report holds, free of any output format: who, which dates, the
 * prescription in force, the trend, and per session its sets (results, targets, traces).
 *
 * @param patient      the patient's pseudonym
 * @param title        e.g. "Session 2025-03-05 09:30" or "Sessions 2025-03-01 to 2025-03-31"
 * @param from         first day covered
 * @param to           last day covered
 * @param generatedAt  when the report was made
 * @param prescription the patient's current prescription in plain words
 * @param targets      one line per exercise in the report: its targets now, e.g. "Cobra lift: 8–10 reps; ..."
 * @param results      which results the report shows, in plain words
 * @param trend        one point per session
 * @param sessions     the sessions, oldest first
 * @param traces       true when the motion traces are included (single-session reports)
 */
public record ReviewReport(String patient, String title, LocalDate from, LocalDate to, ZonedDateTime generatedAt,
                           String prescription, List<String> targets, String results, TrendSeries trend,
                           List<Session> sessions, boolean traces) {
    /**
     * One session of the report.
     *
     * @param info             who, when, pain, notes
     * @param prescriptionThen the prescription in force when it was recorded, in plain words
     * @param sets             the sets as shown
     */
    public record Session(SessionInfo info, String prescriptionThen, List<SetView> sets) {
        public Session {
            Objects.requireNonNull(info, "info");
            sets = List.copyOf(sets);
        }
    }

    public ReviewReport {
        Objects.requireNonNull(patient, "patient");
        targets = List.copyOf(targets);
        sessions = List.copyOf(sessions);
    }

    /** "2025-03-03" or "2025-03-03 to 2025-03-17". */
    public String dates() {
        return from.equals(to) ? ReviewText.DAY.format(from) : ReviewText.DAY.format(from) + " to " + ReviewText.DAY.format(to);
    }
}

package com.reptempo.app.review;

import com.reptempo.storage.session.SessionSummary;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The state of the library screen, free of Swing: the library read so far, the chosen patient,
 * the date range and the chosen sessions. Mutated on one thread (the screen's); the library is
 * read elsewhere ({@link LibraryIndex#scan}) and handed in with {@link #show}.
 */
public final class LibraryReview {
    /**
     * One patient in the list.
     *
     * @param patient  pseudonym
     * @param sessions number of sessions
     * @param last     day of the latest session
     */
    public record PatientRow(String patient, int sessions, LocalDate last) {
    }

    private LibraryIndex index;
    private String patient;
    private LocalDate from;
    private LocalDate to;
    private List<String> selected = List.of();
    private String status = "";
    private boolean busy;
    private final LibraryResults results = new LibraryResults();

    public LibraryReview(Path root) {
        index = LibraryIndex.empty(root);
    }

    /** Shows a freshly read library, keeping the patient when they are still there (else the first patient). */
    public void show(LibraryIndex newIndex) {
        index = newIndex;
        busy = false;
        results.forget();
        List<String> patients = index.patients();
        if (patient == null || !patients.contains(patient)) patient = patients.isEmpty() ? null : patients.get(0);
        Set<String> ids = Set.copyOf(sessions().stream().map(SessionSummary::id).toList());
        selected = selected.stream().filter(ids::contains).toList();
        status = index.entries().size() + " session(s) in " + index.root()
                + (index.problems().isEmpty() ? "" : "; " + index.problems().size() + " file(s) cannot be read");
    }

    /** Marks the screen as busy with a task, e.g. "Reading the library…". */
    public void busy(String what) {
        busy = true;
        status = what;
    }

    /** Ends a task with a message (e.g. a failure). */
    public void done(String message) {
        busy = false;
        status = message;
    }

    public boolean isBusy() {
        return busy;
    }

    public String status() {
        return status;
    }

    public LibraryIndex index() {
        return index;
    }

    public List<String> problems() {
        return index.problems();
    }

    /** Every patient with their number of sessions (all dates). */
    public List<PatientRow> patients() {
        List<PatientRow> rows = new ArrayList<>();
        for (String p : index.patients()) {
            List<LibraryIndex.Entry> all = index.sessions(p, null, null);
            rows.add(new PatientRow(p, all.size(), all.get(all.size() - 1).day()));
        }
        return rows;
    }

    public Optional<String> patient() {
        return Optional.ofNullable(patient);
    }

    /** Chooses a patient; the session selection is cleared. */
    public void selectPatient(String p) {
        if (p != null && !index.patients().contains(p)) throw new IllegalArgumentException("no sessions of patient " + p);
        if (p == null ? patient != null : !p.equals(patient)) selected = List.of();
        patient = p;
    }

    /**
     * Limits the sessions to a range of days (null ends are open).
     *
     * @throws IllegalArgumentException when the range ends before it starts
     */
    public void range(LocalDate newFrom, LocalDate newTo) {
        if (newFrom != null && newTo != null && newTo.isBefore(newFrom)) {
            throw new IllegalArgumentException("the date range ends (" + newTo + ") before it starts (" + newFrom + ")");
        }
        from = newFrom;
        to = newTo;
        Set<String> ids = Set.copyOf(sessions().stream().map(SessionSummary::id).toList());
        selected = selected.stream().filter(ids::contains).toList();
    }

    public Optional<LocalDate> from() {
        return Optional.ofNullable(from);
    }

    public Optional<LocalDate> to() {
        return Optional.ofNullable(to);
    }

    /** The chosen patient's sessions in the range, oldest first. */
    public List<SessionSummary> sessions() {
        if (patient == null) return List.of();
        return index.sessions(patient, from, to).stream().map(LibraryIndex.Entry::summary).toList();
    }

    /** The chosen patient's sessions in the range with their trend points, oldest first. */
    public List<LibraryIndex.Entry> entries() {
        return patient == null ? List.of() : index.sessions(patient, from, to);
    }

    /** Chooses sessions by id (ids not shown are ignored). */
    public void selectSessions(List<String> ids) {
        Set<String> shown = Set.copyOf(sessions().stream().map(SessionSummary::id).toList());
        selected = ids.stream().filter(shown::contains).distinct().toList();
    }

    public List<String> selectedIds() {
        return selected;
    }

    /** The first chosen session (the one "Open" opens). */
    public Optional<SessionSummary> firstSelected() {
        return sessions().stream().filter(s -> selected.contains(s.id())).findFirst();
    }

    /** Which results the sessions, the trend and the library's report use. */
    public LibraryResults results() {
        return results;
    }

    /** The chosen patient's sessions in the range as shown: their points with the results chosen (see {@link LibraryResults#shown}). */
    public List<TrendPoint> points() {
        return results.points(entries());
    }

    /** The chosen patient's trend over the range, with the results shown; empty without a patient. */
    public TrendSeries trend() {
        return new TrendSeries(patient == null ? "" : patient, points());
    }
}

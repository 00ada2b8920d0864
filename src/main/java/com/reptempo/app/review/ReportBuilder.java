package com.reptempo.app.review;

import com.reptempo.app.MotionTrace;
import com.reptempo.app.SessionPrescriptions;
import com.reptempo.app.SessionReanalyzer;
import com.reptempo.app.SessionReopener;
import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Routine;
import com.reptempo.model.SetResult;
import com.reptempo.storage.SampleFileException;
import com.reptempo.storage.session.Pseudonyms;
import com.reptempo.storage.session.RecordedSet;
import com.reptempo.storage.session.Session;
import com.reptempo.storage.session.SessionLibrary;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gathers what a report shows: one session (with its motion traces) or a patient's sessions over
 * a date range. With {@link ResultChoice#REANALYSED} every set is re-analysed from the raw
 * samples with the current pipeline and prescription, as on screen; with
 * {@link ResultChoice#AS_RECORDED} only session.json is read (much faster for long ranges).
 */
public final class ReportBuilder {
    private final SessionLibrary library;
    private final SessionPrescriptions prescriptions;
    private final Optional<SessionReanalyzer> analyzer;
    private final Clock clock;

    public ReportBuilder(SessionLibrary library, Routine routine, Optional<SessionReanalyzer> analyzer, Clock clock) {
        this.library = library;
        this.prescriptions = new SessionPrescriptions(library, routine);
        this.analyzer = analyzer;
        this.clock = clock;
    }

    /** The report of one session (by id, unique id start or file), with its motion traces. */
    public ReviewReport session(String idOrFile, ResultChoice choice, Progress progress) throws IOException {
        Path file = library.resolve(idOrFile);
        progress.update(0, 1, "opening " + file.getFileName());
        SessionReview review = new SessionReview();
        review.show(reopener(choice).reopen(file));
        review.choose(choice);
        progress.update(1, 1, "opened " + file.getFileName());
        return ofOpened(review);
    }

    /** The report of a session already open on screen, as it is shown there (same result choice). */
    public ReviewReport ofOpened(SessionReview review) throws IOException {
        return ofSets(snapshot(review));
    }

    /** What a report needs of a session open on screen; take it on the screen's thread, then build the report anywhere. */
    public record Snapshot(Session session, List<SetView> sets, ResultChoice choice) {
    }

    public static Snapshot snapshot(SessionReview review) {
        Session s = review.opened().orElseThrow(() -> new IllegalStateException("no session is open")).session();
        return new Snapshot(s, review.allSets(), review.choice());
    }

    /** The report of one session's sets as shown (reads the patient's current prescription). */
    public ReviewReport ofSets(Snapshot x) throws IOException {
        Session s = x.session();
        LocalDate day = s.info().startedAt().toLocalDate();
        ReviewReport.Session rs = new ReviewReport.Session(s.info(), ReviewText.prescription(s.prescription()), x.sets());
        return report(s.info().patient(), "Session " + ReviewText.when(s.info().startedAt()), day, day, List.of(rs),
                results(x.choice()), true);
    }

    /**
     * The report of a patient's sessions from {@code from} to {@code to} (null ends are open).
     *
     * @throws SampleFileException when the patient has no sessions in the range
     */
    public ReviewReport patient(String patient, LocalDate from, LocalDate to, ResultChoice choice, Progress progress) throws IOException {
        try {
            Pseudonyms.check(patient);
        } catch (IllegalArgumentException e) {
            throw new SampleFileException(e.getMessage(), e);
        }
        List<LibraryIndex.Entry> found = LibraryIndex.scan(library, LibraryIndex.mayHold(patient, from, to), Progress.NONE)
                .sessions(patient, from, to);
        if (found.isEmpty()) {
            throw new SampleFileException("no sessions of " + patient + (from == null && to == null ? "" : " between "
                    + (from == null ? "the first" : from) + " and " + (to == null ? "the last" : to)) + " in " + library.root());
        }
        List<ReviewReport.Session> sessions = new ArrayList<>();
        if (choice == ResultChoice.REANALYSED) {
            sessions.addAll(reanalysed(reopener(choice), found, progress));
        } else {
            for (int i = 0; i < found.size(); i++) {
                sessions.add(asRecorded(found.get(i).session()));
                progress.update(i + 1, found.size(), "read " + found.get(i).summary().file().getFileName());
            }
        }
        LocalDate first = from != null ? from : found.get(0).day();
        LocalDate last = to != null ? to : found.get(found.size() - 1).day();
        String title = "Sessions " + ReviewText.DAY.format(first) + " to " + ReviewText.DAY.format(last);
        return report(patient, title, first, last, sessions, results(choice), false);
    }

    /** Re-analyses the sessions a few at a time, keeping their order. */
    private static List<ReviewReport.Session> reanalysed(SessionReopener reopener, List<LibraryIndex.Entry> found, Progress progress)
            throws IOException {
        AtomicInteger done = new AtomicInteger();
        return Parallel.map(found, "report-reanalysis", e -> {
            Path f = e.summary().file();
            ReviewReport.Session s = reanalysed(reopener, f);
            progress.update(done.incrementAndGet(), found.size(), "re-analysed " + f.getFileName());
            return s;
        });
    }

    private static ReviewReport.Session reanalysed(SessionReopener reopener, Path f) throws IOException {
        SessionReview review = new SessionReview();
        review.show(reopener.reopen(f));
        Session s = review.opened().orElseThrow().session();
        List<SetView> sets = review.allSets().stream().map(v -> new SetView(v.setIndex(), v.recorded(), v.exercise(), v.result(),
                v.shown(), v.source(), MotionTrace.EMPTY, 0)).toList();
        return new ReviewReport.Session(s.info(), ReviewText.prescription(s.prescription()), sets);
    }

    private static ReviewReport.Session asRecorded(Session s) {
        List<SetView> sets = new ArrayList<>();
        for (int i = 0; i < s.sets().size(); i++) {
            RecordedSet set = s.sets().get(i);
            sets.add(new SetView(i, set, set.exercise(), set.result(), ResultChoice.AS_RECORDED, set.result() == null ? "not analysed"
                    : "as recorded, judged against the targets in force then", MotionTrace.EMPTY, 0));
        }
        return new ReviewReport.Session(s.info(), ReviewText.prescription(s.prescription()), sets);
    }

    private SessionReopener reopener(ResultChoice choice) {
        return new SessionReopener(library, prescriptions, choice == ResultChoice.REANALYSED ? analyzer : Optional.empty());
    }

    private String results(ResultChoice choice) {
        if (choice == ResultChoice.REANALYSED && analyzer.isPresent()) {
            return "Results re-analysed from the raw samples with " + analyzer.get().describe()
                    + " against the current prescription (the result as recorded is available on screen).";
        }
        return "Results as recorded at the time, judged against the prescription in force then.";
    }

    private ReviewReport report(String patient, String title, LocalDate from, LocalDate to, List<ReviewReport.Session> sessions,
                                String results, boolean traces) throws IOException {
        SessionPrescriptions.Current now = prescriptions.current(patient);
        Map<String, String> targets = new LinkedHashMap<>();
        List<TrendPoint> points = new ArrayList<>();
        for (ReviewReport.Session s : sessions) {
            for (SetView v : s.sets()) {
                String id = v.exercise().id();
                if (!targets.containsKey(id)) {
                    ExerciseDefinition e = prescriptions.routine().find(id).isPresent() ? prescriptions.inForce(id, now) : v.exercise();
                    targets.put(id, e.name() + ": " + ReviewText.targets(e));
                }
            }
            List<SetResult> results2 = s.sets().stream().map(SetView::result).filter(Objects::nonNull).toList();
            points.add(TrendPoint.of(s.info(), s.sets().size(), results2));
        }
        String prescription = now.prescription().map(ReviewText::prescription).orElse("the routine's defaults (no prescription)");
        return new ReviewReport(patient, title, from, to, ZonedDateTime.now(clock), prescription, List.copyOf(targets.values()),
                results, new TrendSeries(patient, points), sessions, traces);
    }
}

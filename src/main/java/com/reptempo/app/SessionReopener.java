package com.reptempo.app;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.SetResult;
import com.reptempo.storage.session.RecordedSet;
import com.reptempo.storage.session.Session;
import com.reptempo.storage.session.SessionContents;
import com.reptempo.storage.session.SessionLibrary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reopens a session for review: reads the file (never changing it) and, when the program has an
 * analysis pipeline, recomputes every set from the raw samples with the current pipeline and the
 * patient's current prescription, keeping the result as recorded alongside for comparison.
 */
public final class SessionReopener {
    /**
     * One set, as recorded and as analysed now.
     *
     * @param recorded   the set as stored (with its result as recorded, if any)
     * @param current    the exercise definition in force now (current routine and prescription)
     * @param recomputed the result of the current pipeline, or null when there is none
     * @param trace      the motion trace of that same analysis (the review's trace chart, made in
     *                   the same run), or null when there is none
     */
    public record SetComparison(RecordedSet recorded, ExerciseDefinition current, SetResult recomputed, MotionTrace trace) {
        /** A comparison without a motion trace. */
        public SetComparison(RecordedSet recorded, ExerciseDefinition current, SetResult recomputed) {
            this(recorded, current, recomputed, null);
        }

        public Optional<SetResult> recordedResult() {
            return Optional.ofNullable(recorded.result());
        }

        public Optional<SetResult> recomputedResult() {
            return Optional.ofNullable(recomputed);
        }
    }

    /**
     * A reopened session.
     *
     * @param file     the session file
     * @param contents the session and its samples
     * @param sets     one comparison per set
     * @param analysis what was done, e.g. "re-analysed with X using the current prescription for P-017 ..."
     */
    public record Reopened(Path file, SessionContents contents, List<SetComparison> sets, String analysis) {
        public Session session() {
            return contents.session();
        }

        public boolean reanalysed() {
            return sets.stream().anyMatch(s -> s.recomputed() != null);
        }
    }

    private final SessionLibrary library;
    private final SessionPrescriptions prescriptions;
    private final Optional<SessionReanalyzer> analyzer;

    public SessionReopener(SessionLibrary library, SessionPrescriptions prescriptions, Optional<SessionReanalyzer> analyzer) {
        this.library = library;
        this.prescriptions = prescriptions;
        this.analyzer = analyzer;
    }

    public SessionLibrary library() {
        return library;
    }

    /** Reopens a session by id, unique id start or file path. */
    public Reopened reopen(String idOrFile) throws IOException {
        return reopen(library.resolve(idOrFile));
    }

    public Reopened reopen(Path file) throws IOException {
        SessionContents contents = library.reader().read(file);
        Session s = contents.session();
        SessionPrescriptions.Current current = prescriptions.current(s.info().patient());
        List<SetComparison> sets = new ArrayList<>();
        for (RecordedSet set : s.sets()) {
            ExerciseDefinition now = prescriptions.inForce(set.exercise(), current);
            SessionReanalyzer.Traced again = analyzer.map(a -> a.analyzeTraced(contents.samplesBetween(set.start_s(), set.end_s()), now))
                    .orElse(null);
            sets.add(again == null ? new SetComparison(set, now, null) : new SetComparison(set, now, again.result(), again.trace()));
        }
        String analysis = analyzer.map(a -> "re-analysed from the raw samples with " + a.describe() + " using " + current.description())
                .orElse("not re-analysed: this build has no analysis pipeline; results are shown as recorded");
        return new Reopened(file, contents, sets, analysis);
    }
}

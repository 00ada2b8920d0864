package com.reptempo.app;

import com.reptempo.model.Sample;
import com.reptempo.model.SetResult;
import com.reptempo.storage.SampleCsvReader;
import com.reptempo.storage.SampleFileException;
import com.reptempo.storage.session.RecordedSet;
import com.reptempo.storage.session.Session;
import com.reptempo.storage.session.SessionLibrary;
import com.reptempo.storage.session.WorkFolder;
import com.reptempo.storage.session.WorkFolderRecovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recovers an interrupted recording: repairs its samples, rebuilds the session from the journal
 * (marked recovered, with a note of what was found), analyses the set that was in progress when a
 * pipeline is available, saves the session file into the library atomically and only then
 * removes the work folder. A folder whose session was already saved (the program died between
 * saving and cleaning up) is just cleaned up.
 */
public final class RecoverSession {
    /**
     * What happened to one recording.
     *
     * @param id      the session id
     * @param file    the session file in the library
     * @param message what was recovered, in plain words
     */
    public record Outcome(String id, Path file, String message) {
    }

    private final SessionLibrary library;
    private final Optional<SessionReanalyzer> analyzer;

    public RecoverSession(SessionLibrary library, Optional<SessionReanalyzer> analyzer) {
        this.library = library;
        this.analyzer = analyzer;
    }

    /** Recovers every interrupted recording; one that fails does not stop the others (its error is in the list). */
    public List<Outcome> recoverAll() throws IOException {
        List<Outcome> done = new ArrayList<>();
        for (RecoveryCandidate c : new RecoveryFinder(library).find()) {
            try {
                done.add(recover(c));
            } catch (IOException e) {
                done.add(new Outcome(c.id(), null, "could not recover " + c.id() + ": " + e.getMessage()
                        + " (its folder " + c.folder() + " was left as it is)"));
            }
        }
        return done;
    }

    /** Recovers one recording. */
    public Outcome recover(RecoveryCandidate candidate) throws IOException {
        Optional<WorkFolder> locked = WorkFolder.tryLock(candidate.folder());
        if (locked.isEmpty()) {
            throw new SampleFileException("recording " + candidate.id() + " is still running (its folder is locked)");
        }
        WorkFolder folder = locked.get();
        try {
            Optional<Path> saved = library.find(candidate.id());
            if (saved.isPresent()) {
                library.reader().readSession(saved.get());
                folder.deleteAll();
                return new Outcome(candidate.id(), saved.get(), candidate.id() + " had already been saved as "
                        + saved.get().getFileName() + "; its leftover work folder was removed");
            }
            WorkFolderRecovery.Rebuilt rebuilt = WorkFolderRecovery.rebuild(folder);
            Session session = analyseInterrupted(folder, rebuilt);
            Path capture = Files.exists(folder.capture()) ? folder.capture() : null;
            Path file = library.save(session, folder.samplesCsv(), capture);
            folder.deleteAll();
            return new Outcome(candidate.id(), file, "recovered " + candidate.id() + " as " + file.getFileName() + ": "
                    + session.info().recoveryNote());
        } finally {
            folder.close();
        }
    }

    private Session analyseInterrupted(WorkFolder folder, WorkFolderRecovery.Rebuilt rebuilt) throws IOException {
        RecordedSet open = rebuilt.interruptedSet();
        if (open == null || analyzer.isEmpty()) return rebuilt.session();
        List<Sample> all = SampleCsvReader.readAll(folder.samplesCsv()).samples();
        List<Sample> span = all.stream().filter(s -> s.t_s() >= open.start_s() && s.t_s() <= open.end_s()).toList();
        SetResult result = analyzer.get().analyze(span, open.exercise());
        List<RecordedSet> sets = new ArrayList<>(rebuilt.session().sets());
        sets.set(sets.size() - 1, open.withResult(result));
        Session s = rebuilt.session().withSets(sets);
        return s.withInfo(s.info().asRecovered(s.info().recoveryNote() + " and analysed by " + analyzer.get().describe()));
    }
}

package com.reptempo.app;

import com.reptempo.model.DeviceInfo;
import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Placement;
import com.reptempo.model.SetResult;
import com.reptempo.storage.SampleFileException;
import com.reptempo.storage.session.Pseudonyms;
import com.reptempo.storage.session.RecordedSet;
import com.reptempo.storage.session.SampleSummary;
import com.reptempo.storage.session.Session;
import com.reptempo.storage.session.SessionInfo;
import com.reptempo.storage.session.SessionLibrary;
import com.reptempo.storage.session.SessionOrigin;
import com.reptempo.storage.session.importing.ImportOptions;
import com.reptempo.storage.session.importing.ImportedSamples;
import com.reptempo.storage.session.importing.SampleImporter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Brings a file into the library: a session file from elsewhere is added as it is (after being
 * read completely); samples from our CSV, phyphox or an Arduino log become a new session of one
 * set, analysed with the current pipeline and prescription when the program has a pipeline. A
 * refused file changes nothing in the library.
 */
public final class ImportSession {
    /**
     * What to import.
     *
     * @param file       the file
     * @param patient    the patient's pseudonym (samples only)
     * @param exerciseId the exercise done (samples only)
     * @param options    units, rate, gyroscope file, capture
     * @param startedAt  when it was recorded, or null to take the file's modification time
     * @param notes      free notes, or null
     */
    public record Request(Path file, String patient, String exerciseId, ImportOptions options, ZonedDateTime startedAt,
                          String notes) {
    }

    /** The new session file and what happened, in plain words. */
    public record Result(Path sessionFile, String message) {
    }

    private final SessionLibrary library;
    private final SessionPrescriptions prescriptions;
    private final Optional<SessionReanalyzer> analyzer;
    private final Clock clock;
    private final RandomGenerator random;

    public ImportSession(SessionLibrary library, SessionPrescriptions prescriptions, Optional<SessionReanalyzer> analyzer,
                         Clock clock, RandomGenerator random) {
        this.library = library;
        this.prescriptions = prescriptions;
        this.analyzer = analyzer;
        this.clock = clock;
        this.random = random;
    }

    public Result run(Request r) throws IOException {
        if (SampleImporter.detect(r.file()) == SampleImporter.Format.SESSION_FILE) {
            Path added = library.adopt(r.file());
            return new Result(added, "added the session file " + r.file().getFileName() + " to the library as " + added.getFileName());
        }
        if (r.patient() == null || r.exerciseId() == null) {
            throw new SampleFileException("importing samples needs the patient (--patient) and the exercise done (--exercise)");
        }
        try {
            Pseudonyms.check(r.patient());
        } catch (IllegalArgumentException e) {
            throw new SampleFileException(e.getMessage(), e);
        }
        SessionPrescriptions.Current current = prescriptions.current(r.patient());
        ExerciseDefinition exercise;
        try {
            exercise = prescriptions.inForce(r.exerciseId(), current);
        } catch (IllegalArgumentException e) {
            throw new SampleFileException(e.getMessage(), e);
        }
        ImportedSamples in = SampleImporter.read(r.file(), r.options());
        ZonedDateTime at = r.startedAt() != null ? r.startedAt()
                : Files.getLastModifiedTime(r.file()).toInstant().atZone(clock.getZone());
        String when = r.startedAt() != null ? "" : "\n  date: taken from the file's modification time (" + at.toLocalDateTime().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                + "); give --started to set it";
        List<com.reptempo.model.Sample> samples = in.samples();
        double end = samples.get(samples.size() - 1).t_s();
        SetResult result = analyzer.map(a -> a.analyze(samples, exercise)).orElse(null);
        String analysed = analyzer.map(a -> "\n  analysed with " + a.describe() + " using " + current.description())
                .orElse("\n  stored without analysis: this build has no analysis pipeline yet (the samples are kept; reopening will analyse them once it has)");
        DeviceInfo device = new DeviceInfo("", "", in.report().format(), in.report().rate_hz(), 0, 0, in.hasGyro(), Placement.UNSPECIFIED);
        SessionInfo info = new SessionInfo(SessionStore.newId(library, at, random), r.patient(), at, SessionOrigin.IMPORTED,
                in.report().oneLine(), false, "", device, null, null, null, r.notes(), SessionStore.appVersion());
        Session session = new Session(info, SampleSummary.of(samples), current.prescription().orElse(null),
                List.of(new RecordedSet(exercise, samples.get(0).t_s(), end, result)));
        Path file = library.save(session, samples);
        return new Result(file, in.report().describe().stripTrailing() + when + analysed + "\n  saved as " + file.getFileName());
    }
}

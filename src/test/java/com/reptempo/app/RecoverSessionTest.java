package com.reptempo.app;

import com.reptempo.model.Sample;
import com.reptempo.model.SetResult;
import com.reptempo.storage.session.RecordedSet;
import com.reptempo.storage.session.SessionContents;
import com.reptempo.storage.session.SessionFixtures;
import com.reptempo.storage.session.SessionLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecoverSessionTest {
    @TempDir
    Path dir;
    SessionLibrary library;
    List<Sample> samples;

    @BeforeEach
    void setUp() throws IOException {
        library = new SessionLibrary(dir.resolve("lib"));
        samples = SessionFixtures.samples(500);
    }

    /** A recording with one finished and one open set, stopped without finish (like a crash after the last flush). */
    private SessionRecorder interrupted() throws IOException {
        SessionRecorder r = SessionRecorderTest.start(library);
        r.onDeviceInfo(SessionRecorderTest.DEVICE);
        for (int i = 0; i < 200; i++) r.onSample(samples.get(i));
        r.beginSet(SessionFixtures.ROUTINE.get("heel-scoop"));
        for (int i = 200; i < 300; i++) r.onSample(samples.get(i));
        r.endSet(new SetResult("heel-scoop", List.of(), 55, 4, 6));
        r.beginSet(SessionFixtures.ROUTINE.get("cobra-lift"));
        for (int i = 300; i < 500; i++) r.onSample(samples.get(i));
        r.close();
        return r;
    }

    @Test
    void anInterruptedRecordingIsFoundRecoveredAndMarked() throws IOException {
        SessionRecorder r = interrupted();
        List<RecoveryCandidate> found = new RecoveryFinder(library).find();
        assertEquals(1, found.size());
        assertEquals("P-017", found.get(0).patient());
        assertEquals(r.id(), found.get(0).id());

        List<RecoverSession.Outcome> done = new RecoverSession(library, Optional.empty()).recoverAll();

        assertEquals(1, done.size());
        SessionContents c = library.reader().read(done.get(0).file());
        assertEquals(samples, c.samples());
        assertTrue(c.session().info().recovered());
        assertTrue(c.session().info().recoveryNote().contains("500 samples"), c.session().info().recoveryNote());
        assertTrue(c.session().info().recoveryNote().contains("the cobra-lift set in progress was closed at"), c.session().info().recoveryNote());
        assertEquals(SessionRecorderTest.DEVICE, c.session().info().device());
        assertEquals(55, c.session().sets().get(0).result().quality());
        assertNull(c.session().sets().get(1).result());
        assertFalse(Files.exists(r.workFolder()));
        assertTrue(new RecoveryFinder(library).find().isEmpty());
    }

    @Test
    void aCutLastLineIsDroppedAndALostJournalKeepsTheSamples() throws IOException {
        SessionRecorder r = interrupted();
        Files.writeString(r.workFolder().resolve("samples.csv"), "10.123,0.01", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.writeString(r.workFolder().resolve("journal.json"), "{\"schemaVersion\": 1, \"sess");

        RecoverSession.Outcome o = new RecoverSession(library, Optional.empty()).recoverAll().get(0);

        SessionContents c = library.reader().read(o.file());
        assertEquals(samples, c.samples(), "every complete sample is kept");
        assertEquals("unknown", c.session().info().patient());
        String note = c.session().info().recoveryNote();
        assertTrue(note.contains("an incomplete last line (11 bytes) was dropped"), note);
        assertTrue(note.contains("journal.json is not valid JSON"), note);
        assertTrue(o.message().contains(note), o.message());
    }

    @Test
    void aDamagedLineKeepsTheSamplesBeforeIt() throws IOException {
        SessionRecorder r = interrupted();
        Path csv = r.workFolder().resolve("samples.csv");
        List<String> lines = Files.readAllLines(csv);
        lines.set(301, "garbage\u0000line,,,");
        Files.write(csv, lines);

        SessionContents c = library.reader().read(new RecoverSession(library, Optional.empty()).recoverAll().get(0).file());

        assertEquals(samples.subList(0, 300), c.samples());
        assertTrue(c.session().info().recoveryNote().contains("damaged line"), c.session().info().recoveryNote());
    }

    @Test
    void aFolderLeftOverAfterSavingIsOnlyCleanedUp() throws IOException {
        SessionRecorder r = interrupted();
        Path copy = dir.resolve("copy");
        Files.createDirectories(copy);
        try (var files = Files.list(r.workFolder())) {
            for (Path f : files.toList()) Files.copy(f, copy.resolve(f.getFileName()));
        }
        RecoverSession recover = new RecoverSession(library, Optional.empty());
        Path saved = recover.recoverAll().get(0).file();
        byte[] before = Files.readAllBytes(saved);
        Files.move(copy, r.workFolder(), StandardCopyOption.ATOMIC_MOVE);

        RecoverSession.Outcome again = recover.recoverAll().get(0);

        assertTrue(again.message().contains("had already been saved"), again.message());
        assertEquals(1, library.files().size());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(saved)));
        assertFalse(Files.exists(r.workFolder()));
    }

    @Test
    void theInterruptedSetIsAnalysedWhenAPipelineIsAvailable() throws IOException {
        interrupted();
        SessionReanalyzer counting = (s, e) -> new SetResult(e.id(), List.of(), s.size(), s.get(0).t_s(), s.get(s.size() - 1).t_s());

        Path file = new RecoverSession(library, Optional.of(counting)).recoverAll().get(0).file();

        RecordedSet open = library.reader().read(file).session().sets().get(1);
        assertEquals(201, open.result().quality(), "the fake analyzer saw the set's 201 samples (from the sample at its start)");
        assertTrue(library.reader().readSession(file).info().recoveryNote().contains("analysed by the analysis pipeline"));
    }

    @Test
    void aRecordingKilledBeforeItsFirstSampleIsStillRecovered() throws IOException {
        SessionRecorder r = SessionRecorderTest.start(library);
        r.close();
        Files.deleteIfExists(r.workFolder().resolve("samples.csv"));
        SessionContents c = library.reader().read(new RecoverSession(library, Optional.empty()).recoverAll().get(0).file());
        assertTrue(c.samples().isEmpty());
        assertEquals("P-017", c.session().info().patient());
        assertEquals(2, c.session().info().painBefore());
    }
}

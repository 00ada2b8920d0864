package com.reptempo.app;

import com.reptempo.storage.SampleFileException;
import com.reptempo.storage.session.SessionContents;
import com.reptempo.storage.session.SessionFixtures;
import com.reptempo.storage.session.SessionLibrary;
import com.reptempo.storage.session.SessionOrigin;
import com.reptempo.storage.session.importing.ImportOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportSessionTest {
    static final Path PHYPHOX = Path.of("src/test/resources/imports/phyphox-semicolon-comma-ios.csv");
    static final ZonedDateTime WHEN = ZonedDateTime.of(2025, 4, 2, 18, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dir;
    SessionLibrary library;

    @BeforeEach
    void setUp() {
        library = new SessionLibrary(dir.resolve("lib"));
    }

    private ImportSession importer(Optional<SessionReanalyzer> analyzer) {
        return new ImportSession(library, new SessionPrescriptions(library, SessionFixtures.ROUTINE), analyzer,
                SessionRecorderTest.CLOCK, new Random(3));
    }

    private static ImportSession.Request request(Path file, String patient, String exercise) {
        return new ImportSession.Request(file, patient, exercise, ImportOptions.DETECT, WHEN, "from her phone");
    }

    @Test
    void aPhyphoxFileBecomesAnImportedSessionStoredWithoutAnalysisUntilThePipelineIsWired() throws IOException {
        ImportSession.Result r = importer(Optional.empty()).run(request(PHYPHOX, "anna", "cobra-lift"));
        SessionContents c = library.reader().read(r.sessionFile());
        assertEquals(100, c.samples().size());
        assertEquals(SessionOrigin.IMPORTED, c.session().info().origin());
        assertEquals(WHEN, c.session().info().startedAt());
        assertTrue(c.session().info().source().startsWith("phyphox CSV phyphox-semicolon-comma-ios.csv (semicolon, decimal comma"),
                c.session().info().source());
        assertEquals("cobra-lift", c.session().sets().get(0).exercise().id());
        assertNull(c.session().sets().get(0).result());
        assertTrue(r.message().contains("stored without analysis"), r.message());
        assertTrue(r.message().contains("imported phyphox-semicolon-comma-ios.csv as phyphox CSV"), r.message());
    }

    @Test
    void withAPipelineTheImportIsAnalysed() throws IOException {
        ImportSession.Result r = importer(Optional.of(SessionReopenerTest.COUNTING)).run(request(PHYPHOX, "anna", "heel-scoop"));
        assertEquals(100, library.reader().read(r.sessionFile()).session().sets().get(0).result().quality());
        assertTrue(r.message().contains("analysed with counting test analyzer"), r.message());
    }

    @Test
    void aSessionFileIsAddedAsItIs() throws IOException {
        Path elsewhere = dir.resolve("mail/x.rtsession");
        com.reptempo.storage.session.SessionFileWriter.write(elsewhere, SessionFixtures.session(), SessionFixtures.samples(10), false);
        ImportSession.Result r = importer(Optional.empty()).run(new ImportSession.Request(elsewhere, null, null, ImportOptions.DETECT, null, null));
        assertEquals("20250314-093012-7f3a_P-017.rtsession", r.sessionFile().getFileName().toString());
    }

    @Test
    void refusedImportsLeaveTheLibraryUntouched() throws IOException {
        ImportSession i = importer(Optional.empty());
        i.run(request(PHYPHOX, "anna", "cobra-lift"));
        assertThrows(SampleFileException.class, () -> i.run(request(Path.of("src/test/resources/imports/phyphox-missing-column.csv"), "anna", "cobra-lift")));
        String exercise = assertThrows(SampleFileException.class, () -> i.run(request(PHYPHOX, "anna", "plank"))).getMessage();
        assertTrue(exercise.contains("unknown exercise 'plank'"), exercise);
        String patient = assertThrows(SampleFileException.class, () -> i.run(request(PHYPHOX, "../anna", "plank"))).getMessage();
        assertTrue(patient.contains("pseudonym '../anna' is not allowed"), patient);
        assertThrows(SampleFileException.class, () -> i.run(request(dir.resolve("missing.csv"), "anna", "cobra-lift")));
        try (Stream<Path> all = Files.walk(library.root())) {
            assertEquals(1, all.filter(Files::isRegularFile).count(), "only the first import's file exists, no temporary files");
        }
        assertFalse(Files.exists(library.root().resolve("patients")));
    }
}

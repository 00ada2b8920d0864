package com.reptempo.app;

import com.reptempo.model.Sample;
import com.reptempo.model.SetResult;
import com.reptempo.storage.session.ExercisePrescription;
import com.reptempo.storage.session.Prescription;
import com.reptempo.storage.session.RecordedSet;
import com.reptempo.storage.session.Session;
import com.reptempo.storage.session.SessionFixtures;
import com.reptempo.storage.session.SessionLibrary;
import com.reptempo.storage.session.ThresholdOverrides;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionReopenerTest {
    /** A deterministic stand-in for the pipeline: quality = number of samples, one rep per 100 samples is not needed. */
    static final SessionReanalyzer COUNTING = SessionPipeline.named("counting test analyzer",
            (s, e) -> new SetResult(e.id(), List.of(), s.size(), s.isEmpty() ? 0 : s.get(0).t_s(), s.isEmpty() ? 0 : s.get(s.size() - 1).t_s()));

    @TempDir
    Path dir;
    SessionLibrary library;
    Path file;

    @BeforeEach
    void setUp() throws IOException {
        library = new SessionLibrary(dir.resolve("lib"));
        file = library.save(SessionFixtures.session(), SessionFixtures.samples(1600));
    }

    @Test
    void recomputesEachSetWithTheCurrentPrescriptionAndKeepsTheRecordedResult() throws IOException {
        Prescription now = new Prescription("P-017", "KM", null, List.of(new ExercisePrescription("cobra-lift", 3, 4, List.of(),
                new ThresholdOverrides(null, 2.0, null, null, null, null))));
        library.savePrescription(now, SessionFixtures.ROUTINE);
        byte[] before = Files.readAllBytes(file);

        SessionReopener.Reopened r = new SessionReopener(library, new SessionPrescriptions(library, SessionFixtures.ROUTINE),
                Optional.of(COUNTING)).reopen("20250314");

        assertEquals(2, r.sets().size());
        SessionReopener.SetComparison cobra = r.sets().get(0);
        assertEquals(80.25, cobra.recordedResult().orElseThrow().quality(), "the result as recorded is kept");
        assertEquals(6, cobra.recorded().exercise().minReps(), "the set keeps the prescription it was recorded with");
        assertEquals(3, cobra.current().minReps(), "re-analysis uses the current prescription");
        assertEquals(2.0, cobra.current().thresholds().tooSlowFactor());
        assertEquals(4, cobra.current().phases().get(0).min_s(), "current prescription applied to the current routine");
        int inSpan = r.contents().samplesBetween(1.0, 20.0).size();
        assertEquals(inSpan, cobra.recomputed().quality());
        assertTrue(r.sets().get(1).recomputedResult().isPresent(), "sets never analysed get a result too");
        assertTrue(r.analysis().contains("counting test analyzer using the current prescription for P-017 by KM"), r.analysis());
        assertArrayEquals(before, Files.readAllBytes(file), "reopening never changes the file");
    }

    @Test
    void withoutAPipelineTheRecordedResultsAreShownAndSaidSo() throws IOException {
        SessionReopener.Reopened r = new SessionReopener(library, new SessionPrescriptions(library, SessionFixtures.ROUTINE),
                Optional.empty()).reopen(file.toString());
        assertNull(r.sets().get(0).recomputed());
        assertTrue(r.analysis().startsWith("not re-analysed"), r.analysis());
        Session s = r.session();
        assertEquals(1600, s.samples().count());
    }

    @Test
    void anUnreadablePrescriptionFallsBackToTheRoutineAndSaysSo() throws IOException {
        Files.createDirectories(library.patientFolder("P-017"));
        Files.writeString(library.patientFolder("P-017").resolve("prescription.json"), "{broken");
        SessionReopener.Reopened r = new SessionReopener(library, new SessionPrescriptions(library, SessionFixtures.ROUTINE),
                Optional.of(COUNTING)).reopen(file.toString());
        assertEquals(10, r.sets().get(0).current().minReps());
        assertTrue(r.analysis().contains("the prescription cannot be read"), r.analysis());
    }

    @Test
    void everySetOfALongSessionGetsItsOwnSpan() throws IOException {
        List<Sample> samples = SessionFixtures.samples(1600);
        List<RecordedSet> sets = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            sets.add(new RecordedSet(SessionFixtures.ROUTINE.get(i % 2 == 0 ? "cobra-lift" : "heel-scoop"), i * 2.5, i * 2.5 + 2, null));
        }
        Path many = library.save(SessionFixtures.session("20250315-093012-7f3b", "P-017", SessionFixtures.STARTED.plusDays(1))
                .withSets(sets), samples);
        SessionReopener.Reopened r = new SessionReopener(library, new SessionPrescriptions(library, SessionFixtures.ROUTINE),
                Optional.of(COUNTING)).reopen(many);

        for (int i = 0; i < 12; i++) {
            SetResult got = r.sets().get(i).recomputed();
            assertEquals(sets.get(i).exercise().id(), got.exerciseId());
            assertEquals(r.contents().samplesBetween(i * 2.5, i * 2.5 + 2).get(0).t_s(), got.start_s(), "set " + i + " in its place");
        }
    }

    @Test
    void aFailingAnalysisIsReportedAsItWas() {
        SessionReanalyzer broken = (s, e) -> {
            throw new IllegalStateException("pipeline bug");
        };
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> new SessionReopener(library, new SessionPrescriptions(library, SessionFixtures.ROUTINE), Optional.of(broken))
                        .reopen(file));
        assertEquals("pipeline bug", e.getMessage());
    }

    @Test
    void aDamagedFileIsRefusedWithItsMessage() throws IOException {
        byte[] whole = Files.readAllBytes(file);
        Path cut = Files.write(dir.resolve("cut.rtsession"), java.util.Arrays.copyOf(whole, whole.length / 2));
        com.reptempo.storage.SampleFileException e = org.junit.jupiter.api.Assertions.assertThrows(
                com.reptempo.storage.SampleFileException.class,
                () -> new SessionReopener(library, new SessionPrescriptions(library, SessionFixtures.ROUTINE), Optional.of(COUNTING))
                        .reopen(cut));
        assertTrue(e.getMessage().contains("damaged or incomplete"), e.getMessage());
    }
}

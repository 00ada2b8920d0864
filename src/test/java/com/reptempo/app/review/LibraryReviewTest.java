package com.reptempo.app.review;

import com.reptempo.storage.session.SessionFixtures;
import com.reptempo.storage.session.SessionLibrary;
import com.reptempo.storage.session.SessionSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LibraryReviewTest {
    @TempDir
    Path dir;

    @Test
    void scanningReadsEverySessionOnceWithProgressAndReportsDamagedFiles() throws IOException {
        SessionLibrary lib = ReviewFixtures.copy(dir.resolve("lib"));
        lib.save(SessionFixtures.session("20250314-093012-7f3a", "anna", SessionFixtures.STARTED), SessionFixtures.samples(200));
        Files.writeString(lib.root().resolve("broken.rtsession"), "PK\u0003\u0004garbage");
        List<String> steps = java.util.Collections.synchronizedList(new ArrayList<>());
        LibraryIndex index = LibraryIndex.scan(lib, (done, total, what) -> steps.add(done + "/" + total));
        assertEquals(9, index.entries().size());
        assertEquals(1, index.problems().size());
        assertTrue(index.problems().get(0).contains("broken.rtsession"), index.problems().get(0));
        assertEquals(List.of("P-017", "anna"), index.patients());
        assertEquals(10, steps.size(), "one step per file, from the reading threads");
        assertTrue(steps.contains("10/10"));
    }

    @Test
    void aPatientsSessionsAreShownOldestFirstWithinTheDateRange() throws IOException {
        LibraryReview review = new LibraryReview(dir);
        review.busy("Reading the library…");
        assertTrue(review.isBusy());
        review.show(LibraryIndex.scan(ReviewFixtures.library(), Progress.NONE));
        assertFalse(review.isBusy());
        assertTrue(review.status().startsWith("8 session(s) in "), review.status());
        assertEquals("P-017", review.patient().orElseThrow(), "the first patient is chosen");
        assertEquals(List.of(new LibraryReview.PatientRow("P-017", 8, LocalDate.of(2025, 3, 17))), review.patients());
        List<SessionSummary> all = review.sessions();
        assertEquals(8, all.size());
        assertTrue(all.get(0).startedAt().isBefore(all.get(7).startedAt()));
        assertEquals("heel-scoop", all.get(0).sets().get(0).exerciseId());

        review.selectSessions(List.of(all.get(2).id(), all.get(5).id(), "no-such-id"));
        assertEquals(List.of(all.get(2).id(), all.get(5).id()), review.selectedIds());
        review.range(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 11));
        assertEquals(4, review.sessions().size(), "3/5, 3/7, 3/9, 3/11");
        assertEquals(List.of(all.get(2).id()), review.selectedIds(), "a selected session outside the range is dropped");
        assertEquals(all.get(2).id(), review.firstSelected().orElseThrow().id());
        assertEquals(4, review.trend().points().size());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> review.range(LocalDate.of(2025, 3, 9), LocalDate.of(2025, 3, 1)));
        assertTrue(bad.getMessage().contains("ends (2025-03-01) before it starts (2025-03-09)"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> review.selectPatient("nobody"));
    }

    @Test
    void trendPointsComeFromTheResultsAsRecorded() throws IOException {
        LibraryReview review = new LibraryReview(dir);
        review.show(LibraryIndex.scan(ReviewFixtures.library(), Progress.NONE));
        TrendSeries t = review.trend();
        assertEquals("P-017", t.patient());
        assertEquals(8, t.points().size());
        assertTrue(t.hasPain());
        TrendPoint first = t.points().get(0);
        assertEquals(4, first.painBefore());
        assertTrue(first.analysed());
        assertTrue(first.reps() >= 8, "the faulty heel scoop has about 12 reps: " + first.reps());
        for (TrendPoint p : t.points()) {
            assertTrue(p.tempoAdherence_pct() >= 0 && p.tempoAdherence_pct() <= 100, p.toString());
            assertTrue(p.quality() > 0 && p.quality() <= 100, p.toString());
        }
        double faulty = t.points().subList(0, 4).stream().mapToDouble(TrendPoint::tempoAdherence_pct).average().orElseThrow();
        double good = t.points().subList(4, 8).stream().mapToDouble(TrendPoint::tempoAdherence_pct).average().orElseThrow();
        assertTrue(good > faulty, "good sessions are on tempo more often: " + good + " vs " + faulty);
    }

    @Test
    void fileNamesSkipOnlyFilesThatCannotMatch() {
        var may = LibraryIndex.mayHold("P-017", LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 9));
        assertTrue(may.test(Path.of("20250307-093000-4c93_P-017.rtsession")));
        assertTrue(may.test(Path.of("20250304-233000-4c93_P-017.rtsession")), "a day of margin");
        assertFalse(may.test(Path.of("20250302-093000-4c93_P-017.rtsession")));
        assertFalse(may.test(Path.of("20250307-093000-4c93_anna.rtsession")));
        assertTrue(may.test(Path.of("from-mail.rtsession")), "other names are read");
        assertTrue(LibraryIndex.mayHold("P-017", null, null).test(Path.of("19990101-000000-0000_P-017.rtsession")));
    }

    @Test
    void anEmptyLibraryHasNoPatientAndNoTrend() {
        LibraryReview review = new LibraryReview(dir);
        review.show(LibraryIndex.empty(dir));
        assertTrue(review.patient().isEmpty());
        assertTrue(review.sessions().isEmpty());
        assertTrue(review.trend().isEmpty());
        assertTrue(review.patients().isEmpty());
    }
}

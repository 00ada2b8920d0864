package com.reptempo.storage.session;

import com.reptempo.model.Sample;
import com.reptempo.storage.SampleFileException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionLibraryTest {
    @TempDir
    Path dir;
    SessionLibrary library;
    List<Sample> samples;

    @BeforeEach
    void fill() throws IOException {
        library = new SessionLibrary(dir.resolve("lib"));
        samples = SessionFixtures.samples(50);
        save("20250301-100000-aaaa", "P-017", 2025, 3, 1);
        save("20250310-100000-bbbb", "P-017", 2025, 3, 10);
        save("20250305-100000-cccc", "anna", 2025, 3, 5);
        Session heelOnly = session("20250320-100000-dddd", "P-017", 2025, 3, 20);
        library.save(heelOnly.withSets(heelOnly.sets().subList(1, 2)), samples);
    }

    private Session session(String id, String patient, int y, int m, int d) {
        return SessionFixtures.session(id, patient, ZonedDateTime.of(y, m, d, 10, 0, 0, 0, ZoneId.of("Europe/Berlin")));
    }

    private void save(String id, String patient, int y, int m, int d) throws IOException {
        library.save(session(id, patient, y, m, d), samples);
    }

    private List<String> ids(LibraryListing l) {
        return l.sessions().stream().map(SessionSummary::id).toList();
    }

    @Test
    void listsEverySessionOldestFirstFromSessionJsonAlone() throws IOException {
        LibraryListing all = library.list(SessionFilter.ALL);
        assertEquals(List.of("20250301-100000-aaaa", "20250305-100000-cccc", "20250310-100000-bbbb", "20250320-100000-dddd"), ids(all));
        assertTrue(all.problems().isEmpty());
        SessionSummary first = all.sessions().get(0);
        assertEquals("P-017", first.patient());
        assertEquals(new SessionSummary.SetSummary("cobra-lift", 2, 80.25), first.sets().get(0));
        assertEquals(new SessionSummary.SetSummary("heel-scoop", null, null), first.sets().get(1));
        assertEquals(50, first.samples().count());
        assertEquals(library.root().resolve("20250301-100000-aaaa_P-017.rtsession"), first.file());
    }

    @Test
    void filtersByPatientExerciseAndDates() throws IOException {
        assertEquals(List.of("20250305-100000-cccc"), ids(library.list(SessionFilter.patient("anna"))));
        assertEquals(List.of("20250301-100000-aaaa", "20250310-100000-bbbb", "20250320-100000-dddd"), ids(library.history("P-017")));
        assertEquals(List.of("20250301-100000-aaaa", "20250305-100000-cccc", "20250310-100000-bbbb"),
                ids(library.list(new SessionFilter(null, "cobra-lift", null, null))));
        assertEquals(List.of("20250305-100000-cccc", "20250310-100000-bbbb"),
                ids(library.list(new SessionFilter(null, null, LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 10)))));
        assertEquals(List.of("20250310-100000-bbbb"),
                ids(library.list(new SessionFilter("P-017", "cobra-lift", LocalDate.of(2025, 3, 2), null))));
        assertThrows(IllegalArgumentException.class, () -> new SessionFilter(null, null, LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 1)));
    }

    @Test
    void aDamagedFileIsReportedAndHidesNothingElse() throws IOException {
        Files.writeString(library.root().resolve("broken.rtsession"), "not a zip");
        LibraryListing all = library.list(SessionFilter.ALL);
        assertEquals(4, all.sessions().size());
        assertEquals(1, all.problems().size());
        assertTrue(all.problems().get(0).contains("broken.rtsession is damaged or incomplete"), all.problems().get(0));
    }

    @Test
    void resolvesIdsPrefixesAndPaths() throws IOException {
        Path b = library.root().resolve("20250310-100000-bbbb_P-017.rtsession");
        assertEquals(b, library.resolve("20250310-100000-bbbb"));
        assertEquals(b, library.resolve("20250310"));
        assertEquals(b, library.resolve(b.toString()));
        SampleFileException ambiguous = assertThrows(SampleFileException.class, () -> library.resolve("202503"));
        assertTrue(ambiguous.getMessage().contains("matches 4 sessions"), ambiguous.getMessage());
        SampleFileException none = assertThrows(SampleFileException.class, () -> library.resolve("1999"));
        assertTrue(none.getMessage().contains("no session '1999'"), none.getMessage());
    }

    @Test
    void deletingMovesToTheTrash() throws IOException {
        Path trashed = library.delete("20250310");
        assertEquals(library.trashFolder().resolve("20250310-100000-bbbb_P-017.rtsession"), trashed);
        assertTrue(Files.exists(trashed));
        assertEquals(3, library.list(SessionFilter.ALL).sessions().size());
        save("20250310-100000-bbbb", "P-017", 2025, 3, 10);
        Path again = library.delete("20250310-100000-bbbb");
        assertEquals("20250310-100000-bbbb_P-017.2.rtsession", again.getFileName().toString());
    }

    @Test
    void aSessionIsNeverStoredTwice() throws IOException {
        Path existing = library.resolve("20250301-100000-aaaa");
        byte[] before = Files.readAllBytes(existing);
        SampleFileException e = assertThrows(SampleFileException.class, () -> save("20250301-100000-aaaa", "P-017", 2025, 3, 1));
        assertTrue(e.getMessage().contains("already holds session 20250301-100000-aaaa"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(existing));
    }

    @Test
    void adoptsASessionFileFromElsewhereAfterReadingItAndRefusesABadOne() throws IOException {
        Path outside = dir.resolve("mail/from-anna.rtsession");
        SessionFileWriter.write(outside, session("20250401-080000-eeee", "anna", 2025, 4, 1), samples, false);
        Path adopted = library.adopt(outside);
        assertEquals("20250401-080000-eeee_anna.rtsession", adopted.getFileName().toString());
        assertEquals(5, library.list(SessionFilter.ALL).sessions().size());

        Path bad = Files.writeString(dir.resolve("mail/bad.rtsession"), "garbage");
        assertThrows(SampleFileException.class, () -> library.adopt(bad));
        assertThrows(SampleFileException.class, () -> library.adopt(outside));
        assertEquals(5, library.files().size(), "nothing was added by the refused files");
    }

    @Test
    void anEmptyOrMissingLibraryListsNothing() throws IOException {
        SessionLibrary empty = new SessionLibrary(dir.resolve("nowhere"));
        assertTrue(empty.list(SessionFilter.ALL).sessions().isEmpty());
        assertFalse(Files.exists(dir.resolve("nowhere")), "listing creates nothing");
    }
}

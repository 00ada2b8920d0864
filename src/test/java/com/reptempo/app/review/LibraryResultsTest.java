package com.reptempo.app.review;

import com.reptempo.app.SessionPipeline;
import com.reptempo.app.SessionPrescriptions;
import com.reptempo.app.SessionReopener;
import com.reptempo.storage.session.SessionLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The choice of results for the library screen, the trends and the library report, with the re-analysis run in the background. */
class LibraryResultsTest {
    static SessionLibrary library;
    static List<LibraryIndex.Entry> entries;
    static SessionReopener reopener;

    @TempDir
    Path tmp;

    @BeforeAll
    static void read() throws IOException {
        library = ReviewFixtures.library();
        entries = LibraryIndex.scan(library, Progress.NONE).sessions(ReviewFixtures.PATIENT, null, null);
        reopener = new SessionReopener(library, new SessionPrescriptions(library, ReviewFixtures.ROUTINE), SessionPipeline.current());
    }

    @Test
    void resultsAsRecordedAreShownAtOnceAndReanalysedOnesOnlyWhenEverySessionIsDone() throws IOException {
        LibraryResults r = new LibraryResults();
        assertEquals(ResultChoice.AS_RECORDED, r.choice());
        assertTrue(r.runFor(entries, reopener).isEmpty(), "nothing to run for results as recorded");
        assertEquals(entries.stream().map(LibraryIndex.Entry::trend).toList(), r.points(entries));

        r.choose(ResultChoice.REANALYSED);
        ReanalysisRun run = r.runFor(entries, reopener).orElseThrow();
        assertEquals(8, run.size());
        assertTrue(r.busy());
        assertTrue(r.runFor(entries, reopener).isEmpty(), "one run at a time");
        assertEquals(ResultChoice.AS_RECORDED, r.shown(entries), "until it is done the results as recorded are shown");
        assertTrue(r.message().startsWith("Re-analysing 8 session(s)"), r.message());

        List<String> steps = new ArrayList<>();
        ReanalysisRun.Outcome outcome = run.call((d, t, w) -> steps.add(d + "/" + t));
        assertFalse(outcome.cancelled());
        assertEquals(9, steps.size(), "a step per session and the end: " + steps);
        assertEquals("8/8", steps.get(8));
        r.finished(run, outcome);
        assertFalse(r.busy());
        assertEquals(ResultChoice.REANALYSED, r.shown(entries));
        assertTrue(r.message().startsWith("Re-analysed 8 session(s) from the raw samples"), r.message());
        assertTrue(r.runFor(entries, reopener).isEmpty(), "nothing left to re-analyse");

        // each point is what the session screen shows re-analysed
        LibraryIndex.Entry second = entries.get(1);
        TrendPoint expected = ReanalysisRun.reanalyse(reopener.reopen(second.summary().file()));
        assertEquals(expected, r.points(entries).get(1));
        assertEquals(second.summary().id(), r.points(entries).get(1).sessionId());

        r.choose(ResultChoice.AS_RECORDED);
        assertEquals(second.trend(), r.points(entries).get(1), "back to as recorded at once");
        r.choose(ResultChoice.REANALYSED);
        assertTrue(r.runFor(entries, reopener).isEmpty(), "re-analysed results are kept");
        assertEquals(expected, r.points(entries).get(1));
    }

    @Test
    void aCancelledRunKeepsWhatItFinishedAndGoesBackToResultsAsRecorded() {
        LibraryResults r = new LibraryResults();
        r.choose(ResultChoice.REANALYSED);
        ReanalysisRun run = r.runFor(entries, reopener).orElseThrow();
        ReanalysisRun.Outcome outcome = run.call((d, t, w) -> {
            if (d == 3) r.cancel();
        });
        assertTrue(outcome.cancelled());
        assertEquals(3, outcome.reanalysed(), "it stops after the session it is on");
        r.finished(run, outcome);
        assertEquals(ResultChoice.AS_RECORDED, r.choice());
        assertEquals(ResultChoice.AS_RECORDED, r.shown(entries));
        assertTrue(r.message().startsWith("Re-analysis cancelled after 3 of 8 session(s)"), r.message());

        r.choose(ResultChoice.REANALYSED);
        ReanalysisRun rest = r.runFor(entries, reopener).orElseThrow();
        assertEquals(5, rest.size(), "only the sessions not done yet");
        r.choose(ResultChoice.AS_RECORDED);
        assertTrue(rest.cancelled(), "choosing results as recorded cancels the run under way");
    }

    @Test
    void forgettingDropsResultsAndIgnoresTheRunUnderWay() {
        LibraryResults r = new LibraryResults();
        r.choose(ResultChoice.REANALYSED);
        List<LibraryIndex.Entry> two = entries.subList(0, 2);
        ReanalysisRun run = r.runFor(two, reopener).orElseThrow();
        r.forget();
        assertTrue(run.cancelled());
        r.finished(run, new ReanalysisRun.Outcome(java.util.Map.of(two.get(0).summary().id(), two.get(1).trend()), List.of(), false));
        assertEquals(two.get(0).trend(), r.points(two).get(0), "a forgotten run's results are not used");
        ReanalysisRun again = r.runFor(two, reopener).orElseThrow();
        assertEquals(2, again.size());
        r.failed(again, "disk full");
        assertEquals(ResultChoice.AS_RECORDED, r.choice());
        assertEquals("Re-analysis failed: disk full; showing results as recorded", r.message());
    }

    @Test
    void aSessionThatCannotBeReanalysedIsKeptAsRecordedAndNamed() throws IOException {
        SessionLibrary copy = ReviewFixtures.copy(tmp.resolve("library"));
        List<LibraryIndex.Entry> mine = LibraryIndex.scan(copy, Progress.NONE).sessions(ReviewFixtures.PATIENT, null, null).subList(0, 2);
        Files.delete(mine.get(0).summary().file());
        LibraryResults r = new LibraryResults();
        r.choose(ResultChoice.REANALYSED);
        SessionReopener fromCopy = new SessionReopener(copy, new SessionPrescriptions(copy, ReviewFixtures.ROUTINE), SessionPipeline.current());
        ReanalysisRun run = r.runFor(mine, fromCopy).orElseThrow();
        ReanalysisRun.Outcome outcome = run.call(Progress.NONE);
        assertEquals(1, outcome.problems().size());
        assertEquals(1, outcome.reanalysed());
        r.finished(run, outcome);
        assertEquals(ResultChoice.REANALYSED, r.shown(mine));
        assertEquals(mine.get(0).trend(), r.points(mine).get(0), "kept as recorded");
        assertNotEquals("", r.message());
        assertTrue(r.message().contains("1 kept as recorded because"), r.message());
    }
}

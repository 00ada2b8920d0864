package com.reptempo.app.review;

import com.reptempo.app.SessionPipeline;
import com.reptempo.storage.SampleFileException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportBuilderTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-20T10:00:00Z"), ZoneId.of("Europe/Berlin"));

    @Test
    void aSessionReportHasItsTracesAndTheTargetsInForce() throws IOException {
        ReportBuilder b = new ReportBuilder(ReviewFixtures.library(), ReviewFixtures.ROUTINE, SessionPipeline.current(), CLOCK);
        ReviewReport r = b.session("20250307", ResultChoice.REANALYSED, Progress.NONE);
        assertEquals("P-017", r.patient());
        assertEquals("Session 2025-03-07 09:30", r.title());
        assertEquals("2025-03-07", r.dates());
        assertTrue(r.traces());
        assertEquals(1, r.sessions().size());
        SetView set = r.sessions().get(0).sets().get(0);
        assertEquals(ResultChoice.REANALYSED, set.shown());
        assertTrue(set.trace().size() > 100);
        assertEquals("prescription by KM, updated 2025-03-01", r.prescription());
        assertTrue(r.targets().get(0).startsWith("Rear leg lift: ") && r.targets().get(0).endsWith("; pelvis within 8°"),
                "the current prescription's limit: " + r.targets().get(0));
        assertEquals(1, r.trend().points().size());
        assertEquals("2025-03-20T11:00+01:00[Europe/Berlin]", r.generatedAt().toString());
    }

    @Test
    void aRangeReportReadsOnlySessionJsonWhenResultsAreAsRecorded() throws IOException {
        ReportBuilder b = new ReportBuilder(ReviewFixtures.library(), ReviewFixtures.ROUTINE, Optional.empty(), CLOCK);
        java.util.List<String> steps = new java.util.ArrayList<>();
        ReviewReport r = b.patient("P-017", null, LocalDate.of(2025, 3, 9), ResultChoice.AS_RECORDED, (d, t, w) -> steps.add(d + "/" + t));
        assertEquals(4, r.sessions().size());
        assertEquals("Sessions 2025-03-03 to 2025-03-09", r.title());
        assertFalse(r.traces());
        assertEquals("4/4", steps.get(steps.size() - 1));
        assertTrue(r.sessions().stream().allMatch(s -> s.sets().get(0).trace().size() == 0 && s.sets().get(0).result() != null));
        assertEquals(4, r.targets().size(), "one line per exercise in the report");
        assertTrue(r.results().startsWith("Results as recorded at the time"));
        SampleFileException none = assertThrows(SampleFileException.class,
                () -> b.patient("P-017", LocalDate.of(2026, 1, 1), null, ResultChoice.AS_RECORDED, Progress.NONE));
        assertTrue(none.getMessage().startsWith("no sessions of P-017 between 2026-01-01 and the last"), none.getMessage());
        assertThrows(SampleFileException.class, () -> b.patient("../x", null, null, ResultChoice.AS_RECORDED, Progress.NONE));
    }
}

package com.reptempo.app.review;

import com.reptempo.app.MotionTrace;
import com.reptempo.app.SessionPipeline;
import com.reptempo.app.SessionPrescriptions;
import com.reptempo.app.SessionReopener;
import com.reptempo.model.RepResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionReviewTest {
    static SessionReview.Loaded cobraFaults;
    static SessionReopener.Reopened notReanalysed;

    @BeforeAll
    static void open() throws IOException {
        var lib = ReviewFixtures.library();
        Path file = ReviewFixtures.files().get(1);
        var prescriptions = new SessionPrescriptions(lib, ReviewFixtures.ROUTINE);
        List<String> steps = new ArrayList<>();
        cobraFaults = SessionReview.open(new SessionReopener(lib, prescriptions, SessionPipeline.current()), file,
                (d, t, w) -> steps.add(d + "/" + t + " " + w));
        assertEquals(3, steps.size(), steps.toString());
        assertTrue(steps.get(0).startsWith("0/2 opening and re-analysing "), steps.get(0));
        assertTrue(steps.get(1).startsWith("1/2 drawing the motion traces"), steps.get(1));
        notReanalysed = new SessionReopener(lib, prescriptions, Optional.empty()).reopen(file);
    }

    @Test
    void aReopenedSessionShowsItsFirstSetReanalysed() {
        SessionReview r = new SessionReview();
        assertFalse(r.isOpen());
        assertThrows(IllegalStateException.class, r::view);
        r.show(cobraFaults);
        assertTrue(r.canChoose());
        assertEquals(ResultChoice.REANALYSED, r.choice());
        assertEquals("P-017", r.info().patient());
        assertEquals(1, r.setLabels().size());
        assertTrue(r.setLabels().get(0).matches("1\\. Cobra lift: \\d+ reps"), r.setLabels().get(0));
        SetView v = r.view();
        assertEquals("Set 1: Cobra lift", v.title());
        assertTrue(v.reps().size() >= 8, "reps: " + v.reps().size());
        assertTrue(v.source().startsWith("re-analysed from the raw samples with RepTempo pipeline"), v.source());
        assertEquals(4.0, v.exercise().phases().get(1).max_s(), "the current prescription's hold");
        assertTrue(v.trace().size() > 100 && v.trace().size() <= MotionTrace.MAX_POINTS, "trace points: " + v.trace().size());
        var set = cobraFaults.reopened().sets().get(0);
        MotionTrace again = MotionTrace.of(cobraFaults.reopened().contents().samplesBetween(set.recorded().start_s(), set.recorded().end_s()),
                set.current(), MotionTrace.MAX_POINTS);
        assertArrayEquals(again.angle_deg(), v.trace().angle_deg(), "the pipeline's angle for the definition shown");
        assertSame(v.trace(), r.view().trace(), "made once, when the session was opened");
        assertSame(set.trace(), v.trace(), "the re-analysis's own trace: the set is not run through the pipeline a second time");
        assertTrue(v.reps().stream().anyMatch(rep -> !rep.faults().isEmpty()), "the faulty session has faults");
    }

    @Test
    void clickingARepHighlightsItAndSwitchingResultOrSetKeepsOrClearsIt() {
        SessionReview r = new SessionReview();
        r.show(cobraFaults);
        RepResult third = r.view().reps().get(2);
        r.highlight(third.index());
        assertEquals(third.index(), r.highlighted());
        assertEquals(third, r.view().highlighted().orElseThrow());
        double mid = (third.start_s() + third.end_s()) / 2;
        assertEquals(third.index(), r.view().repAt(mid), "a click on the trace finds the rep");
        assertEquals(0, r.view().repAt(-5));
        r.highlight(999);
        assertEquals(0, r.highlighted(), "a rep the set does not have clears the highlight");
        r.highlight(1);
        r.choose(ResultChoice.AS_RECORDED);
        assertEquals(ResultChoice.AS_RECORDED, r.view().shown());
        assertEquals("as recorded, judged against the targets in force then", r.view().source());
        assertEquals(1, r.highlighted(), "rep 1 exists in both results");
        r.selectSet(0);
        assertEquals(1, r.highlighted(), "choosing the same set keeps it");
        assertThrows(IndexOutOfBoundsException.class, () -> r.selectSet(1));
    }

    @Test
    void withoutAPipelineTheResultAsRecordedIsShown() {
        SessionReview r = new SessionReview();
        r.show(notReanalysed);
        assertFalse(r.canChoose());
        assertEquals(ResultChoice.AS_RECORDED, r.choice());
        assertEquals(ResultChoice.AS_RECORDED, r.view().shown());
        assertFalse(r.view().reps().isEmpty());
        assertEquals(1, r.allSets().size());
    }
}

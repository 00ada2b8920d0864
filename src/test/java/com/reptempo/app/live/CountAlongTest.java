package com.reptempo.app.live;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountAlongTest {
    @Test
    void countsOncePerSecondOfSampleTimeWithADistinctCueAtEachPhaseStart() {
        CountAlong c = new CountAlong();
        List<CountAlong.Cue> cues = new ArrayList<>();
        for (double t = 10.0; t < 14.5; t += 0.01) cues.addAll(c.update(t, "lift", 10.0, 4, 4));
        for (double t = 14.5; t < 17.0; t += 0.01) cues.addAll(c.update(t, "hold", 14.5, 2, 3));
        cues.addAll(c.update(17.0, null, 0, 0, 0));

        assertEquals(CountAlong.CueKind.PHASE_START, cues.get(0).kind());
        assertEquals(List.of(1, 2, 3, 4, 5), cues.stream().filter(q -> "lift".equals(q.phase())).map(CountAlong.Cue::count).toList());
        assertTrue(cues.stream().filter(q -> "lift".equals(q.phase()) && q.count() == 5).allMatch(CountAlong.Cue::beyondTarget));
        assertFalse(cues.stream().filter(q -> "lift".equals(q.phase()) && q.count() == 4).anyMatch(CountAlong.Cue::beyondTarget));
        assertEquals(List.of(CountAlong.CueKind.PHASE_START, CountAlong.CueKind.COUNT, CountAlong.CueKind.COUNT),
                cues.stream().filter(q -> "hold".equals(q.phase())).map(CountAlong.Cue::kind).toList());
        assertEquals(CountAlong.CueKind.REST, cues.get(cues.size() - 1).kind());
        assertEquals(CountAlong.Display.REST, c.display());
    }

    @Test
    void aCoarseUpdateStillEmitsEveryCountInOrder() {
        CountAlong c = new CountAlong();
        c.update(0, "lower", 0, 4, 4);
        List<CountAlong.Cue> cues = c.update(3.2, "lower", 0, 4, 4);
        assertEquals(List.of(2, 3, 4), cues.stream().map(CountAlong.Cue::count).toList());
        assertEquals(new CountAlong.Display("lower", 4, 4, 4), c.display());
    }

    @Test
    void aRepeatedPhaseNameWithANewStartIsANewPhase() {
        CountAlong c = new CountAlong();
        c.update(0, "lift", 0, 3, 3);
        List<CountAlong.Cue> cues = c.update(7, "lift", 6.5, 3, 3);
        assertEquals(CountAlong.CueKind.PHASE_START, cues.get(0).kind());
    }
}

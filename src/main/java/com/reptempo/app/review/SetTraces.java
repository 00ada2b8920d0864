package com.reptempo.app.review;

import com.reptempo.app.SessionReopener;
import com.reptempo.model.ExerciseDefinition;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The motion traces of a reopened session's sets, made once per set and exercise definition
 * (each runs the set's samples through the pipeline) on whichever thread first asks for it, and
 * kept. Safe to share between threads.
 */
public final class SetTraces {
    private record Key(int set, ExerciseDefinition exercise) {
    }

    private final SessionReopener.Reopened session;
    private final Map<Key, MotionTrace> made = new ConcurrentHashMap<>();

    public SetTraces(SessionReopener.Reopened session) {
        this.session = session;
    }

    /** The trace of set {@code index} analysed as {@code exercise}. */
    public MotionTrace of(int index, ExerciseDefinition exercise) {
        return made.computeIfAbsent(new Key(index, exercise), k -> {
            var set = session.sets().get(index).recorded();
            return MotionTrace.of(session.contents().samplesBetween(set.start_s(), set.end_s()), exercise, MotionTrace.MAX_POINTS);
        });
    }

    /** Makes every trace a screen of this session may show: each set as analysed now and as recorded. */
    public void makeAll(Progress progress) {
        int n = session.sets().size();
        for (int i = 0; i < n; i++) {
            SessionReopener.SetComparison c = session.sets().get(i);
            progress.update(i, n, "drawing the motion of set " + (i + 1));
            if (c.recomputed() != null) of(i, c.current());
            of(i, c.recorded().exercise());
        }
    }
}

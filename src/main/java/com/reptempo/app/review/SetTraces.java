package com.reptempo.app.review;

import com.reptempo.app.MotionTrace;
import com.reptempo.app.SessionReopener;
import com.reptempo.model.ExerciseDefinition;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The motion traces of a reopened session's sets: the re-analysis's own trace for the definition
 * in force now (no second run), and for another definition (the result as recorded, when the
 * targets have changed since) made once per set and definition by running the set's samples
 * through the pipeline on whichever thread first asks for it, and kept. Safe to share between
 * threads.
 */
public final class SetTraces {
    private record Key(int set, ExerciseDefinition exercise) {
    }

    private final SessionReopener.Reopened session;
    private final Map<Key, MotionTrace> made = new ConcurrentHashMap<>();

    public SetTraces(SessionReopener.Reopened session) {
        this.session = session;
    }

    /**
     * The trace of set {@code index} analysed as {@code exercise}: the one the re-analysis made
     * when {@code exercise} is the definition it used, else (the result as recorded, judged against
     * other targets) the pipeline run once more.
     */
    public MotionTrace of(int index, ExerciseDefinition exercise) {
        SessionReopener.SetComparison c = session.sets().get(index);
        if (c.trace() != null && exercise.equals(c.current())) return c.trace();
        return made.computeIfAbsent(new Key(index, exercise), k -> {
            var set = c.recorded();
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

package com.reptempo.app.review;

import com.reptempo.app.SessionReopener;
import com.reptempo.model.SetResult;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Re-analyses sessions one after the other from their raw samples (current pipeline, the
 * patient's current prescription) into trend points, on a worker thread, reporting progress per
 * session. {@link #cancel} (any thread) stops it after the session it is on; what it finished is
 * returned all the same.
 */
public final class ReanalysisRun {
    /**
     * What a run did.
     *
     * @param points    the re-analysed point of each session done, by session id (as recorded for a session that could not be re-analysed)
     * @param problems  one message per session that could not be re-analysed
     * @param cancelled true when it was stopped before the end
     */
    public record Outcome(Map<String, TrendPoint> points, List<String> problems, boolean cancelled) {
        public Outcome {
            points = Map.copyOf(points);
            problems = List.copyOf(problems);
        }

        /** Sessions actually re-analysed. */
        public int reanalysed() {
            return points.size() - problems.size();
        }
    }

    private final List<LibraryIndex.Entry> entries;
    private final SessionReopener reopener;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    ReanalysisRun(List<LibraryIndex.Entry> entries, SessionReopener reopener) {
        this.entries = List.copyOf(entries);
        this.reopener = reopener;
    }

    /** Sessions to re-analyse. */
    public int size() {
        return entries.size();
    }

    /** Asks the run to stop after the session it is on. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean cancelled() {
        return cancelled.get();
    }

    /** Re-analyses every session (worker thread). */
    public Outcome call(Progress progress) {
        Map<String, TrendPoint> points = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            LibraryIndex.Entry e = entries.get(i);
            progress.update(i, entries.size(), "re-analysing " + e.summary().file().getFileName());
            if (cancelled()) return new Outcome(points, problems, true);
            try {
                points.put(e.summary().id(), reanalyse(reopener.reopen(e.summary().file())));
            } catch (IOException x) {
                if (cancelled()) return new Outcome(points, problems, true);
                points.put(e.summary().id(), e.trend());
                problems.add(x.getMessage());
            }
        }
        progress.update(entries.size(), entries.size(), "re-analysed " + entries.size() + " session(s)");
        return new Outcome(points, problems, cancelled());
    }

    /** The point of a reopened session, each set's re-analysed result (or the one recorded where there is none). */
    static TrendPoint reanalyse(SessionReopener.Reopened r) {
        List<SetResult> results = r.sets().stream().map(c -> c.recomputed() != null ? c.recomputed() : c.recorded().result())
                .filter(Objects::nonNull).toList();
        return TrendPoint.of(r.session().info(), r.sets().size(), results);
    }
}

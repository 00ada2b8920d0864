package com.reptempo.app.review;

import com.reptempo.model.RepResult;
import com.reptempo.model.SetResult;
import com.reptempo.storage.session.RecordedSet;
import com.reptempo.storage.session.Session;
import com.reptempo.storage.session.SessionInfo;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One session on the trend chart.
 *
 * @param sessionId          the session
 * @param startedAt          when it was recorded
 * @param sets               sets in the session
 * @param analysedSets       sets with a result
 * @param reps               reps in all analysed sets
 * @param tempoAdherence_pct share of reps with every phase on tempo, percent (NaN without reps)
 * @param quality            mean rep quality 0..100 (NaN without reps)
 * @param painBefore         pain 0..10 before, or null
 * @param painAfter          pain 0..10 after, or null
 */
public record TrendPoint(String sessionId, ZonedDateTime startedAt, int sets, int analysedSets, int reps,
                         double tempoAdherence_pct, double quality, Integer painBefore, Integer painAfter) {
    public TrendPoint {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** The point of a session from its results as recorded (what session.json holds; no samples are read). */
    public static TrendPoint of(Session s) {
        List<SetResult> results = s.sets().stream().map(RecordedSet::result).filter(Objects::nonNull).toList();
        return of(s.info(), s.sets().size(), results);
    }

    /** The point of a session from the given set results. */
    public static TrendPoint of(SessionInfo info, int sets, List<SetResult> results) {
        List<RepResult> reps = RepStats.reps(results);
        return new TrendPoint(info.id(), info.startedAt(), sets, results.size(), reps.size(), RepStats.tempoAdherence_pct(reps),
                RepStats.meanQuality(reps), info.painBefore(), info.painAfter());
    }

    /** True when at least one set was analysed. */
    public boolean analysed() {
        return analysedSets > 0;
    }
}

package com.reptempo.app.review;

import java.util.Comparator;
import java.util.List;

/**
 * A patient's sessions over time: what the trend chart draws, oldest first.
 *
 * @param patient the patient's pseudonym
 * @param points  one point per session
 */
public record TrendSeries(String patient, List<TrendPoint> points) {
    public TrendSeries {
        points = points.stream().sorted(Comparator.comparing((TrendPoint p) -> p.startedAt().toInstant())
                .thenComparing(TrendPoint::sessionId)).toList();
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    /** True when some session has a pain rating. */
    public boolean hasPain() {
        return points.stream().anyMatch(p -> p.painBefore() != null || p.painAfter() != null);
    }
}

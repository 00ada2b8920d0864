package com.reptempo.storage.session;

import com.reptempo.model.Sample;

import java.util.List;

/**
 * What a session's samples are like, kept in session.json so that a library listing need not
 * read the samples.
 *
 * @param count      number of samples
 * @param duration_s time from the first to the last sample, seconds
 * @param rate_hz    mean sample rate, Hz (0 with fewer than two samples)
 * @param hasGyro    true when the samples carry angular rate
 */
public record SampleSummary(long count, double duration_s, double rate_hz, boolean hasGyro) {
    /** No samples. */
    public static final SampleSummary EMPTY = new SampleSummary(0, 0, 0, false);

    public SampleSummary {
        if (count < 0 || !(duration_s >= 0) || !(rate_hz >= 0)) {
            throw new IllegalArgumentException("sample summary must have count >= 0, duration >= 0 and rate >= 0");
        }
    }

    /** The summary of samples whose first and last times are known. */
    public static SampleSummary of(long count, double first_s, double last_s, boolean hasGyro) {
        if (count < 2) return new SampleSummary(count, 0, 0, hasGyro);
        double d = last_s - first_s;
        return new SampleSummary(count, d, d > 0 ? (count - 1) / d : 0, hasGyro);
    }

    /** The summary of samples in memory. */
    public static SampleSummary of(List<Sample> samples) {
        if (samples.isEmpty()) return EMPTY;
        return of(samples.size(), samples.get(0).t_s(), samples.get(samples.size() - 1).t_s(), samples.get(0).hasGyro());
    }
}

package com.reptempo.storage.session;

import com.reptempo.model.Sample;

import java.util.List;
import java.util.Objects;

/**
 * A session file read into memory: the session, its samples, and whether a raw capture is in
 * the file (copied out on demand with {@link SessionFileReader#copyCapture}).
 *
 * @param session      the session; its sample summary is the one measured on the samples read
 * @param samples      every sample, in time order
 * @param captureBytes size of the raw capture, or -1 when the file has none
 */
public record SessionContents(Session session, List<Sample> samples, long captureBytes) {
    public SessionContents {
        Objects.requireNonNull(session, "session");
        samples = List.copyOf(samples);
    }

    public boolean hasCapture() {
        return captureBytes >= 0;
    }

    /** The samples from {@code from_s} to {@code to_s}, both included (e.g. one set). */
    public List<Sample> samplesBetween(double from_s, double to_s) {
        int a = firstAtOrAfter(from_s);
        int b = firstAtOrAfter(Math.nextUp(to_s));
        return samples.subList(a, Math.max(a, b));
    }

    private int firstAtOrAfter(double t_s) {
        int lo = 0;
        int hi = samples.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (samples.get(mid).t_s() < t_s) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}

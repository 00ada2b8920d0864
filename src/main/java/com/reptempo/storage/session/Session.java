package com.reptempo.storage.session;

import java.util.List;
import java.util.Objects;

/**
 * A session as the program works with it (the domain view of session.json): metadata, the
 * prescription in force, the sets and a summary of the samples. The samples themselves travel
 * beside it (see {@link SessionContents}).
 *
 * @param info         who, when, with what
 * @param samples      summary of the samples
 * @param prescription the patient's prescription in force while recording, or null when the
 *                     routine's defaults applied
 * @param sets         the sets in time order
 */
public record Session(SessionInfo info, SampleSummary samples, Prescription prescription, List<RecordedSet> sets) {
    public Session {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(samples, "samples");
        sets = List.copyOf(sets);
    }

    public String id() {
        return info.id();
    }

    /** The same session with other info. */
    public Session withInfo(SessionInfo newInfo) {
        return new Session(newInfo, samples, prescription, sets);
    }

    /** The same session with other sets. */
    public Session withSets(List<RecordedSet> newSets) {
        return new Session(info, samples, prescription, newSets);
    }

    /** The same session with another sample summary. */
    public Session withSamples(SampleSummary newSamples) {
        return new Session(info, newSamples, prescription, sets);
    }
}

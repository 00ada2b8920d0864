package com.reptempo.app.review;

/** Progress of a background task (reading a library, re-analysing, writing a report); called on worker threads, possibly several at once. */
@FunctionalInterface
public interface Progress {
    /** Ignores progress. */
    Progress NONE = (done, total, what) -> { };

    /**
     * @param done  steps done so far
     * @param total steps in all (0 when unknown)
     * @param what  what is being done, in plain words
     */
    void update(int done, int total, String what);
}

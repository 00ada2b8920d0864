package com.reptempo.pipeline;

/**
 * Bookkeeping for the rest found again within a movement ({@link HeldPlace#restRepFrom},
 * {@link HeldPlace#REST_RETURNS}; {@link ExcursionDetector}). Mid-set, the way to that rest ends
 * as getting into position where the sensor first stopped there, and the first rep from it is
 * ended where it came back, once the movement before it has ended (one sample later). Before the
 * set's first rep the rest is only remembered, to be acted on if the movement is about to time
 * out (a movement held that long from its start is discarded with every rep in it, so measuring
 * them from the rest they came back to loses nothing). Holds indices only; nothing is allocated.
 */
final class RestFoundAgain {
    /** History index where the first rep from the rest found again came back, to be ended there; -1 when none. */
    private long repEndIndex = -1;
    /** The movement before that rep has ended: the rep ends at {@link #repEndIndex} with the next sample. */
    private boolean repDue;
    /**
     * Before the set's first rep: where the sensor first stopped at the rest found again in the
     * current movement, kept for when it times out; -1 when none.
     */
    private long unbegunFromIndex = -1;
    /** With {@link #unbegunFromIndex}: the history index of the stay before the last departure from that rest. */
    private long unbegunToIndex = -1;

    /** A new movement started: nothing found in it yet before the first rep. */
    void newMovement() {
        unbegunFromIndex = -1;
        unbegunToIndex = -1;
    }

    /** Before the set's first rep: the rest was found again at fromIndex, stayed at until toIndex; the first one found is kept. */
    void keepUnbegun(long fromIndex, long toIndex) {
        if (unbegunFromIndex < 0) {
            unbegunFromIndex = fromIndex;
            unbegunToIndex = toIndex;
        }
    }

    /** The first rep from the rest found again came back at history index endIndex. */
    void repEndsAt(long endIndex) {
        repEndIndex = endIndex;
    }

    /**
     * The movement (started at startIndex) is about to time out: where it restarts from the rest
     * kept before the first rep, the rep from it to end at the stay before its last departure;
     * -1 when none is usable (none kept, or no longer in the history that starts at oldestIndex).
     */
    long takeUnbegun(long startIndex, long oldestIndex) {
        long from = unbegunFromIndex;
        long to = unbegunToIndex;
        if (from <= startIndex || from >= to || oldestIndex > from) return -1;
        unbegunFromIndex = -1;
        unbegunToIndex = -1;
        repEndIndex = to;
        return from;
    }

    /** The movement before has ended and a new one starts at history index fromIndex: the rep is due if it ends after that. */
    void restartedAt(long fromIndex) {
        repDue = repEndIndex > fromIndex;
        if (!repDue) repEndIndex = -1;
    }

    /** The history index where the due rep ends, forgetting it; -1 when no rep is due. */
    long takeDueRepEnd() {
        if (!repDue) return -1;
        repDue = false;
        long stop = repEndIndex;
        repEndIndex = -1;
        return stop;
    }
}

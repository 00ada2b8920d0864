package com.reptempo.device;

import com.reptempo.model.LinkStats;

/**
 * Anything that produces samples: a serial sensor, a file replay, the demo sensor. A source owns
 * its reader thread; {@link #start} returns at once and the listener is then called from that
 * thread. {@link #close} stops the thread and waits for it, so after it returns no more calls
 * arrive.
 */
public interface SampleSource extends AutoCloseable {
    /** A human description, e.g. "/dev/ttyACM0 (RepTempo sensor)" or "demo sensor". */
    String description();

    /** Starts producing samples into {@code listener}. Call once. */
    void start(SourceListener listener);

    /** Link statistics so far; safe to call from any thread. */
    LinkStats stats();

    /**
     * Told when a set of {@code exerciseId} starts taking this source's samples. A sensor ignores
     * it; the demo sensor's person begins the set then. Safe to call from any thread.
     */
    default void setStarting(String exerciseId) {
    }

    /** The current state; safe to call from any thread. */
    LinkState state();

    /** Stops and waits for the reader thread. Idempotent. */
    @Override
    void close();
}

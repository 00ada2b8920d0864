package com.reptempo.app.live;

import com.reptempo.model.SampleSink;

/** Where live samples can be taken from: whoever consumes them now gets every following sample. */
@FunctionalInterface
public interface SampleTap {
    /** Sends every following sample to {@code sink}; null stops sending. Safe from any thread. */
    void consumeWith(SampleSink sink);

    /** Tells the source that a set of {@code exerciseId} starts now (the demo person begins it). */
    default void setStarting(String exerciseId) {
    }
}

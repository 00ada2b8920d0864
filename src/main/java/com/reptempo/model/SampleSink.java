package com.reptempo.model;

/**
 * Receives samples in time order. Implementations are called from a single thread (the thread
 * that owns the source or the pipeline) and must not block for long.
 */
@FunctionalInterface
public interface SampleSink {
    /** Called once per sample, in non-decreasing {@code t_s} order. */
    void accept(Sample sample);
}

package com.reptempo.protocol;

import com.reptempo.model.LinkStats;

/**
 * Bytes in, in any chunking; samples and messages out to a {@link DecodeListener}. Never throws
 * on bad input: corrupt bytes are dropped, counted in {@link #stats()} and the decoder
 * resynchronises. Not thread-safe: one thread feeds it.
 */
public interface StreamDecoder {
    /** The two wire modes (PROTOCOL.md §8). */
    enum Mode { UNDECIDED, BINARY, TEXT }

    /** Decodes {@code bytes[fromInclusive..toExclusive)}. */
    void feed(byte[] bytes, int fromInclusive, int toExclusive);

    /** Decodes all of {@code bytes}. */
    default void feed(byte[] bytes) {
        feed(bytes, 0, bytes.length);
    }

    /**
     * Forgets a partially received frame or line without counting it, e.g. after the link was
     * re-opened (the bytes that would complete it are gone). Sequence and time state are kept.
     */
    void discardPartial();

    /** A snapshot of the counters. */
    LinkStats stats();

    /** The mode this decoder is in. */
    Mode mode();

    /** True when samples arrive that cannot be converted because no HELLO was seen: ask for one. */
    default boolean needsHello() {
        return false;
    }
}

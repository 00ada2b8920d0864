package com.reptempo.simulator;

import java.util.Objects;

/**
 * A labelled non-rep event.
 *
 * @param kind    what it is
 * @param start_s start, seconds
 * @param end_s   end, seconds
 */
public record NonRepTruth(NonRepKind kind, double start_s, double end_s) {
    public NonRepTruth {
        Objects.requireNonNull(kind, "kind");
    }
}

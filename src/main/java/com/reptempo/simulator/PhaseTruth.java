package com.reptempo.simulator;

import com.reptempo.model.PhaseKind;

import java.util.Objects;

/**
 * One realised phase of a rep.
 *
 * @param name    the exercise's phase name, e.g. "lift"
 * @param kind    movement or hold
 * @param start_s start, seconds
 * @param end_s   end, seconds
 */
public record PhaseTruth(String name, PhaseKind kind, double start_s, double end_s) {
    public PhaseTruth {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** Realised duration, seconds. */
    public double duration_s() {
        return end_s - start_s;
    }
}

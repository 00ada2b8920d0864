package com.reptempo.storage.session;

import java.util.Objects;

/**
 * A prescribed target duration range for one phase of an exercise, by the phase's name.
 *
 * @param name  the phase name as in the routine, e.g. "hold"
 * @param min_s shortest target, seconds
 * @param max_s longest target, seconds
 */
public record PhaseRange(String name, double min_s, double max_s) {
    public PhaseRange {
        Objects.requireNonNull(name, "phase name");
    }
}

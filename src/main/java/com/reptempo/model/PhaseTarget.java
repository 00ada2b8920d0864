package com.reptempo.model;

import java.util.Objects;

/**
 * One phase of an exercise and its target duration range (1 count = 1 second).
 *
 * @param name  phase name, e.g. "lift", "hold", "lower"
 * @param kind  movement or hold
 * @param min_s shortest target duration, seconds
 * @param max_s longest target duration, seconds (equal to min_s for a single target)
 */
public record PhaseTarget(String name, PhaseKind kind, double min_s, double max_s) {
    public PhaseTarget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (!(min_s > 0) || !(max_s >= min_s) || max_s > 60) {
            throw new IllegalArgumentException("phase '" + name + "': target must satisfy 0 < min <= max <= 60 s, got "
                    + min_s + ".." + max_s);
        }
    }

    /** Middle of the target range, seconds. */
    public double mid_s() {
        return (min_s + max_s) / 2;
    }
}

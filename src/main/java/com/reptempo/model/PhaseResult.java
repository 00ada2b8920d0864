package com.reptempo.model;

import java.util.Objects;

/**
 * One timed phase of a detected rep, with the target it is judged against.
 *
 * @param name        phase name from the exercise definition, e.g. "lift"
 * @param kind        movement or hold
 * @param start_s     start, seconds (stream time)
 * @param end_s       end, seconds
 * @param targetMin_s target duration, lower end, seconds
 * @param targetMax_s target duration, upper end, seconds
 */
public record PhaseResult(String name, PhaseKind kind, double start_s, double end_s, double targetMin_s, double targetMax_s) {
    public PhaseResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (end_s < start_s) throw new IllegalArgumentException("phase " + name + " ends before it starts");
    }

    /** Duration, seconds. */
    public double duration_s() {
        return end_s - start_s;
    }

    /** Seconds outside the target range: negative when shorter than the minimum, positive when longer than the maximum, else 0. */
    public double deviation_s() {
        double d = duration_s();
        return d < targetMin_s ? d - targetMin_s : d > targetMax_s ? d - targetMax_s : 0.0;
    }
}

package com.reptempo.model;

import java.util.List;
import java.util.Objects;

/**
 * A detected rep: when, which side, its timed phases, its faults and its quality.
 *
 * @param index               1-based number within the set
 * @param start_s             start, seconds
 * @param end_s               end, seconds
 * @param side                side, or null for exercises not done per side
 * @param phases              phases in order
 * @param faults              faults found (empty for a good rep)
 * @param quality             0..100 (see the pipeline's quality formula)
 * @param range_deg           peak rotation from the rep's starting orientation, degrees
 * @param pelvisRotation_deg  peak rotation of the sensor (on the pelvis) from the rep's starting orientation,
 *                            degrees: what the back-lift and unstable-pelvis checks compare with their limit
 *                            (issue 4's rule); today the same value as {@code range_deg}, kept apart so that a
 *                            pipeline that separates the movement axis from the "keep still" axes can fill it
 * @param smoothness          smoothness of the movement phases (SPARC; 0 is perfectly smooth, more negative is less smooth)
 */
public record RepResult(int index, double start_s, double end_s, Side side, List<PhaseResult> phases, List<Fault> faults,
                        double quality, double range_deg, double pelvisRotation_deg, double smoothness) {
    public RepResult {
        phases = List.copyOf(phases);
        faults = List.copyOf(faults);
        Objects.requireNonNull(phases);
    }

    /** Duration, seconds. */
    public double duration_s() {
        return end_s - start_s;
    }

    /** The same rep on the other side (itself when not per side): the set's sides were found the wrong way round. */
    public RepResult withOtherSide() {
        return side == null ? this : new RepResult(index, start_s, end_s, side.opposite(), phases, faults, quality, range_deg,
                pelvisRotation_deg, smoothness);
    }

    /** The same rep numbered n (itself when it already is): a live screen counts the reps it shows, not the pipeline's. */
    public RepResult withIndex(int n) {
        return n == index ? this : new RepResult(n, start_s, end_s, side, phases, faults, quality, range_deg,
                pelvisRotation_deg, smoothness);
    }

    /** True when the rep has a fault of this kind. */
    public boolean has(FaultKind kind) {
        return faults.stream().anyMatch(f -> f.kind() == kind);
    }
}

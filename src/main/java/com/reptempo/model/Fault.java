package com.reptempo.model;

import java.util.Objects;

/**
 * A fault flagged on a rep.
 *
 * @param kind              what is wrong
 * @param phase             the phase it concerns (tempo faults), or null for the whole rep
 * @param deviation         how far off: seconds for tempo faults, degrees for pelvis faults,
 *                          the fraction of typical range for partial range, the smoothness value for jerky
 * @param deviationPercent  the same relative to the limit, percent (e.g. -40 = 40 % too short)
 */
public record Fault(FaultKind kind, String phase, double deviation, double deviationPercent) {
    public Fault {
        Objects.requireNonNull(kind, "kind");
    }
}

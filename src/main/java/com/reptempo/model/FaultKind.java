package com.reptempo.model;

import java.util.Arrays;

/** The faults RepTempo flags on a rep. Ids are stable: they appear in files and JSON output. */
public enum FaultKind {
    /** A movement phase shorter than too-fast factor × its target minimum. */
    TOO_FAST("too-fast"),
    /** A phase longer than too-slow factor × its target maximum. */
    TOO_SLOW("too-slow"),
    /** A hold shorter than short-hold factor × its target minimum. */
    SHORT_HOLD("short-hold"),
    /** Heel scoop: the lower back lifted off the floor (the pelvis rotated past the threshold). */
    BACK_LIFT("back-lift"),
    /** Rear leg lift, arm/leg extension: the pelvis rotated past the threshold. */
    UNSTABLE_PELVIS("unstable-pelvis"),
    /** The rep's range was well below the set's typical range. */
    PARTIAL_RANGE("partial-range"),
    /** The movement was not smooth (stops, jolts), by a published smoothness measure. */
    JERKY("jerky");

    private final String id;

    FaultKind(String id) {
        this.id = id;
    }

    /** The stable id, e.g. "too-fast". */
    public String id() {
        return id;
    }

    /** The fault with this id. */
    public static FaultKind fromId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown fault '" + id + "'; known: "
                        + Arrays.stream(values()).map(FaultKind::id).toList()));
    }

    @Override
    public String toString() {
        return id;
    }
}

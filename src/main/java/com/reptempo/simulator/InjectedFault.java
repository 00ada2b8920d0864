package com.reptempo.simulator;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.PhaseKind;

import java.util.Arrays;
import java.util.Locale;

/**
 * What the simulator can do wrong on purpose in a rep (its own vocabulary, distinct from the
 * pipeline's {@link com.reptempo.model.FaultKind}: the truth lists both the injected faults and the
 * pipeline faults they should produce).
 */
public enum InjectedFault {
    /** Every movement phase at 0.40-0.65 × its target minimum. */
    RUSHED("rushed"),
    /** Every movement phase at 1.8-2.3 × its target maximum. */
    TOO_SLOW("too-slow"),
    /** The hold at 0.30-0.55 × its target minimum (exercises with a hold). */
    SHORT_HOLD("short-hold"),
    /** The pelvis turns 1.6-2.2 × the allowed rotation (exercises with a pelvis check). */
    PELVIS_ROTATION("pelvis-rotation"),
    /** 25-40 % of the person's usual range. */
    PARTIAL_RANGE("partial-range"),
    /** A stop of 25-35 % of a movement phase part-way through it. */
    MID_REP_PAUSE("mid-rep-pause"),
    /** Before the rep, an attempt given up part-way: a non-rep, not counted; the rep follows. */
    ABANDONED("abandoned");

    private final String id;

    InjectedFault(String id) {
        this.id = id;
    }

    /** The stable id, e.g. "mid-rep-pause". */
    public String id() {
        return id;
    }

    /** The fault with this id. */
    public static InjectedFault fromId(String id) {
        String n = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(n)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown fault '" + id + "'; known: "
                        + String.join(", ", Arrays.stream(values()).map(InjectedFault::id).toList())));
    }

    /** True when this fault can be injected into reps of {@code exercise}. */
    public boolean appliesTo(ExerciseDefinition exercise) {
        return switch (this) {
            case SHORT_HOLD -> exercise.phases().stream().anyMatch(p -> p.kind() == PhaseKind.HOLD);
            case PELVIS_ROTATION -> !exercise.formFaults().isEmpty()
                    && ExerciseMotion.of(exercise.id()).map(ExerciseMotion::hasPelvisFault).orElse(false);
            default -> true;
        };
    }

    @Override
    public String toString() {
        return id;
    }
}

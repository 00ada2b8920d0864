package com.reptempo.simulator;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which faults a session injects. Per set, each requested kind that applies to the exercise is
 * injected into at least one rep (when the set has enough reps); every other rep gets one of
 * them with probability {@code rate}. Reps listed in {@code explicit} (1-based rep number within
 * the set) get exactly the faults given there instead, in every set where they apply.
 *
 * @param kinds    the kinds to inject at random
 * @param rate     probability that a further rep gets a fault, 0..1
 * @param explicit faults for given rep numbers (1-based), overriding the random choice
 */
public record FaultPlan(Set<InjectedFault> kinds, double rate, Map<Integer, Set<InjectedFault>> explicit) {
    /** Good form: nothing injected. */
    public static final FaultPlan NONE = new FaultPlan(Set.of(), 0, Map.of());

    /** The default rate when faults are asked for without one. */
    public static final double DEFAULT_RATE = 0.3;

    public FaultPlan {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        if (!(rate >= 0 && rate <= 1)) throw new IllegalArgumentException("fault rate must be 0..1");
        Map<Integer, Set<InjectedFault>> copy = new TreeMap<>();
        explicit.forEach((rep, f) -> {
            if (rep == null || rep < 1) throw new IllegalArgumentException("rep numbers start at 1");
            copy.put(rep, Set.copyOf(Objects.requireNonNull(f, "faults")));
        });
        explicit = Map.copyOf(copy);
    }

    /** These kinds at this rate. */
    public static FaultPlan of(Set<InjectedFault> kinds, double rate) {
        return new FaultPlan(kinds, rate, Map.of());
    }

    /** Every kind at this rate. */
    public static FaultPlan all(double rate) {
        return of(EnumSet.allOf(InjectedFault.class), rate);
    }

    /** True when nothing is injected. */
    public boolean isNone() {
        return kinds.isEmpty() && explicit.isEmpty();
    }
}

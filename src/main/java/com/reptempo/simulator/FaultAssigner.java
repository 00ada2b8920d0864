package com.reptempo.simulator;

import com.reptempo.model.ExerciseDefinition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Decides which reps of a set get which injected fault, following a {@link FaultPlan}. */
final class FaultAssigner {
    private FaultAssigner() {
    }

    /** One entry per rep (index 0 = rep 1): the faults to inject into it. */
    static List<Set<InjectedFault>> assign(int reps, ExerciseDefinition ex, FaultPlan plan, Rng rng) {
        List<InjectedFault> applicable = Arrays.stream(InjectedFault.values())
                .filter(plan.kinds()::contains).filter(f -> f.appliesTo(ex)).toList();
        List<Set<InjectedFault>> out = new ArrayList<>();
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            Set<InjectedFault> explicit = plan.explicit().get(i + 1);
            if (explicit != null) {
                Set<InjectedFault> f = EnumSet.noneOf(InjectedFault.class);
                explicit.stream().filter(k -> k.appliesTo(ex)).forEach(f::add);
                out.add(f);
            } else {
                out.add(EnumSet.noneOf(InjectedFault.class));
                free.add(i);
            }
        }
        if (applicable.isEmpty()) return out;
        for (int i = free.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            Integer tmp = free.get(i);
            free.set(i, free.get(j));
            free.set(j, tmp);
        }
        for (int k = 0; k < free.size(); k++) {
            if (k < applicable.size()) {
                out.get(free.get(k)).add(applicable.get(k));
            } else if (rng.chance(plan.rate())) {
                out.get(free.get(k)).add(applicable.get(rng.nextInt(applicable.size())));
            }
        }
        return out;
    }
}

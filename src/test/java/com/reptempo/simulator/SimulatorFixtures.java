package com.reptempo.simulator;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Routine;
import com.reptempo.storage.RoutineJson;

import java.util.List;

/** Shared inputs for the simulator tests. */
final class SimulatorFixtures {
    static final Routine ROUTINE = RoutineJson.bundled();
    static final List<String> EXERCISES = List.of("heel-scoop", "cobra-lift", "rear-leg-lift", "arm-leg-extension");

    private SimulatorFixtures() {
    }

    static ExerciseDefinition exercise(String id) {
        return ROUTINE.get(id);
    }

    /** A short set: 4 reps (per side). */
    static SessionPlan shortSet(String id) {
        return SessionPlan.singleSet(exercise(id), 4);
    }

    /** The ideal sensor, no disturbances: the truth must match the signal almost exactly. */
    static SessionPlan clean(SessionPlan p) {
        return p.withSensor(SensorSpec.ideal(100)).withDisturbances(Disturbances.NONE);
    }
}

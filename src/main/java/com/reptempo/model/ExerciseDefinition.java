package com.reptempo.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An exercise of the routine, as data: what it is, how it is done and what "good" means.
 *
 * @param id           stable id, e.g. "cobra-lift"
 * @param name         display name, e.g. "Cobra lift"
 * @param position     starting position in plain words, e.g. "on your stomach"
 * @param instructions how to do it, in the app's own words
 * @param placement    where the sensor is worn for it
 * @param sides        whether and how it is done per side
 * @param minReps      target reps (per side when done per side), lower end
 * @param maxReps      target reps, upper end
 * @param phases       the phases of one rep, in order, with targets
 * @param formFaults   the posture faults checked for this exercise (BACK_LIFT, UNSTABLE_PELVIS)
 * @param thresholds   when to flag faults
 */
public record ExerciseDefinition(String id, String name, String position, String instructions, Placement placement,
                                 SideMode sides, int minReps, int maxReps, List<PhaseTarget> phases,
                                 Set<FaultKind> formFaults, FaultThresholds thresholds) {
    public ExerciseDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sides, "sides");
        Objects.requireNonNull(thresholds, "thresholds");
        phases = List.copyOf(phases);
        formFaults = Set.copyOf(formFaults);
        if (phases.isEmpty()) throw new IllegalArgumentException(id + ": an exercise needs at least one phase");
        if (phases.get(0).kind() != PhaseKind.MOVEMENT) throw new IllegalArgumentException(id + ": the first phase must be a movement");
        if (minReps < 1 || maxReps < minReps) throw new IllegalArgumentException(id + ": reps must satisfy 1 <= min <= max");
    }

    /** True when reps are classified left or right. */
    public boolean perSide() {
        return sides != SideMode.NONE;
    }

    /** Sum of the phases' target midpoints: the ideal duration of one rep, seconds. */
    public double targetRepDuration_s() {
        return phases.stream().mapToDouble(PhaseTarget::mid_s).sum();
    }

    /** The same exercise with other thresholds (a physiotherapist's prescription). */
    public ExerciseDefinition withThresholds(FaultThresholds t) {
        return new ExerciseDefinition(id, name, position, instructions, placement, sides, minReps, maxReps, phases, formFaults, t);
    }
}

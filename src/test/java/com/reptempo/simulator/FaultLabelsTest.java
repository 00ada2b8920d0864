package com.reptempo.simulator;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.FaultKind;
import com.reptempo.model.PhaseKind;
import com.reptempo.model.PhaseTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaultLabelsTest {
    private static FaultKind pipelineFault(InjectedFault f, ExerciseDefinition ex) {
        return switch (f) {
            case RUSHED -> FaultKind.TOO_FAST;
            case TOO_SLOW -> FaultKind.TOO_SLOW;
            case SHORT_HOLD -> FaultKind.SHORT_HOLD;
            case PELVIS_ROTATION -> ex.formFaults().iterator().next();
            case PARTIAL_RANGE -> FaultKind.PARTIAL_RANGE;
            case MID_REP_PAUSE -> FaultKind.JERKY;
            case ABANDONED -> throw new IllegalArgumentException("not a rep fault");
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"heel-scoop", "cobra-lift", "rear-leg-lift", "arm-leg-extension"})
    void everyRequestedFaultAppearsWithItsPipelineLabel(String id) {
        ExerciseDefinition ex = SimulatorFixtures.exercise(id);
        SimulatedSession s = SimulatedSession.generate(SessionPlan.singleSet(ex, ex.minReps())
                .withFaults(FaultPlan.all(0.3)).withSeed(21));
        Set<InjectedFault> seen = EnumSet.noneOf(InjectedFault.class);
        for (RepTruth r : s.truth().allReps()) {
            seen.addAll(r.injectedFaults());
            for (InjectedFault f : r.injectedFaults()) {
                assertTrue(r.expectedFaults().contains(pipelineFault(f, ex)), () -> id + " rep " + r.index() + ": " + r);
            }
            if (r.injectedFaults().isEmpty()) assertEquals(List.of(), r.expectedFaults(), () -> id + " rep " + r.index());
        }
        for (InjectedFault f : InjectedFault.values()) {
            if (f == InjectedFault.ABANDONED || !f.appliesTo(ex)) continue;
            assertTrue(seen.contains(f), id + ": no rep with " + f);
        }
        assertTrue(s.truth().allNonReps().stream().anyMatch(n -> n.kind() == NonRepKind.ABANDONED_REP), id + ": no abandoned rep");
        assertEquals(ex.perSide() ? 2 * ex.minReps() : ex.minReps(), s.truth().sets().get(0).count());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void goodFormHasNoFaultsAndStaysWellInsideTheThresholds(long seed) {
        SimulatedSession s = SimulatedSession.generate(SessionPlan.routine(SimulatorFixtures.ROUTINE).withSeed(seed));
        for (SetTruth set : s.truth().sets()) {
            ExerciseDefinition ex = SimulatorFixtures.exercise(set.exercise());
            for (RepTruth r : set.reps()) {
                assertEquals(List.of(), r.injectedFaults());
                assertEquals(List.of(), r.expectedFaults(), () -> set.exercise() + " rep " + r.index());
                for (int i = 0; i < r.phases().size(); i++) {
                    PhaseTarget t = ex.phases().get(i);
                    double d = r.phases().get(i).duration_s();
                    assertEquals(t.name(), r.phases().get(i).name());
                    assertTrue(d >= 0.85 * t.min_s() - 1e-9 && d <= 1.25 * t.max_s() + 1e-9, () -> t.name() + " " + d);
                }
                if (!ex.formFaults().isEmpty()) assertTrue(r.peakPelvisRotation_deg() < 0.8 * ex.thresholds().maxPelvisRotation_deg());
            }
            assertTrue(set.nonReps().stream().noneMatch(n -> n.kind() == NonRepKind.ABANDONED_REP));
        }
    }

    @Test
    void injectedDurationsAreClearlyBeyondTheThresholds() {
        ExerciseDefinition ex = SimulatorFixtures.exercise("cobra-lift");
        SimulatedSession s = SimulatedSession.generate(SessionPlan.singleSet(ex, 10).withFaults(
                FaultPlan.of(EnumSet.of(InjectedFault.RUSHED, InjectedFault.TOO_SLOW, InjectedFault.SHORT_HOLD), 1.0)));
        for (RepTruth r : s.truth().allReps()) {
            InjectedFault f = r.injectedFaults().get(0);
            for (int i = 0; i < r.phases().size(); i++) {
                PhaseTarget t = ex.phases().get(i);
                double d = r.phases().get(i).duration_s();
                if (f == InjectedFault.RUSHED && t.kind() == PhaseKind.MOVEMENT) assertTrue(d <= 0.65 * t.min_s());
                if (f == InjectedFault.TOO_SLOW && t.kind() == PhaseKind.MOVEMENT) assertTrue(d >= 1.8 * t.max_s());
                if (f == InjectedFault.SHORT_HOLD && t.kind() == PhaseKind.HOLD) assertTrue(d <= 0.55 * t.min_s());
            }
        }
    }

    @Test
    void explicitRepsGetExactlyTheirFaultsAndNoneOtherwise() {
        ExerciseDefinition ex = SimulatorFixtures.exercise("rear-leg-lift");
        FaultPlan plan = new FaultPlan(Set.of(), 0, Map.of(3, Set.of(InjectedFault.MID_REP_PAUSE),
                5, Set.of(InjectedFault.PELVIS_ROTATION)));
        SimulatedSession s = SimulatedSession.generate(SessionPlan.singleSet(ex, 4).withFaults(plan));
        for (RepTruth r : s.truth().allReps()) {
            List<InjectedFault> expected = r.index() == 3 ? List.of(InjectedFault.MID_REP_PAUSE)
                    : r.index() == 5 ? List.of(InjectedFault.PELVIS_ROTATION) : List.of();
            assertEquals(expected, r.injectedFaults());
        }
        RepTruth paused = s.truth().allReps().get(2);
        assertEquals(1, paused.pauses().size());
        assertTrue(s.truth().allReps().get(4).expectedFaults().contains(FaultKind.UNSTABLE_PELVIS));
    }

    @Test
    void nonRepsDoNotOverlapReps() {
        SimulatedSession s = SimulatedSession.generate(SessionPlan.routine(SimulatorFixtures.ROUTINE)
                .withFaults(FaultPlan.all(0.3)).withDisturbances(new Disturbances(0.3, 0.2, true, true)));
        List<NonRepTruth> nonReps = s.truth().allNonReps();
        assertTrue(nonReps.stream().anyMatch(n -> n.kind() == NonRepKind.FIDGET));
        assertTrue(nonReps.stream().anyMatch(n -> n.kind() == NonRepKind.BUMP));
        assertTrue(nonReps.stream().anyMatch(n -> n.kind() == NonRepKind.SWITCH_SIDES));
        assertEquals(4, nonReps.stream().filter(n -> n.kind() == NonRepKind.GETTING_INTO_POSITION).count());
        for (RepTruth r : s.truth().allReps()) {
            for (NonRepTruth n : nonReps) {
                assertFalse(n.start_s() < r.end_s() && r.start_s() < n.end_s(), () -> n + " overlaps " + r);
            }
        }
    }
}

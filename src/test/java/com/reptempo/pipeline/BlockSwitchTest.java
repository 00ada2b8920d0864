package com.reptempo.pipeline;

import com.reptempo.app.EvalTruth;
import com.reptempo.app.EvalTruthReader;
import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Sample;
import com.reptempo.model.SetResult;
import com.reptempo.simulator.FaultPlan;
import com.reptempo.simulator.Mounting;
import com.reptempo.simulator.SensorSpec;
import com.reptempo.simulator.SessionPlan;
import com.reptempo.simulator.SimulatedSession;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The switch between the blocks of a heel-scoop set ({@link BlockSwitchWatch}). */
class BlockSwitchTest {
    private static final ExerciseDefinition HEEL_SCOOP = PipelineFixtures.ROUTINE.get("heel-scoop");

    /** Reps found against reps done in the session's only set. */
    private static int[] foundAndDone(SessionPlan plan) {
        SimulatedSession s = SimulatedSession.generate(plan);
        EvalTruth.LabelledSet set = EvalTruthReader.fromSession("s", s.truth()).get(0);
        List<Sample> span = s.samples().stream().filter(x -> x.t_s() >= set.from_s() && x.t_s() <= set.to_s()).toList();
        SetResult r = SetAnalyzer.analyze(span, HEEL_SCOOP, PipelineOptions.defaults().withFirstSide(set.firstSide()));
        return new int[] {r.reps().size(), set.count()};
    }

    private static SessionPlan heelScoop(long seed, long mountingSeed, String mounting, boolean faults) {
        SessionPlan p = SessionPlan.singleSet(HEEL_SCOOP, HEEL_SCOOP.minReps()).withSeed(seed)
                .withSensor(SensorSpec.mpu6050(100).withoutGyro()).withMounting(Mounting.named(mounting, mountingSeed));
        return faults ? p.withFaults(FaultPlan.all(0.3)) : p;
    }

    @Test
    void aQuickMovementThatPausedAtItsTopAlongTheFirstSidesAxisIsARepNotTheSwitch() {
        // fresh18 18010 rep 8: her last rep of the first block, rushed, 0.08 s at its top, cos 1.00
        SideClassifier sides = new SideClassifier(com.reptempo.model.SideMode.BLOCKS, com.reptempo.model.Side.RIGHT);
        double[] right = {-0.12, 0.60, -0.79};
        for (int i = 0; i < 4; i++) sides.classify(right[0], right[1], right[2], 0, 0, 1, 2.9, Double.NaN, false);
        Excursion rushed = new Excursion(0, 300, new double[] {0, 1, 2, 3}, new double[] {0, 3.2, 3.2, 0},
                new double[] {0, 3.2, 3.2, 0}, 3.2, 1, 45, right[0], right[1], right[2], 0, 0, 1, Excursion.End.RETURNED, 0);
        RepTiming paused = new RepTiming(0, 1.5, 1.58, 3.08, 1.54);
        RepTiming straightBack = new RepTiming(0, 1.5, 1.5, 3.0, 1.5);
        assertTrue(BlockSwitchWatch.repShaped(rushed, paused, 2.9, sides));
        // turned straight back: shaped like the switch, still held as a possible one
        assertFalse(BlockSwitchWatch.repShaped(rushed, straightBack, 2.9, sides));
        // pointing off the side's axis: the switch's random axis may fall near it
        Excursion off = new Excursion(0, 300, new double[] {0, 1, 2, 3}, new double[] {0, 3.2, 3.2, 0},
                new double[] {0, 3.2, 3.2, 0}, 3.2, 1, 45, -0.6, 0.6, -0.53, 0, 0, 1, Excursion.End.RETURNED, 0);
        assertFalse(BlockSwitchWatch.repShaped(off, paused, 2.9, sides));
    }

    @Test
    void aQuickSwitchThatCameBackWhereItStartedIsNotARep() {
        // the switch tilts 1.26 x her reps about the first side's axis, 0.47 x as wide, and returns
        int[] r = foundAndDone(heelScoop(8004, 8004, "upright", false));
        assertEquals(r[1], r[0]);
    }

    @Test
    void aQuickSwitchHeldAsTheOtherSidesFirstRepIsNotARep() {
        // the switch points like the coming side's reps (cosine 0.98 to its first rep)
        int[] r = foundAndDone(heelScoop(12012, 12012, "random", true));
        assertEquals(r[1], r[0]);
    }

    @Test
    void aRushedLastRepOfTheFirstBlockIsCountedOnceTheSwitchIsSeen() {
        int[] r = foundAndDone(heelScoop(111, 11, "upright", true));
        assertEquals(r[1], r[0]);
    }

    /** A movement at peak_deg for width_s (its time above half the peak), back where it started. */
    private static Excursion plateau(double peak_deg, double width_s) {
        double[] t = {0, 1, 1 + width_s, 2 + width_s};
        double[] theta = {0, peak_deg, peak_deg, 0};
        return new Excursion(0, 3, t, theta, theta, peak_deg, 1, 50, 1, 0, 0, 0, 0, 1, Excursion.End.RETURNED, 0);
    }

    @Test
    void onlyAShiftOfHalfARepOrMoreCouldBeTheSwitch() {
        assertTrue(BlockSwitchWatch.couldBeSwitch(Verdict.FIDGET, 1.5));
        assertTrue(BlockSwitchWatch.couldBeSwitch(Verdict.TOO_SHORT, 2.7));
        assertTrue(BlockSwitchWatch.couldBeSwitch(Verdict.NOISE, 0.6));
        assertFalse(BlockSwitchWatch.couldBeSwitch(Verdict.FIDGET, 0.3));
        assertFalse(BlockSwitchWatch.couldBeSwitch(Verdict.REP, 1.2));
        assertFalse(BlockSwitchWatch.couldBeSwitch(Verdict.HELD, 1.2));
        assertFalse(BlockSwitchWatch.couldBeSwitch(Verdict.FIDGET, Double.NaN));
    }

    @Test
    void aQuickMovementMayBeTheSwitchUntilAShiftIsSeenAndAgainAfterTheNextRep() {
        TypicalRep typical = new TypicalRep(Double.NaN, 3.0);
        for (int i = 0; i < 3; i++) typical.accepted(plateau(2.5, 2.8), new RepTiming(0, 3, 3, 6, 3));
        BlockSwitchWatch w = new BlockSwitchWatch(new HeldQuickMovement(), new PossibleResettle(), slot -> { });
        Excursion quick = plateau(2.8, 1.4);
        assertTrue(w.mayBeSwitch(quick, typical));
        assertFalse(w.mayBeSwitch(plateau(2.5, 2.7), typical));
        w.judged(Verdict.FIDGET, plateau(4.0, 1.0), 2.5); // a shift of 1.6 x her reps: the switch
        assertFalse(w.mayBeSwitch(quick, typical));
        w.repCounted();
        assertTrue(w.mayBeSwitch(quick, typical));
    }
}

package com.reptempo.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quick movements held around the switch between the blocks of a set ({@link HeldQuickMovement}, {@link NoiseRules#newSidePartial}). */
class HeldQuickMovementTest {
    private static final double TYPICAL_DEG = 3.0;

    private static Excursion movement(double peak_deg, double dirX, double dirY, double dirZ) {
        double[] t = {0, 1, 2, 3};
        double[] v = {0, peak_deg, peak_deg, 0};
        return new Excursion(0, 3, t, v, v, peak_deg, 1, 50, dirX, dirY, dirZ, 0, 0, 1, Excursion.End.RETURNED, 0);
    }

    /** Out 1.5 s, a pause of top_s at the top, back 1.5 s. */
    private static RepTiming timing(double top_s) {
        return new RepTiming(0, 1.5, 1.5 + top_s, 3 + top_s, 1.5 + top_s / 2);
    }

    private static TimedMovement held(double peak_deg, double top_s) {
        return new TimedMovement(movement(peak_deg, 0, 0.6, -0.8), timing(top_s));
    }

    /** Ratios against the typical rep: width and range as fractions of it, cosine to the only side's reps. */
    private static MovementRatios ratios(double width, double range, double cos) {
        return new MovementRatios(1.5, 1.0, TYPICAL_DEG, range, width, 0.6, 0.6, 1.0, cos, 4.0, 1.0);
    }

    @Test
    void aPausedHeldMovementIsConfirmedByAPartialNextRepPointingRoughlyLikeIt() {
        // accr 4122 set 1: the second block's rushed first rep (0.05 s at its top), then a partial rep
        // at a third of its range whose direction breathing turned to cos 0.90
        com.reptempo.model.SideMode blocks = com.reptempo.model.SideMode.BLOCKS;
        SideClassifier sides = new SideClassifier(blocks, com.reptempo.model.Side.LEFT);
        for (int i = 0; i < 4; i++) sides.classify(-0.06, 0.48, 0.87, 0, 0, 1, 2.6, Double.NaN, false);
        HeldQuickMovement slot = new HeldQuickMovement();
        TimedMovement rushed = new TimedMovement(movement(2.3, -0.05, 0.61, -0.79), timing(0.05));
        Excursion partial = movement(0.8, -0.05, 0.88, -0.46);
        assertTrue(slot.wasRep(rushed, partial, sides));
        // a full next rep must point along the same axis
        assertFalse(slot.wasRep(rushed, movement(2.4, -0.05, 0.88, -0.46), sides));
        // a held movement that turned straight back (a shift) is not confirmed so loosely
        assertFalse(slot.wasRep(new TimedMovement(rushed.excursion(), timing(0)), partial, sides));
    }

    @Test
    void aPartialMovementAsWideAsARepPointingAwayFromTheOnlySideMayBeTheOtherSidesFirstRep() {
        Excursion e = movement(0.8, 0, 0.6, -0.8);
        assertTrue(NoiseRules.newSidePartial(e, ratios(0.9, 0.27, -0.8), true));
        assertFalse(NoiseRules.newSidePartial(e, ratios(0.9, 0.27, -0.8), false), "both sides have reps");
        assertFalse(NoiseRules.newSidePartial(e, ratios(0.9, 0.27, 0.9), true), "points like the side's reps");
        assertFalse(NoiseRules.newSidePartial(e, ratios(0.5, 0.27, -0.8), true), "narrow as a breath");
    }

    @Test
    void aHeldMovementIsCountedWhenTheNextHeldOnePointsTheSameWayIfPartialOrPausedAtItsTop() {
        Excursion next = movement(3.0, 0, 0.62, -0.78);
        assertTrue(HeldQuickMovement.countsBefore(held(0.6, 0.0), next, TYPICAL_DEG), "partial first rep");
        assertTrue(HeldQuickMovement.countsBefore(held(3.0, 0.08), next, TYPICAL_DEG), "rushed first rep");
        assertFalse(HeldQuickMovement.countsBefore(held(2.6, 0.0), next, TYPICAL_DEG), "the switch turns straight back");
        assertFalse(HeldQuickMovement.countsBefore(held(0.6, 0.0), movement(3.0, 0, 1, 0), TYPICAL_DEG), "another axis");
    }

    @Test
    void aPartialHeldMovementIsCountedWhenTheNextHeldOnePointsRoughlyLikeIt() {
        // accr routine-4120 set 1: the second block's partial first rep (0.27 x her range), then the
        // rushed second rep pointing 0.82 like it
        Excursion next = movement(3.0, 0.02, 0.62, -0.78);
        TimedMovement partial = new TimedMovement(movement(0.8, 0.07, 0.08, -0.99), timing(0.17));
        assertTrue(HeldQuickMovement.countsBefore(partial, next, TYPICAL_DEG));
        TimedMovement rushed = new TimedMovement(movement(3.0, 0.07, 0.08, -0.99), timing(0.17));
        assertFalse(HeldQuickMovement.countsBefore(rushed, next, TYPICAL_DEG), "a rep's range must point along the axis");
        assertFalse(HeldQuickMovement.countsBefore(partial, movement(3.0, 0, 0.8, -0.6), TYPICAL_DEG), "cos 0.6");
    }

    @Test
    void aHeldRushedRepOutranksANextHeldMovementThatTurnedStraightBack() {
        assertTrue(HeldQuickMovement.outranks(held(3.0, 0.09), timing(0.0)));
        assertFalse(HeldQuickMovement.outranks(held(3.0, 0.0), timing(0.09)), "the switch, then a rushed rep");
        assertFalse(HeldQuickMovement.outranks(held(3.0, 0.09), timing(0.1)), "two rushed reps");
    }

    @Test
    void aNarrowMovementOfARepsRangeOffTheRepsAxisThatTurnedStraightBackIsAShift() {
        // the switch of fresh13 13012: 1.29 x her range, cosine 0.86 to the first side, no pause at its top
        assertTrue(RepClassifier.turnedStraightBack(timing(0.0), ratios(0.56, 1.29, 0.86)));
        assertFalse(RepClassifier.turnedStraightBack(timing(0.08), ratios(0.56, 1.29, 0.86)), "a rushed rep dwells at its far point");
        assertFalse(RepClassifier.turnedStraightBack(timing(0.0), ratios(0.56, 1.0, 0.99)), "a rushed rep along the side's axis");
        assertFalse(RepClassifier.turnedStraightBack(timing(0.0), ratios(0.56, 0.4, 0.86)), "a partial rep");
        assertFalse(RepClassifier.turnedStraightBack(timing(0.0), ratios(0.56, 1.0, 0.2)), "pointing away: perhaps the other side");
        assertFalse(RepClassifier.turnedStraightBack(null, ratios(0.56, 1.0, 0.86)), "phases not measured");
    }

    @Test
    void aQuickMovementThatDwelledAtItsTopAlongTheSidesAxisIsARushedRepNotASettledShift() {
        // fresh9 9010 rep 6: 1.17 x her range, cosine 1.00, 0.13 s at the top, set down short of its start
        assertTrue(RepClassifier.dwelledAlongAxis(timing(0.13), ratios(0.45, 1.17, 1.0)));
        assertFalse(RepClassifier.dwelledAlongAxis(timing(0.0), ratios(0.45, 1.17, 1.0)), "turned without stopping");
        assertFalse(RepClassifier.dwelledAlongAxis(timing(0.13), ratios(0.45, 1.17, 0.8)), "off the side's axis");
        assertFalse(RepClassifier.dwelledAlongAxis(timing(0.13), ratios(0.45, 1.6, 1.0)), "larger than a rep");
        assertFalse(RepClassifier.dwelledAlongAxis(null, ratios(0.45, 1.17, 1.0)), "phases not measured");
    }
}

package com.reptempo.pipeline;

import com.reptempo.model.Routine;
import com.reptempo.model.Side;
import com.reptempo.model.SideMode;
import com.reptempo.storage.RoutineJson;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SideClassifierTest {
    /** Gravity at rest along sensor z; the shared tilt along x, the roll along y. */
    private static final double[] UP = {0, 0, 1};
    private static final double H = Math.sqrt(0.5);
    /** Face down: (right + left) x (right - left) points along gravity. */
    private static final double[] RIGHT = {H, H, 0};
    private static final double[] LEFT = {H, -H, 0};

    private static Side rep(SideClassifier c, double[] d) {
        return c.classify(d[0], d[1], d[2], UP[0], UP[1], UP[2], Double.NaN, Double.NaN, false);
    }

    @Test
    void lostFirstRepIsFoundByTheHandednessOfTheTwoSides() {
        SideClassifier c = new SideClassifier(SideMode.ALTERNATING, Side.RIGHT, BodyFacing.DOWN);
        // rep 1 (right) was lost: the set seems to start with a left rep, labelled right at first
        assertEquals(Side.RIGHT, rep(c, LEFT));
        assertEquals(Side.LEFT, rep(c, RIGHT));
        assertEquals(Side.RIGHT, rep(c, LEFT));
        assertEquals(0, c.swaps());
        // with two reps of each side the handedness contradicts the labels: they are swapped
        assertEquals(Side.RIGHT, rep(c, RIGHT));
        assertEquals(1, c.swaps());
        assertEquals(Side.LEFT, rep(c, LEFT));
        assertEquals(Side.RIGHT, rep(c, RIGHT));
        assertTrue(c.handedness() > SideClassifier.MIN_HANDEDNESS);
        assertEquals(1, c.swaps());
    }

    @Test
    void rightLabelsAndFaceUpMirrorTheSign() {
        SideClassifier down = new SideClassifier(SideMode.ALTERNATING, Side.RIGHT, BodyFacing.DOWN);
        SideClassifier up = new SideClassifier(SideMode.ALTERNATING, Side.RIGHT, BodyFacing.UP);
        for (int i = 0; i < 4; i++) {
            assertEquals(Side.RIGHT, rep(down, RIGHT));
            assertEquals(Side.LEFT, rep(down, LEFT));
            // lying on the back the same directions mean the other sides
            rep(up, LEFT);
            rep(up, RIGHT);
        }
        assertEquals(0, down.swaps());
        assertEquals(0, up.swaps());
    }

    @Test
    void inBlocksASecondSideFoundedByTheSwitchIsFoundedAgainByTheBlocksRep() {
        // routine 22102 set 1 (heel scoop): the switch between the blocks, counted, founds the second
        // side pointing anywhere; the second block's first rep points away from both clusters
        SideClassifier c = new SideClassifier(SideMode.BLOCKS, Side.RIGHT, BodyFacing.UNKNOWN);
        double[] right = {-0.05, 0.55, -0.84};
        double[] left = {-0.09, 0.51, 0.86};
        double[] shift = {0.09, -0.90, -0.43};
        for (int i = 0; i < 4; i++) assertEquals(Side.RIGHT, c.classify(right[0], right[1], right[2], 0, 0, 1, 2.4, 2.3, false));
        assertEquals(Side.LEFT, c.classify(shift[0], shift[1], shift[2], 0, 0, 1, 0.65, 2.3, false));
        assertEquals(Side.LEFT, c.classify(left[0], left[1], left[2], 0, 0, 1, 1.86, 2.3, false));
        // the second side's cluster now points like its reps: a rushed rep of the block points like it
        Excursion rushed = new Excursion(0, 300, new double[] {0, 1, 2, 3}, new double[] {0, 2, 2, 0}, new double[] {0, 2, 2, 0},
                2, 1, 50, -0.08, 0.52, 0.85, 0, 0, 1, Excursion.End.RETURNED, 0);
        assertTrue(c.nearestCos(rushed) > 0.99);
        assertEquals(Side.LEFT, rep(c, left));
    }

    @Test
    void inBlocksOnlyARepOfARepsRangeFoundsTheSecondSideAgain() {
        // routine 15011: the switch and a settle measured from part-way both taught the second side,
        // pointing opposite its reps; the block's first full rep founds it again
        double[] left = {0.28, 0.70, 0.66};
        double[] right = {0.38, 0.25, -0.89};
        double[] switchMove = {-0.47, -0.39, 0.79};
        double[] settle = {-0.31, -0.08, 0.95};
        SideClassifier c = new SideClassifier(SideMode.BLOCKS, Side.LEFT, BodyFacing.UNKNOWN);
        for (int i = 0; i < 4; i++) c.classify(left[0], left[1], left[2], 0, 0, 1, 2.1, 2.1, false);
        c.classify(switchMove[0], switchMove[1], switchMove[2], 0, 0, 1, 1.4, 2.1, false);
        c.classify(settle[0], settle[1], settle[2], 0, 0, 1, 3.1, 2.1, false);
        assertEquals(Side.RIGHT, c.classify(right[0], right[1], right[2], 0, 0, 1, 2.4, 2.1, false));
        // 16010: a partial movement (below half the typical range) pointing away does not
        SideClassifier d = new SideClassifier(SideMode.BLOCKS, Side.LEFT, BodyFacing.UNKNOWN);
        for (int i = 0; i < 4; i++) d.classify(left[0], left[1], left[2], 0, 0, 1, 2.1, 2.1, false);
        d.classify(right[0], right[1], right[2], 0, 0, 1, 2.4, 2.1, false);
        d.classify(right[0], right[1], right[2], 0, 0, 1, 2.4, 2.1, false);
        d.classify(switchMove[0], switchMove[1], switchMove[2], 0, 0, 1, 1.0, 2.1, false);
        Excursion rushed = new Excursion(0, 300, new double[] {0, 1, 2, 3}, new double[] {0, 2, 2, 0}, new double[] {0, 2, 2, 0},
                2, 1, 50, right[0], right[1], right[2], 0, 0, 1, Excursion.End.RETURNED, 0);
        assertTrue(d.nearestCos(rushed) > 0.99);
    }

    @Test
    void withoutFacingOrInBlocksTheFirstRepDecides() {
        SideClassifier unknown = new SideClassifier(SideMode.ALTERNATING, Side.RIGHT, BodyFacing.UNKNOWN);
        SideClassifier blocks = new SideClassifier(SideMode.BLOCKS, Side.RIGHT, BodyFacing.DOWN);
        for (int i = 0; i < 4; i++) {
            assertEquals(Side.RIGHT, rep(unknown, LEFT));
            assertEquals(Side.LEFT, rep(unknown, RIGHT));
        }
        for (int i = 0; i < 4; i++) assertEquals(Side.RIGHT, rep(blocks, LEFT));
        for (int i = 0; i < 4; i++) assertEquals(Side.LEFT, rep(blocks, RIGHT));
        assertEquals(0, unknown.swaps());
        assertEquals(0, blocks.swaps());
    }

    @Test
    void aSideFoundedByAReversedMovementIsFoundedAgainByItsNextRep() {
        SideClassifier c = new SideClassifier(SideMode.ALTERNATING, Side.RIGHT, BodyFacing.DOWN);
        // the move into position merged with rep 1, measured from a rest taken at that rep's top:
        // counted as the right rep, pointing opposite to the right reps
        assertEquals(Side.RIGHT, rep(c, new double[] {-H, -H, 0}));
        assertEquals(Side.LEFT, rep(c, LEFT));
        // the first real right rep points away from both clusters and founds the right side again
        assertEquals(Side.RIGHT, rep(c, RIGHT));
        for (int i = 0; i < 3; i++) {
            assertEquals(Side.LEFT, rep(c, LEFT));
            assertEquals(Side.RIGHT, rep(c, RIGHT));
        }
        assertEquals(0, c.swaps());
    }

    @Test
    void facingIsReadFromThePositionText() {
        assertEquals(BodyFacing.UP, BodyFacing.of("on your back, knees bent, feet flat"));
        assertEquals(BodyFacing.DOWN, BodyFacing.of("on your stomach, forehead on your hands"));
        assertEquals(BodyFacing.DOWN, BodyFacing.of("on all fours, back flat like a table"));
        assertEquals(BodyFacing.UNKNOWN, BodyFacing.of("any"));
        assertEquals(BodyFacing.UNKNOWN, BodyFacing.of(null));
    }

    /** The bundled routine's wording must keep naming the posture, or the side check silently turns off. */
    @Test
    void everyBundledExerciseDoneOnTheFloorHasAKnownFacing() {
        Routine routine = RoutineJson.bundled();
        assertEquals(BodyFacing.UP, BodyFacing.of(routine.get("heel-scoop").position()));
        assertEquals(BodyFacing.DOWN, BodyFacing.of(routine.get("cobra-lift").position()));
        assertEquals(BodyFacing.DOWN, BodyFacing.of(routine.get("rear-leg-lift").position()));
        assertEquals(BodyFacing.DOWN, BodyFacing.of(routine.get("arm-leg-extension").position()));
    }
}

package com.reptempo.pipeline;

import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The switch of a set done in blocks, read from all its reps' directions at its end. */
class BlockSidesTest {
    private static final double[] RIGHT = unit(-0.05, 0.55, -0.84);
    private static final double[] LEFT = unit(-0.10, 0.60, 0.80);
    /** The resettle between the blocks (routine 22102 set 1): 0.6 degrees, pointing away from both sides. */
    private static final double[] RESETTLE = unit(0.10, -0.90, -0.43);

    @Test
    void theSwitchLiesWhereBothBlocksPointMostAlike() {
        List<double[]> dirs = new ArrayList<>();
        List<Boolean> teaches = new ArrayList<>();
        for (int i = 0; i < 7; i++) add(dirs, teaches, wobble(RIGHT, i), true);
        add(dirs, teaches, RESETTLE, false);
        for (int i = 0; i < 8; i++) add(dirs, teaches, wobble(LEFT, i), true);
        // rep 7 (index 6) ends the first block, rep 9 (index 8) begins the second; the resettle is in neither
        assertArrayEquals(new int[] {6, 8}, BlockSides.split(array(dirs), flags(teaches)));
    }

    @Test
    void aPartialRepInsideABlockDoesNotMoveTheSwitch() {
        List<double[]> dirs = new ArrayList<>();
        List<Boolean> teaches = new ArrayList<>();
        for (int i = 0; i < 3; i++) add(dirs, teaches, wobble(RIGHT, i), true);
        add(dirs, teaches, LEFT, false);
        for (int i = 0; i < 3; i++) add(dirs, teaches, wobble(RIGHT, i + 3), true);
        for (int i = 0; i < 4; i++) add(dirs, teaches, wobble(LEFT, i), true);
        assertArrayEquals(new int[] {6, 7}, BlockSides.split(array(dirs), flags(teaches)));
    }

    @Test
    void oneSideOnlyOrTooFewRepsShowNoSwitch() {
        List<double[]> dirs = new ArrayList<>();
        List<Boolean> teaches = new ArrayList<>();
        for (int i = 0; i < 8; i++) add(dirs, teaches, wobble(RIGHT, i), true);
        assertNull(BlockSides.split(array(dirs), flags(teaches)));
        // a single rep of the other side is not a block
        add(dirs, teaches, LEFT, true);
        assertNull(BlockSides.split(array(dirs), flags(teaches)));
    }

    private static void add(List<double[]> dirs, List<Boolean> teaches, double[] d, boolean t) {
        dirs.add(d);
        teaches.add(t);
    }

    /** A rep's direction turned a little (up to about 10 degrees) from its side's, differently for each i. */
    private static double[] wobble(double[] d, int i) {
        double a = 0.17 * Math.sin(1.7 * i + 0.3);
        double b = 0.17 * Math.cos(2.3 * i);
        return unit(d[0] + a, d[1] + b, d[2] - a);
    }

    private static double[] unit(double x, double y, double z) {
        double n = Math.sqrt(x * x + y * y + z * z);
        return new double[] {x / n, y / n, z / n};
    }

    private static Vector3D[] array(List<double[]> dirs) {
        return dirs.stream().map(Vector3D::new).toArray(Vector3D[]::new);
    }

    private static boolean[] flags(List<Boolean> teaches) {
        boolean[] f = new boolean[teaches.size()];
        for (int i = 0; i < f.length; i++) f[i] = teaches.get(i);
        return f;
    }
}

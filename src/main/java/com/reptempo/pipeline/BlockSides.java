package com.reptempo.pipeline;

import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

/**
 * Where the second block of a set done in blocks begins, read at the set's end from all its reps'
 * directions at once. She does every rep of one side, then every rep of the other: the set's sides
 * change exactly once. Live, each rep is given the nearer side cluster as it comes
 * ({@link SideClassifier}), so a movement counted at the switch (the resettle between the blocks,
 * a 0.6-degree "rep" pointing anywhere) can found the second side, and the second block's reps,
 * pointing away from it, join the first side. At the end the switch is the split of the reps into
 * a first and a second block whose directions are each most alike: the one that maximises
 * |sum of the first block's directions| + |sum of the second's|. Only reps whose direction can be
 * trusted take part ({@code teaches}: of a rep's range, not a pelvis outlier); the others lying
 * clearly inside a block get its side, those between the two blocks keep theirs.
 */
final class BlockSides {
    /** A rep whose direction takes part is at least this fraction of the set's median range: a partial rep's direction is mostly breathing and drift. */
    static final double TEACHING_RANGE = 0.5;
    /** Reps whose direction takes part each block needs before the split is trusted (one rep's direction is noisy). */
    static final int MIN_BLOCK_REPS = 2;
    /**
     * The two blocks' mean directions must be at least this far apart (cosine below it), as two
     * sides' are ({@link SideClassifier#NEW_SIDE_COS}); otherwise the set holds one side's reps (or
     * its sides cannot be told apart) and the live labels stand.
     */
    static final double MAX_BLOCKS_COS = SideClassifier.NEW_SIDE_COS;

    private BlockSides() {
    }

    /**
     * The split of reps 0..n-1 into two blocks, or null when there is no clear one.
     *
     * @param dirs    each rep's unit direction (x, y, z)
     * @param teaches whether each rep's direction takes part ({@link #TEACHING_RANGE})
     * @return {lastOfFirst, firstOfSecond}: the last rep taking part in the first block and the
     *         first taking part in the second (reps between them are in neither block)
     */
    static int[] split(Vector3D[] dirs, boolean[] teaches) {
        int n = dirs.length;
        Vector3D total = Vector3D.ZERO;
        int teaching = 0;
        for (int i = 0; i < n; i++) {
            if (!teaches[i]) continue;
            total = total.add(dirs[i]);
            teaching++;
        }
        Vector3D first = Vector3D.ZERO;
        Vector3D bestFirst = null;
        int inFirst = 0;
        double best = Double.NEGATIVE_INFINITY;
        int bestLast = -1;
        for (int i = 0; i < n; i++) {
            if (!teaches[i]) continue;
            first = first.add(dirs[i]);
            inFirst++;
            if (inFirst < MIN_BLOCK_REPS || teaching - inFirst < MIN_BLOCK_REPS) continue;
            double score = first.getNorm() + total.subtract(first).getNorm();
            if (score > best) {
                best = score;
                bestLast = i;
                bestFirst = first;
            }
        }
        if (bestLast < 0) return null;
        int firstOfSecond = bestLast + 1;
        while (!teaches[firstOfSecond]) firstOfSecond++;
        Vector3D second = total.subtract(bestFirst);
        double cos = bestFirst.dotProduct(second) / (bestFirst.getNorm() * second.getNorm());
        return cos < MAX_BLOCKS_COS ? new int[] {bestLast, firstOfSecond} : null;
    }
}

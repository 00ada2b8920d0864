package com.reptempo.pipeline;

import com.reptempo.model.Side;
import com.reptempo.model.SideMode;

/**
 * Which side a rep works, from the direction in which it tilts the sensor. The two sides of an
 * exercise turn the pelvis about different axes, so their reps form two clusters of directions;
 * the first rep is the first side (the routine starts on the right unless the user says
 * otherwise), a rep pointing clearly elsewhere ({@link #NEW_SIDE_COS}) founds the other side, and
 * every later rep joins the nearer cluster. When the two are about equally near
 * ({@link #AMBIGUOUS_COS}), the exercise's pattern decides: alternating sides flip, blocks stay.
 * Exercises not done per side have one cluster; its direction still helps tell reps from
 * fidgets ({@link #nearestCos}).
 * <p>
 * Which cluster is which side does not rest on the first rep alone: the two sides' reps turn the
 * pelvis about axes that are mirror images about the body's long axis (a shared tilt about the
 * left-right axis plus a roll of opposite sign about the long axis), so with gravity they form a
 * triad of fixed handedness whatever the mounting ({@link #handedness}). When both sides are known
 * and the handedness contradicts the body's facing ({@link BodyFacing}), the first rep was not the
 * first side (it was lost into the move into position, or an extra one came first) and the labels
 * are swapped ({@link #swaps()}).
 */
final class SideClassifier {
    static final double NEW_SIDE_COS = 0.5;
    static final double AMBIGUOUS_COS = 0.15;
    /** An outlier rep teaches its cluster only when it points this close to it (same axis, larger). */
    static final double OUTLIER_TEACH_COS = 0.9;
    /**
     * The smallest |handedness| that swaps the sides: up to 2 when the two sides' directions are 90
     * degrees apart; 0.5 needs the clusters at least 15 degrees apart (both the shared tilt and the
     * roll seen). Correctly labelled simulated sets have 0.9-2.0 with the facing's sign.
     */
    static final double MIN_HANDEDNESS = 0.5;
    /** Reps each side must have taught before their handedness is trusted (one rep's direction is noisy). */
    static final int HANDEDNESS_REPS_PER_SIDE = 2;

    private final SideMode mode;
    private final Side first;
    private final double[] a = new double[3];
    private final double[] b = new double[3];
    private int countA;
    private int countB;
    private Side previous;
    private Side sideA;
    private final double[] up = new double[3];
    private final int facingSign;
    private int swaps;

    SideClassifier(SideMode mode, Side first) {
        this(mode, first, BodyFacing.UNKNOWN);
    }

    SideClassifier(SideMode mode, Side first, BodyFacing facing) {
        this.mode = mode;
        this.first = first;
        this.facingSign = facing.handednessSign;
    }

    /**
     * The side of a rep whose peak tilts gravity in the unit direction (x, y, z); null when not per
     * side. An outlier (a rep beyond the pelvis limit, which may turn the pelvis about another
     * axis) is given the nearer side, or the side the pattern expects; it teaches its cluster only
     * when it points like it ({@link #OUTLIER_TEACH_COS}) and never founds one. Cluster A holds the side of the first rep that founded it.
     */
    Side classify(double x, double y, double z, boolean outlier) {
        return classify(x, y, z, Double.NaN, Double.NaN, Double.NaN, outlier);
    }

    /**
     * {@link #classify(double, double, double, boolean)} with the gravity direction at the rep's start
     * (ux, uy, uz; NaN when unknown), which the sides' handedness is judged against; when it shows the
     * clusters' labels are the wrong way round they are swapped, this rep included, and {@link #swaps()}
     * grows so the caller relabels the earlier reps.
     */
    Side classify(double x, double y, double z, double ux, double uy, double uz, boolean outlier) {
        if (mode == SideMode.NONE) {
            if (!outlier) {
                add(a, x, y, z);
                countA++;
            }
            return null;
        }
        Side expected = previous == null ? first : mode == SideMode.ALTERNATING ? previous.opposite() : previous;
        Side side;
        int to;
        if (countA == 0) {
            side = expected;
            to = 0;
            sideA = side;
        } else {
            double ca = cos(a, x, y, z);
            if (countB == 0) {
                to = ca >= NEW_SIDE_COS ? 0 : 1;
            } else {
                double cb = cos(b, x, y, z);
                if (Math.abs(ca - cb) < AMBIGUOUS_COS) {
                    to = expected == sideA ? 0 : 1;
                } else {
                    to = ca >= cb ? 0 : 1;
                }
            }
            side = to == 0 ? sideA : sideA.opposite();
        }
        if (!outlier || (countA > 0 && cos(to == 0 ? a : b, x, y, z) >= OUTLIER_TEACH_COS)) {
            if (to == 0) {
                add(a, x, y, z);
                countA++;
            } else {
                add(b, x, y, z);
                countB++;
            }
            if (!Double.isNaN(ux)) add(up, ux, uy, uz);
        }
        if (mode == SideMode.ALTERNATING && facingSign != 0 && countA >= HANDEDNESS_REPS_PER_SIDE && countB >= HANDEDNESS_REPS_PER_SIDE
                && handedness() * facingSign <= -MIN_HANDEDNESS) {
            sideA = sideA.opposite();
            side = side.opposite();
            swaps++;
        }
        previous = side;
        return side;
    }

    /**
     * up . ((r + l) x (r - l)) for the unit mean directions r, l of the right and left clusters and
     * gravity at the reps' starts: (r + l) is the shared tilt, (r - l) the roll, and their order
     * about gravity is fixed by the body, so the sign is the facing's when the labels are right
     * (the mounting, a rotation, keeps it). NaN before both clusters and gravity are known.
     */
    double handedness() {
        if (countA == 0 || countB == 0) return Double.NaN;
        double na = norm(a);
        double nb = norm(b);
        double nu = norm(up);
        if (na == 0 || nb == 0 || nu == 0) return Double.NaN;
        double sign = sideA == Side.RIGHT ? 1 : -1;
        double sx = a[0] / na + b[0] / nb;
        double sy = a[1] / na + b[1] / nb;
        double sz = a[2] / na + b[2] / nb;
        double dx = sign * (a[0] / na - b[0] / nb);
        double dy = sign * (a[1] / na - b[1] / nb);
        double dz = sign * (a[2] / na - b[2] / nb);
        return (up[0] * (sy * dz - sz * dy) + up[1] * (sz * dx - sx * dz) + up[2] * (sx * dy - sy * dx)) / nu;
    }

    /** How many times the clusters' labels have been swapped; the caller relabels its reps when this grows. */
    int swaps() {
        return swaps;
    }

    private static double norm(double[] c) {
        return Math.sqrt(c[0] * c[0] + c[1] * c[1] + c[2] * c[2]);
    }

    /**
     * Cosine between a movement's direction and the nearest cluster of reps so far; NaN while it cannot be
     * judged (before the first rep, and for alternating sides before both sides are seen; in blocks the
     * first block is judged against its own side).
     */
    double nearestCos(Excursion e) {
        return nearestCos(e.dirX(), e.dirY(), e.dirZ());
    }

    /** {@link #nearestCos(Excursion)} for the direction (x, y, z). */
    private double nearestCos(double x, double y, double z) {
        if (countA == 0 || (mode == SideMode.ALTERNATING && countB == 0)) return Double.NaN;
        double c = cos(a, x, y, z);
        return countB == 0 ? c : Math.max(c, cos(b, x, y, z));
    }

    /** Number of clusters so far (0, 1 or 2). */
    int clusters() {
        return (countA > 0 ? 1 : 0) + (countB > 0 ? 1 : 0);
    }

    private static void add(double[] c, double x, double y, double z) {
        c[0] += x;
        c[1] += y;
        c[2] += z;
    }

    private static double cos(double[] c, double x, double y, double z) {
        double n = Math.sqrt(c[0] * c[0] + c[1] * c[1] + c[2] * c[2]);
        return n == 0 ? 0 : (c[0] * x + c[1] * y + c[2] * z) / n;
    }
}

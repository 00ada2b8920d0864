package com.reptempo.pipeline;

import com.reptempo.model.Side;
import com.reptempo.model.SideMode;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

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
    /**
     * In an exercise on alternating sides, a cluster taught by no more than this many reps is
     * founded again by a rep of its turn that points away from both clusters (cos below
     * {@link #NEW_SIDE_COS} to each): the movement that founded it was not a clean rep. The usual
     * case is the set's first counted movement, the move into position merged with rep 1 and
     * measured from a rest taken at that rep's top, so its direction is rep 1's reversed (routine
     * 4134 set 3); a real rep of either side lies within 60 degrees of that side's reps.
     * docs/PIPELINE.md section 12, "Sides founded by the move into position".
     */
    static final int REFOUND_MAX_REPS = 1;
    /**
     * In an exercise done in blocks, the second side's cluster taught by no more than this many
     * movements is founded again by a rep that points away from both clusters (cos below
     * {@link #NEW_SIDE_COS} to each) while its block goes on: the switch between the blocks, a
     * shift on the mat counted as a rep, founded it about whatever axis the shift took, and a real
     * rep of either side lies within 60 degrees of that side's reps, so the block's own rep pointing
     * away from both means the cluster was not taught by reps (routine 22102 set 1). Two: a settle
     * measured from part-way may join the switch (15011). Only by a rep of a rep's range
     * ({@link #REFOUND_BLOCK_RANGE}): otherwise a second side taught by two clean reps was refounded by a
     * partial movement counted after them (16010).
     */
    static final int REFOUND_MAX_BLOCK_REPS = 2;
    /**
     * A rep founds the second block's side again ({@link #REFOUND_MAX_BLOCK_REPS}) only if its range is at
     * least this fraction of the typical range (as a rep whose direction takes part in {@link BlockSides},
     * {@link BlockSides#TEACHING_RANGE}): a partial movement's direction is mostly breathing and drift.
     */
    static final double REFOUND_BLOCK_RANGE = BlockSides.TEACHING_RANGE;

    /**
     * A movement under way is the other leg ({@link #otherLegUnderWay}) only when it points at least
     * this close to the other side's cluster (about 37 degrees): at 20 % of the typical range its
     * direction is still partly the settle after the movement that waits (fresh30 30033, an attempt
     * given up followed at once by the same leg's rep, was counted with a mere "nearer" test).
     */
    static final double UNDER_WAY_COS = 0.8;
    /**
     * Without clusters, a movement under way is the other leg when it points away from the one that
     * waits (cosine below 0; the two legs' reps are at -0.45 to -0.65, one leg's near 1).
     */
    static final double UNDER_WAY_ALONE_COS = 0;

    private final SideMode mode;
    private final Side first;
    private final double[] a = new double[3];
    private final double[] b = new double[3];
    private int countA;
    private int countB;
    /** Sum of the ranges of the reps that taught cluster A / B, degrees (NaN once a rep of unknown range taught it). */
    private double taughtA_deg;
    private double taughtB_deg;
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
     * <p>
     * The rep's range range_deg is added to the range the cluster it teaches was taught by
     * ({@link #nearest}; NaN when unknown). The gravity direction at the rep's start (ux,
     * uy, uz; NaN when unknown) is what the sides' handedness is judged against: when it shows the
     * clusters' labels are the wrong way round they are swapped, this rep included, and
     * {@link #swaps()} grows so the caller relabels the earlier reps. typical_deg is the typical rep's
     * range so far (NaN: unknown), against which a rep's range is judged before it may found the
     * second block's side again ({@link #REFOUND_MAX_BLOCK_REPS}).
     */
    Side classify(double x, double y, double z, double ux, double uy, double uz, double range_deg, double typical_deg,
                  boolean outlier) {
        if (mode == SideMode.NONE) {
            if (!outlier) {
                add(a, x, y, z);
                countA++;
                taughtA_deg += range_deg;
            }
            return null;
        }
        Side expected = expected();
        Side side;
        int to;
        if (countA == 0) {
            side = expected;
            to = 0;
            sideA = side;
        } else {
            to = clusterFor(x, y, z, expected);
            side = to == 0 ? sideA : sideA.opposite();
            if (!outlier && refounds(x, y, z, expected, range_deg >= REFOUND_BLOCK_RANGE * typical_deg)) {
                to = expected == sideA ? 0 : 1;
                side = expected;
                if (to == 0) {
                    clear(a);
                    countA = 0;
                    taughtA_deg = 0;
                } else {
                    clear(b);
                    countB = 0;
                    taughtB_deg = 0;
                }
            }
        }
        if (!outlier || (countA > 0 && cos(to == 0 ? a : b, x, y, z) >= OUTLIER_TEACH_COS)) {
            if (to == 0) {
                add(a, x, y, z);
                countA++;
                taughtA_deg += range_deg;
            } else {
                add(b, x, y, z);
                countB++;
                taughtB_deg += range_deg;
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

    /** The side the exercise's pattern expects next. */
    private Side expected() {
        return previous == null ? first : mode == SideMode.ALTERNATING ? previous.opposite() : previous;
    }

    /** The cluster (0: A, 1: B) a rep pointing (x, y, z) joins, once cluster A exists. */
    private int clusterFor(double x, double y, double z, Side expected) {
        double ca = cos(a, x, y, z);
        if (countB == 0) return ca >= NEW_SIDE_COS ? 0 : 1;
        double cb = cos(b, x, y, z);
        if (Math.abs(ca - cb) < AMBIGUOUS_COS) return expected == sideA ? 0 : 1;
        return ca >= cb ? 0 : 1;
    }

    /**
     * True when a rep pointing (x, y, z), both clusters known, points away from both while the
     * cluster of the side its turn expects was taught by at most {@link #REFOUND_MAX_REPS} (sides
     * alternating), or, in blocks, while the second block goes on and its cluster was taught by at
     * most {@link #REFOUND_MAX_BLOCK_REPS}: that cluster's founding movement was not a clean rep,
     * and this rep founds it again.
     */
    private boolean refounds(double x, double y, double z, Side expected, boolean repSized) {
        if (countB == 0) return false;
        if (mode == SideMode.ALTERNATING) {
            if ((expected == sideA ? countA : countB) > REFOUND_MAX_REPS) return false;
        } else if (mode != SideMode.BLOCKS || expected == sideA || countB > REFOUND_MAX_BLOCK_REPS || !repSized) {
            return false;
        }
        return cos(a, x, y, z) < NEW_SIDE_COS && cos(b, x, y, z) < NEW_SIDE_COS;
    }

    private static void clear(double[] c) {
        c[0] = 0;
        c[1] = 0;
        c[2] = 0;
    }

    /**
     * True in an exercise done on alternating sides when the rep {@code next} (not yet classified)
     * would be given the same side as the rep before it: she alternates, so a rep of the other side
     * came between the two, and a quick movement held there ({@link HeldQuickMovement}) was it.
     */
    boolean repeatsSide(Excursion next) {
        if (mode != SideMode.ALTERNATING || countA == 0 || previous == null) return false;
        int to = clusterFor(next.dirX(), next.dirY(), next.dirZ(), expected());
        return (to == 0 ? sideA : sideA.opposite()) == previous;
    }

    /**
     * up . ((r + l) x (r - l)) for the unit mean directions r, l of the right and left clusters and
     * gravity at the reps' starts: (r + l) is the shared tilt, (r - l) the roll, and their order
     * about gravity is fixed by the body, so the sign is the facing's when the labels are right
     * (the mounting, a rotation, keeps it). NaN before both clusters and gravity are known.
     */
    double handedness() {
        if (countA == 0 || countB == 0) return Double.NaN;
        Vector3D clusterA = new Vector3D(a);
        Vector3D clusterB = new Vector3D(b);
        Vector3D gravity = new Vector3D(up);
        if (clusterA.getNorm() == 0 || clusterB.getNorm() == 0 || gravity.getNorm() == 0) return Double.NaN;
        Vector3D right = (sideA == Side.RIGHT ? clusterA : clusterB).normalize();
        Vector3D left = (sideA == Side.RIGHT ? clusterB : clusterA).normalize();
        return Vector3D.dotProduct(gravity.normalize(), Vector3D.crossProduct(right.add(left), right.subtract(left)));
    }

    /** How many times the clusters' labels have been swapped; the caller relabels its reps when this grows. */
    int swaps() {
        return swaps;
    }

    private static double norm(double[] c) {
        return Math.sqrt(c[0] * c[0] + c[1] * c[1] + c[2] * c[2]);
    }

    /**
     * The cluster of reps nearest a movement's direction: the cosine between them (NaN while it
     * cannot be judged) and the summed range of the reps that taught the cluster, degrees (NaN
     * when the cosine is, or a rep of unknown range taught the cluster).
     */
    record Nearest(double cos, double taught_deg) {
        static final Nearest UNKNOWN = new Nearest(Double.NaN, Double.NaN);
    }

    /**
     * The cluster nearest a movement's direction ({@link Nearest}); UNKNOWN before the first rep,
     * and for alternating sides before both sides are seen (in blocks the first block is judged
     * against its own side). A rep's direction is its tilt over its range: the few tenths of a
     * degree that breathing and drift add turn a partial rep's direction far more than a full
     * rep's, so a cluster taught by little range knows its direction only roughly.
     */
    Nearest nearest(Excursion e) {
        if (countA == 0 || (mode == SideMode.ALTERNATING && countB == 0)) return Nearest.UNKNOWN;
        double ca = cos(a, e.dirX(), e.dirY(), e.dirZ());
        if (countB == 0) return new Nearest(ca, Double.isNaN(ca) ? Double.NaN : taughtA_deg);
        double cb = cos(b, e.dirX(), e.dirY(), e.dirZ());
        double c = Math.max(ca, cb);
        return new Nearest(c, Double.isNaN(c) ? Double.NaN : ca >= cb ? taughtA_deg : taughtB_deg);
    }

    /** True in an exercise on alternating sides once both sides have reps. */
    boolean alternatingKnown() {
        return mode == SideMode.ALTERNATING && countA > 0 && countB > 0;
    }

    /**
     * In an exercise on alternating sides, true when two movements point alike (cosine between
     * their directions at least {@link #NEW_SIDE_COS}, the cosine below which a rep founds the other
     * side): the same leg moved both times. Told from the two movements alone, for when a side has
     * no cluster yet (early in a set, or while only pelvis outliers, which teach nothing, were that
     * side's reps): the two legs' reps point about 120 degrees apart (cosines -0.45 to -0.65 in the
     * simulated rear leg lifts), one leg's reps within a few degrees of each other.
     */
    boolean sameLegAlone(Excursion first, Excursion second) {
        if (mode != SideMode.ALTERNATING) return false;
        return first.cosTo(second) >= NEW_SIDE_COS;
    }

    /**
     * True in an exercise on alternating sides when a movement under way, pointing (x, y, z) so
     * far, is the other leg than the movement {@code waited}: nearer the other side's cluster than
     * the waited one's and within {@link #UNDER_WAY_COS} of it once both sides have one
     * ({@link #sameCluster}), else pointing away from the waited movement
     * ({@link #UNDER_WAY_ALONE_COS}). False means only "not yet known", never "the same leg".
     */
    boolean otherLegUnderWay(Excursion waited, double x, double y, double z) {
        if (mode != SideMode.ALTERNATING) return false;
        if (!alternatingKnown()) return waited.dirX() * x + waited.dirY() * y + waited.dirZ() * z < UNDER_WAY_ALONE_COS;
        boolean waitedA = nearerA(waited);
        double other = waitedA ? cos(b, x, y, z) : cos(a, x, y, z);
        double same = waitedA ? cos(a, x, y, z) : cos(b, x, y, z);
        return other > same && other >= UNDER_WAY_COS;
    }

    /** True before any rep has been given a side (since the sides were last forgotten). */
    boolean noRepYet() {
        return previous == null;
    }

    /** True for an exercise done on alternating sides. */
    boolean alternating() {
        return mode == SideMode.ALTERNATING;
    }

    /**
     * True when both movements point nearest to the same side's cluster ({@link #alternatingKnown}
     * assumed): the same leg moved both times.
     */
    boolean sameCluster(Excursion first, Excursion second) {
        return nearerA(first) == nearerA(second);
    }

    /**
     * True when the movement points nearest the cluster of the side whose turn it is
     * ({@link #alternatingKnown} assumed): the other leg than the last rep's.
     */
    boolean pointsLikeItsTurn(Excursion e) {
        return (nearerA(e) ? sideA : sideA.opposite()) == expected();
    }

    private boolean nearerA(Excursion e) {
        return cos(a, e.dirX(), e.dirY(), e.dirZ()) >= cos(b, e.dirX(), e.dirY(), e.dirZ());
    }

    /** Cosine between a movement's direction and the nearest cluster of reps so far ({@link #nearest}); NaN while unknown. */
    double nearestCos(Excursion e) {
        return nearest(e).cos();
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
        double n = norm(c);
        return n == 0 ? 0 : (c[0] * x + c[1] * y + c[2] * z) / n;
    }
}

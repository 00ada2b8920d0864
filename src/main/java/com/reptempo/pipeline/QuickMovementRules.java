package com.reptempo.pipeline;

import com.reptempo.model.PhaseTarget;

import java.util.List;

/**
 * The rules for movements about as quick as a rushed rep or quicker ({@link RepClassifier}'s verdicts on them):
 * a rushed rep is her rep done in 0.4-0.65 of the target time, along her own axis, of about her range, and
 * back to where it started; a knock, a fidget or a shift on the mat is as quick but turns the pelvis about
 * whatever axis it takes, by whatever it makes, and often sets it down elsewhere. Widths are the time above
 * half the peak ({@link Excursion#timeAboveHalf_s}), measured against the quickest rep ({@link #QUICKEST})
 * at her tempo. Reasons for every rule and number are in docs/PIPELINE.md ("Rep or not").
 */
final class QuickMovementRules {
    /** The quickest rep is this fraction of the targets' minimum width (a rushed rep does each movement in 0.4 of its minimum). */
    static final double QUICKEST = 0.4;

    /** Narrower than this fraction of the quickest rep: a knock or a fidget. */
    static final double FIDGET_WIDTH = 0.95;

    /**
     * Narrower than this fraction of the quickest rep and ended {@link Excursion.End#SETTLED} (came most of
     * the way back but stayed still short of its start): a fidget, not a rushed rep. A rushed rep is her rep
     * done in 0.4-0.65 of the time, so only the quickest of them come near {@link #FIDGET_WIDTH}, and those come
     * back to where they started; a fidget is a shift on the mat that sets the pelvis down up to about a
     * degree away, in a second or so out and a second back (half-peak widths 1-1.25 s for the heel scoop
     * and rear leg lift, 0.95-1.05 of the quickest rep). Of the settled movements 0.95-1.05 of the quickest
     * rep wide in the eighteen tuning folders and simulated seeds 1-160, seven were fidgets counted as reps
     * and none was a rep; the narrowest rushed rep that ended settled was 1.08 of the quickest rep wide.
     */
    static final double SETTLED_FIDGET_WIDTH = 1.05;

    /**
     * A quick movement (below {@link #QUICK_WIDTH} of the quickest rep) that ended {@link Excursion.End#SETTLED}
     * at least this fraction of its peak away from its start is a fidget, however it points and measures: a
     * rushed rep comes back to where it started (the settled ones in the tuning folders and seeds 1-160 ended
     * at most 0.28 of their peak out, breathing and the detector's stillness test), a shift on the mat sets
     * the pelvis down up to about a degree away, 0.4-0.6 of a 2-3 degree shift.
     */
    static final double SETTLED_AWAY = 0.4;

    /** Up to this fraction of the quickest rep: a rep only if it points and measures like the reps so far. */
    static final double QUICK_WIDTH = 1.25;

    /**
     * A quick movement (below {@link #QUICK_WIDTH}) is a rushed rep only if it points like the reps
     * so far at least this closely: a rushed rep is a rep done fast, same axis; a fidget turns the
     * pelvis about whatever axis the shift takes.
     */
    static final double QUICK_COS = 0.9;

    /**
     * ... unless the reps it is compared with taught their cluster less than this multiple of the
     * typical range in all (a side founded by a partial rep): a rep's direction is its tilt over its
     * range, and the few tenths of a degree breathing and drift add turn a partial rep's direction
     * by 20-30 degrees, so its cluster knows the side's axis only roughly. Then pointing within
     * {@link #YOUNG_CLUSTER_COS} is pointing like the reps.
     */
    static final double YOUNG_CLUSTER_RANGE = 1.0;

    /** The cosine a quick movement needs against a cluster taught by little range ({@link #YOUNG_CLUSTER_RANGE}). */
    static final double YOUNG_CLUSTER_COS = 0.8;

    /**
     * ... and if its range is at least this fraction of the typical range: a rushed rep has her
     * usual range (±12 % spread per rep), a knock or a fidget's is whatever the shift makes it.
     */
    static final double QUICK_RANGE_LO = 0.75;

    /** ... and at most this multiple of it (see {@link #QUICK_RANGE_LO}). */
    static final double QUICK_RANGE_HI = 1.3;

    /**
     * A quick movement that came back to where it started ({@link Excursion.End#RETURNED}) is a
     * rushed rep also when it points like the reps only this closely (cosine), if it measures like
     * them ({@link #RETURNED_RANGE_LO}-{@link #RETURNED_RANGE_HI}) and moved at least as fast as a
     * typical rep ({@link #RETURNED_SPEED}): a rushed rep is her rep done in 0.4-0.65 of the time,
     * out along her axis by about her range and back to its start, so its peak speed is 1.5-2.5 ×
     * hers; a fidget or a shift repositions the pelvis and stays displaced, and its direction is a
     * few tenths of a degree of breathing and drift off a rep's, so the cosine alone says little.
     */
    static final double RETURNED_COS = 0.7;

    /** The least range, over the typical range, of a returned rushed rep ({@link #RETURNED_COS}). */
    static final double RETURNED_RANGE_LO = 0.7;

    /** The largest range, over the typical range, of a returned rushed rep ({@link #RETURNED_COS}). */
    static final double RETURNED_RANGE_HI = 1.45;

    /** The least peak speed, over the typical rep's ({@link MovementRatios#speed}), of a returned rushed rep. */
    static final double RETURNED_SPEED = 1.4;

    /**
     * While the typical range rests on fewer than {@link TypicalRep#TYPICAL_AFTER} reps, those may all
     * have been partial reps (25-40 % of her range): a quick movement that came back to where it
     * started, pointing like the reps (cosine at least {@link #QUICK_COS}), of {@link #FULL_OF_PARTIAL_LO}
     * up to this multiple of the typical range is her full rep rushed, not a shift (a partial rep
     * reaches at least a quarter of her range, so her full range is at most 4 × it; a shift on the
     * mat settles the pelvis elsewhere and turns about its own axis).
     */
    static final double FULL_OF_PARTIAL = 4.0;

    /**
     * The least range, over a typical range taught by partial reps, of her full rep ({@link #FULL_OF_PARTIAL}):
     * a partial rep reaches at most 40 % of her range, so her full rep is at least 2.5 × it; an attempt
     * given up, as quick, as returned and pointing as much like the reps, reaches at most 60 % of her
     * range, at most 2.4 × a partial rep's 25 %.
     */
    static final double FULL_OF_PARTIAL_LO = 2.4;

    /** The quickest rep's width ({@link #QUICKEST} of the targets' minimum width), seconds. */
    private final double quickest_s;
    private final TypicalRep typical;

    /** Rules for an exercise of these phase targets, against the person's typical rep so far. */
    QuickMovementRules(List<PhaseTarget> phases, TypicalRep typical) {
        this.quickest_s = QUICKEST * RepClassifier.width(phases, false);
        this.typical = typical;
    }

    /** The quickest rep's width at the targets' tempo ({@link #QUICKEST} of their minimum width), seconds. */
    double quickest_s() {
        return quickest_s;
    }

    /**
     * Narrower than {@link #FIDGET_WIDTH} of the quickest rep ({@link #QUICKEST}) at the targets' tempo,
     * whatever her pace: rushing is measured against the exercise's targets (each movement in 0.4-0.65
     * of its minimum), not her pace, so a slow person's rushed rep is as quick as anyone's and a quick
     * person's no quicker (her fidget, a second out and back, is as narrow as anyone's). A knock or a fidget.
     */
    boolean fidgetWidth(MovementRatios m) {
        return m.width_s() < FIDGET_WIDTH * quickest_s;
    }

    /**
     * Ended {@link Excursion.End#SETTLED} and narrower than {@link #SETTLED_FIDGET_WIDTH} of the quickest
     * rep at the targets' tempo, whatever her pace (as in {@link #fidgetWidth}): a shift that set the
     * pelvis down elsewhere.
     */
    boolean settledAtQuickest(Excursion e, MovementRatios m) {
        return e.end() == Excursion.End.SETTLED && m.width_s() < SETTLED_FIDGET_WIDTH * quickest_s;
    }

    /**
     * Quick (below {@link #QUICK_WIDTH} of the quickest rep at her tempo) and ended {@link Excursion.End#SETTLED}
     * at least {@link #SETTLED_AWAY} of its peak from its start: a shift that set the pelvis down elsewhere.
     */
    static boolean settledAwayQuick(Excursion e, MovementRatios m) {
        return e.end() == Excursion.End.SETTLED && m.quick() < QUICK_WIDTH
                && e.theta_deg()[e.length() - 1] >= SETTLED_AWAY * e.peak_deg();
    }

    /** Within {@link #QUICK_RANGE_LO}-{@link #QUICK_RANGE_HI} of the typical range: measures like a rep. */
    private static boolean repRange(MovementRatios m) {
        return m.range() >= QUICK_RANGE_LO && m.range() <= QUICK_RANGE_HI;
    }

    /**
     * While the other side has no rep yet ({@code sideOpen}), a movement of a rep's range
     * ({@link #repRange}) not pointing like the reps (cosine below {@link SideClassifier#NEW_SIDE_COS})
     * may be the other side's first rep: held rather than called a fidget.
     */
    static boolean mayBeNewSide(MovementRatios m, boolean sideOpen) {
        return sideOpen && repRange(m) && !m.pointsLikeReps(SideClassifier.NEW_SIDE_COS);
    }

    /**
     * Up to {@link #QUICK_WIDTH} of the quickest rep and not both pointing like the reps (cosine at
     * least {@link #QUICK_COS}, or {@link #YOUNG_CLUSTER_COS} against a cluster taught by less than
     * {@link #YOUNG_CLUSTER_RANGE} of the typical range) and measuring like them ({@link #repRange}).
     */
    static boolean quickUnlikeReps(MovementRatios m) {
        double minCos = m.taught() < YOUNG_CLUSTER_RANGE ? YOUNG_CLUSTER_COS : QUICK_COS;
        return m.quick() < QUICK_WIDTH && !(m.pointsLikeReps(minCos) && repRange(m));
    }

    /**
     * A quick movement that came back to where it started, pointing like the reps within
     * {@link #RETURNED_COS}, of a rep's range ({@link #RETURNED_RANGE_LO}-{@link #RETURNED_RANGE_HI})
     * and at least {@link #RETURNED_SPEED} of the typical rep's peak speed: a rushed rep.
     */
    static boolean returnedRushed(Excursion e, MovementRatios m) {
        return e.end() == Excursion.End.RETURNED && m.pointsLikeReps(RETURNED_COS)
                && m.range() >= RETURNED_RANGE_LO && m.range() <= RETURNED_RANGE_HI && m.speed() >= RETURNED_SPEED;
    }

    /**
     * Before the typical range is settled, a quick movement that came back to where it started,
     * pointing like the reps (cosine at least {@link #QUICK_COS}), of {@link #FULL_OF_PARTIAL_LO} to
     * {@link #FULL_OF_PARTIAL} of the typical range: her full rep rushed after partial ones.
     */
    boolean fullAfterPartial(Excursion e, MovementRatios m) {
        return !typical.rangeSettled() && e.end() == Excursion.End.RETURNED && m.pointsLikeReps(QUICK_COS)
                && m.range() >= FULL_OF_PARTIAL_LO && m.range() <= FULL_OF_PARTIAL;
    }
}

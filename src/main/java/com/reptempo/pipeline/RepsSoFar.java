package com.reptempo.pipeline;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.FaultKind;
import com.reptempo.model.RepResult;
import com.reptempo.model.Side;
import com.reptempo.model.SideMode;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

import java.util.ArrayList;
import java.util.List;

/**
 * The reps a set has counted so far and what they taught of the person: her typical rep
 * ({@link RepClassifier}), her sides' directions ({@link SideClassifier}) and how long after the
 * detector's start her way out ends (the lead time, for announcing the top of a rep when due).
 * Movements are judged against it ({@link #classify}); a late decision that the set had not begun,
 * or began elsewhere, forgets it ({@link #forget}, {@link LateDecisions}).
 */
final class RepsSoFar {
    /**
     * Below this fraction of the typical range (and at least {@link RepClassifier#PARTIAL_RANGE}), a
     * movement of an exercise on alternating sides that the rules call a rep or an attempt given up
     * waits for the next rep ({@link Verdict#AWAITS_NEXT_SIDE}, {@link NextSideDecides}): she
     * alternates legs, so a partial rep is followed by the other leg's rep, while an attempt given up
     * is tried again at once with the same leg. Range and speed overlap between the two (attempts
     * 35-60 % of her range, partial reps 25-40 %, both read a few tenths off); the next leg does not.
     * 0.85, not 0.7: attempts read up to 0.84 of the typical range and full reps down to 0.7 after a
     * fidget displaced their rest; a full rep that waits is counted by the other leg's rep after it.
     */
    static final double SIDE_DECIDES_RANGE = 0.85;
    /** Reps needed before the top of a rep is announced when due rather than when seen ({@link #lead_s}). */
    static final int LEAD_AFTER = 2;
    private final ExerciseDefinition exercise;
    private final PipelineOptions options;
    /** Which way the body faces in the exercise, for the sides' handedness ({@link SideClassifier#MIN_HANDEDNESS}). */
    private final BodyFacing facing;
    private final List<RepResult> reps = new ArrayList<>();
    /** Each counted rep's direction, in the order of {@link #reps} (for {@link #sidesFromBlocks}). */
    private final List<Direction> directions = new ArrayList<>();
    private RepClassifier classifier;
    private SideClassifier sides;
    /** For each founding rep: from the detector's start to the end of the way out (raw clock). */
    private RunningMedian leads;

    /** A counted rep's unit direction, and whether it is a pelvis outlier (its direction may be another axis's). */
    private record Direction(Vector3D unit, boolean outlier) {
    }

    RepsSoFar(ExerciseDefinition exercise, PipelineOptions options) {
        this.exercise = exercise;
        this.options = options;
        this.facing = BodyFacing.of(exercise.position());
        forget();
    }

    /** The reps counted, in their order (the list itself: the pipeline adds, withdraws and rejudges them). */
    List<RepResult> list() {
        return reps;
    }

    /** Withdraws every rep counted (what they taught stays until {@link #forget}). */
    void clearReps() {
        reps.clear();
        directions.clear();
    }

    int size() {
        return reps.size();
    }

    /** Reps counted on {@code side}. */
    int onSide(Side side) {
        int n = 0;
        for (RepResult r : reps) if (r.side() == side) n++;
        return n;
    }

    /** The median range of every rep counted (the whole set's typical range, at its end). */
    double medianRange_deg() {
        RunningMedian all = new RunningMedian();
        for (RepResult r : reps) all.add(r.range_deg());
        return all.median();
    }

    /** The typical rep and the rules that judge a movement against it. */
    RepClassifier classifier() {
        return classifier;
    }

    /** The sides' directions. */
    SideClassifier sides() {
        return sides;
    }

    /** Adds a founding rep's lead time: from the detector's start to the end of its way out (raw clock). */
    void addLead(double lead_s) {
        leads.add(lead_s);
    }

    /** The median lead time once {@link #LEAD_AFTER} reps have founded it, else NaN. */
    double lead_s() {
        return leads.size() >= LEAD_AFTER ? leads.median() : Double.NaN;
    }

    /**
     * The side of a rep being counted, which teaches the sides its direction unless
     * {@code teachesNothing} (a rep that founds nothing, a pelvis outlier). When that makes the
     * sides swap which cluster is which side, every rep counted so far takes the other side.
     */
    Side side(Excursion e, boolean teachesNothing) {
        int swaps = sides.swaps();
        Side side = sides.classify(e.dirX(), e.dirY(), e.dirZ(), e.upX(), e.upY(), e.upZ(), e.peak_deg(),
                classifier.typicalRange_deg(), teachesNothing);
        if (sides.swaps() != swaps) reps.replaceAll(RepResult::withOtherSide);
        directions.add(new Direction(new Vector3D(e.dirX(), e.dirY(), e.dirZ()), classifier.outlier(e)));
        return side;
    }

    /**
     * At the end of a set done in blocks, the sides as its one switch gives them ({@link BlockSides}):
     * the reps of the first block take the first side, those of the second the other, those between
     * keep theirs. Nothing changes when the reps show no clear switch.
     */
    void sidesFromBlocks() {
        if (exercise.sides() != SideMode.BLOCKS || directions.size() != reps.size()) return;
        int n = reps.size();
        double median_deg = medianRange_deg();
        Vector3D[] dirs = new Vector3D[n];
        boolean[] teaches = new boolean[n];
        for (int i = 0; i < n; i++) {
            Direction d = directions.get(i);
            dirs[i] = d.unit();
            teaches[i] = !d.outlier() && reps.get(i).range_deg() >= BlockSides.TEACHING_RANGE * median_deg;
        }
        int[] split = BlockSides.split(dirs, teaches);
        if (split == null) return;
        Side first = options.firstSide();
        for (int i = 0; i < n; i++) {
            Side side = i <= split[0] ? first : i >= split[1] ? first.opposite() : reps.get(i).side();
            if (reps.get(i).side() != side) reps.set(i, reps.get(i).withOtherSide());
        }
    }

    /** The classifier's verdict on a movement against the sides and the typical rep as they are now. */
    Verdict classify(Excursion e, RepTiming timing) {
        return classify(e, timing, sides.nearest(e));
    }

    /** As {@link #classify(Excursion, RepTiming)}, with the nearest cluster of reps already found. */
    Verdict classify(Excursion e, RepTiming timing, SideClassifier.Nearest nearest) {
        Verdict v = classifier.judge(e, timing, nearest.cos(), nearest.taught_deg(), sideOpen());
        if ((v == Verdict.REP || v == Verdict.ABANDONED) && smallInAlternation(e)) return Verdict.AWAITS_NEXT_SIDE;
        if (v == Verdict.REP && firstDroppedBack(timing)) return Verdict.AWAITS_NEXT_SIDE;
        return v;
    }

    /**
     * The set's first rep in an exercise on alternating sides (no rep counted yet) that did not come
     * back at her pace ({@link GivenUpRules#cameBackAtPace}): with nothing to measure its range
     * against, it may be an attempt given up, which drops back in 1-2 s; the next rep's leg tells
     * ({@link NextSideDecides}): the same leg tried again, the other leg's turn after a rep.
     */
    private boolean firstDroppedBack(RepTiming timing) {
        return sides.alternating() && sides.noRepYet() && !classifier.givenUpRules().cameBackAtPace(timing);
    }

    /**
     * Both sides known in an alternating exercise, pointing nearest the side whose turn it is (one
     * pointing like the leg just done keeps its verdict), of {@link RepClassifier#PARTIAL_RANGE} up to
     * {@link #SIDE_DECIDES_RANGE} of the typical range.
     */
    private boolean smallInAlternation(Excursion e) {
        if (!sides.alternating()) return false;
        if (sides.alternatingKnown() ? !sides.pointsLikeItsTurn(e) : !notLikeLastRep(e)) return false;
        double typical_deg = classifier.typicalRange_deg();
        if (!(typical_deg > 0)) return false;
        double r = e.peak_deg() / typical_deg;
        return r >= RepClassifier.PARTIAL_RANGE && r < SIDE_DECIDES_RANGE;
    }

    /**
     * Before both sides have a cluster of reps (early in the set, or while one side's reps were
     * pelvis outliers, which teach nothing): true when reps have been counted and the movement does not
     * point like the last one ({@link SideClassifier#sameLegAlone}), so it may be the other leg's
     * turn. An attempt given up before a side's first taught rep was counted as a rep, nothing to
     * tell it from a partial rep by (fresh8 8033: 0.84 of the range after two outlier left reps;
     * fresh16 16033, fresh27 27036: 0.36 and 0.59 of the range, the other leg's first movement).
     */
    private boolean notLikeLastRep(Excursion e) {
        if (directions.isEmpty()) return false;
        Vector3D last = directions.get(directions.size() - 1).unit();
        return Vector3D.dotProduct(last, new Vector3D(e.dirX(), e.dirY(), e.dirZ())) < SideClassifier.NEW_SIDE_COS;
    }

    /** True while a per-side exercise has reps on one side only (or none). */
    boolean sideOpen() {
        return exercise.perSide() && sides.clusters() < 2;
    }

    /** True while a set done in blocks has reps on its first side only. */
    boolean blocksOpen() {
        return exercise.sides() == SideMode.BLOCKS && sides.clusters() == 1;
    }

    /** Forgets the person's typical rep, lead time, directions and sides (the reps counted stay). */
    void forget() {
        leads = new RunningMedian();
        classifier = newClassifier();
        sides = new SideClassifier(exercise.sides(), options.firstSide(), facing);
    }

    /** A classifier for this exercise; reps beyond the pelvis limit are outliers when the exercise checks the pelvis. */
    private RepClassifier newClassifier() {
        boolean pelvis = exercise.formFaults().contains(FaultKind.BACK_LIFT) || exercise.formFaults().contains(FaultKind.UNSTABLE_PELVIS);
        return new RepClassifier(exercise, pelvis ? options.thresholdsFor(exercise).maxPelvisRotation_deg() : Double.NaN);
    }
}

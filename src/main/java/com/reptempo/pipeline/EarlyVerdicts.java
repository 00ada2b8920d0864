package com.reptempo.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The set's movements while the typical range rests on fewer than {@link TypicalRep#TYPICAL_AFTER}
 * reps: the reps counted and the movements judged fidgets, kept so that the fidgets can be judged
 * again once the range is settled ({@link #rejudged}). Early in a set a rushed rep is judged
 * against one or two reps, or, in an alternating or per-side exercise, before its side has any rep
 * to point like: then it reads as quick and unlike the reps, a fidget (routine 4140 set 3: the
 * other side's rushed rep before that side's first rep). Once three reps are known, one that now
 * measures and points like them is her rep after all, and the set is counted again.
 *
 * <p>Reps counted early are not re-judged the other way (a rep now reading as an attempt given up):
 * against a range settled by three reps, partial reps (0.5-0.7 of it, kept pace, routines 4108
 * set 3, 8033) and attempts given up read alike, and as many were wrongly withdrawn as rightly.
 *
 * <p>Fixed storage: {@link #STORE} movements, in the order judged; with more nothing is re-judged.
 */
final class EarlyVerdicts {
    /** Movements kept; more before three reps are known means the set is unusual: nothing is re-judged. */
    static final int STORE = 12;
    /**
     * A fidget judged again is a rep only if it also points like the settled reps at least this
     * closely (the cosine a quick movement needs against a cluster that knows its side's axis,
     * {@link QuickMovementRules#QUICK_COS}): overturning a verdict already given needs the full
     * evidence of a rushed rep, done fast about her reps' own axis, not the looser cosine
     * ({@link QuickMovementRules#YOUNG_CLUSTER_COS}) that stands in while a cluster knows its axis only
     * roughly. A shift on the mat of her range, pointing 0.83 like the reps, was counted without it
     * (routine 12102 set 1).
     */
    static final double REP_COS = QuickMovementRules.QUICK_COS;

    private final TimedMovement[] moves = new TimedMovement[STORE];
    private final boolean[] counted = new boolean[STORE];
    private int size;
    private boolean overflow;

    /** Keeps a movement judged before the typical range was settled; {@code rep}: it was counted, else a fidget. */
    void add(Excursion e, RepTiming timing, boolean rep) {
        if (size >= STORE) {
            overflow = true;
            return;
        }
        moves[size] = new TimedMovement(e, timing);
        counted[size] = rep;
        size++;
    }

    /** Reps kept. */
    int reps() {
        int n = 0;
        for (int i = 0; i < size; i++) if (counted[i]) n++;
        return n;
    }

    /** Judges a kept fidget again, against the typical rep and sides as they are now: is it a rep now ({@link #flips})? */
    interface Judge {
        boolean repNow(Excursion e, RepTiming timing);
    }

    /**
     * Judges every kept fidget again and forgets what was kept. When one is now a rep
     * ({@link #flips}), returns the reps kept and the fidgets that are reps now, in the order they
     * started, for the set to be counted again from scratch; otherwise (and when more movements came
     * than were kept) null. With {@code keepFidgets} (the set's first rep may still be withdrawn as a
     * tilt while settling, {@link FirstRepCheck}) and none flipped, the fidgets stay kept (the reps are
     * forgotten) to be judged once more after that recount: they were judged against a typical range and
     * sides the tilt founded.
     */
    List<TimedMovement> rejudged(Judge judge, boolean keepFidgets) {
        if (overflow) {
            clear();
            return null;
        }
        List<TimedMovement> reps = new ArrayList<>();
        boolean flipped = false;
        for (int i = 0; i < size; i++) {
            TimedMovement m = moves[i];
            boolean flip = !counted[i] && judge.repNow(m.excursion(), m.timing());
            flipped |= flip;
            if (counted[i] || flip) reps.add(m);
        }
        if (!flipped && keepFidgets) {
            forgetReps();
            return null;
        }
        clear();
        if (!flipped) return null;
        reps.sort((a, b) -> Double.compare(a.excursion().start_s(), b.excursion().start_s()));
        return reps;
    }

    /** A fidget judged again is a rep: the classifier says so and it points like the reps within {@link #REP_COS}. */
    static boolean flips(Verdict now, double cos) {
        return now == Verdict.REP && cos >= REP_COS;
    }

    /**
     * Forgets the reps kept, keeping the fidgets: the reps are being withdrawn and counted again
     * from scratch (each kept again as it is counted), while the fidgets judged before still wait
     * to be judged again once the typical range is settled anew.
     */
    void forgetReps() {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (counted[i]) continue;
            moves[kept] = moves[i];
            counted[kept] = false;
            kept++;
        }
        for (int i = kept; i < size; i++) moves[i] = null;
        size = kept;
    }

    void clear() {
        for (int i = 0; i < size; i++) moves[i] = null;
        size = 0;
        overflow = false;
    }
}

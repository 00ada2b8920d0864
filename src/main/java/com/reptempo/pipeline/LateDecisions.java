package com.reptempo.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The decisions that overturn reps already counted, once later movements show the set was
 * misread: a change of posture before the set had begun withdraws every rep ({@link #SETTLED_REPS});
 * a run of attempts given up of one size overturns the typical range and counts them
 * ({@link GivenUpRun}); a first rep that was a tilt while settling is withdrawn
 * ({@link FirstRepCheck}); and fidgets judged before the typical range was settled are judged again
 * once it is ({@link EarlyVerdicts}). Each reaches the listener as ordinary rep events: every rep
 * withdrawn ({@code onRepAbandoned}, last first) and the reps that stand counted again from
 * scratch, in their order, through the pipeline's normal counting, so what they teach is learned
 * afresh ({@link RepsSoFar#forget}).
 */
final class LateDecisions {
    /** Reps counted before a change of posture that show the set had begun; fewer are withdrawn ({@link #postureChanged}). */
    static final int SETTLED_REPS = 3;

    /** Counts a movement as a founding rep, through the pipeline's normal rep events. */
    interface Counter {
        void count(Excursion e, RepTiming timing);
    }

    private final RepsSoFar soFar;
    private final PipelineListener listener;
    private final ExcursionDetector detector;
    private final WaitingSlots slots;
    private final BlockSwitchWatch switchWatch;
    private final Counter counter;
    private final GivenUpRun givenUp = new GivenUpRun();
    private final FirstRepCheck firstRep = new FirstRepCheck();
    /** Movements judged before the typical range was settled, judged again once it is ({@link #rejudgeEarly}). */
    private final EarlyVerdicts early = new EarlyVerdicts();
    /** True when the last rep counted settled the typical range: the early verdicts are to be judged again. */
    private boolean rejudgeDue;
    /** True while reps are being counted again from scratch (no re-judging is started then). */
    private boolean recounting;

    LateDecisions(RepsSoFar soFar, PipelineListener listener, ExcursionDetector detector, WaitingSlots slots,
                  BlockSwitchWatch switchWatch, Counter counter) {
        this.soFar = soFar;
        this.listener = listener;
        this.detector = detector;
        this.slots = slots;
        this.switchWatch = switchWatch;
        this.counter = counter;
    }

    /**
     * A change of posture. After fewer than {@link #SETTLED_REPS} reps the set had not begun (the
     * person was getting into position), so what was counted is withdrawn and the person's typical
     * rep, directions and sides are learned afresh.
     */
    void postureChanged(double t_s) {
        if (soFar.size() < SETTLED_REPS) restartSet(t_s);
    }

    /**
     * A rep is being counted as number {@code soFar.size() + 1}: remembered for the first rep's
     * check and, when it founds a typical range not yet settled ({@code settledBefore} false), for
     * the early verdicts; the rep that settles it makes them due to be judged again.
     */
    void counted(Excursion e, RepTiming timing, boolean founding, boolean settledBefore) {
        firstRep.remember(soFar.size(), e, timing);
        if (founding && !settledBefore) early.add(e, timing, true);
        if (!settledBefore && soFar.classifier().typical().rangeSettled() && !recounting) rejudgeDue = true;
    }

    /**
     * After a movement was judged ({@code evidence}: a rep that is not a pelvis outlier) and routed:
     * an early fidget is kept, an attempt given up may complete a run ({@link #doubt}), and the late
     * decisions that are due are taken.
     */
    void judged(Excursion e, RepTiming timing, Verdict v, boolean evidence) {
        double t_s = timing.end_s();
        if (v == Verdict.FIDGET && (!soFar.classifier().typical().rangeSettled() || firstRep.pending())) early.add(e, timing, false);
        if (v == Verdict.ABANDONED) doubt(e, timing);
        else if (evidence || v == Verdict.REPOSITIONED) givenUp.clear();
        if (rejudgeDue) rejudgeEarly(t_s);
        if (firstRep.due(soFar.size())) {
            if (firstRep.firstWasSettling(soFar.size(), soFar.classifier())) {
                recountWithoutFirst(t_s);
                if (rejudgeDue) rejudgeEarly(t_s);
            } else if (!firstRep.pending() && soFar.classifier().typical().rangeSettled()) {
                early.clear();
            }
        }
    }

    /**
     * The first rep was a tilt while settling ({@link FirstRepCheck}): every rep is withdrawn and
     * the later ones counted again from scratch, through the normal rep events, so the live count
     * drops by one and the typical rep and the sides are founded again. The early fidgets stay kept
     * (the reps kept with them are kept again as they are recounted): they were judged against a
     * typical range the tilt founded, and are judged again as soon as the recount settles it anew.
     * Forgetting the kept reps is defensive: the check needs three later reps, which have settled
     * the typical range, and the re-judging that settling brought about has already forgotten the
     * kept reps while keeping the fidgets for after this recount ({@link EarlyVerdicts#rejudged}
     * with the check pending, session 12), so no output depends on it.
     */
    private void recountWithoutFirst(double t_s) {
        List<TimedMovement> later = new ArrayList<>();
        for (int i = 1; i < soFar.size(); i++) later.add(firstRep.rep(i));
        early.forgetReps();
        recount(Verdict.NOISE, t_s, later);
    }

    /**
     * The typical range has just been settled by its third rep: every fidget judged before
     * ({@link EarlyVerdicts}) is judged again against it and the sides as they are now, and if one
     * is a rep now ({@link EarlyVerdicts#flips}), every rep is withdrawn and the set's reps so far
     * counted again from scratch with it, in their order, through the normal rep events (as
     * {@link #recountWithoutFirst} does: the live count drops and rises by one more). Only when
     * every rep counted so far was counted early (not after a forgotten typical range).
     */
    private void rejudgeEarly(double t_s) {
        rejudgeDue = false;
        if (early.reps() != soFar.size()) {
            early.clear();
            return;
        }
        List<TimedMovement> keep = early.rejudged((e, timing) -> {
            SideClassifier.Nearest nearest = soFar.sides().nearest(e);
            return EarlyVerdicts.flips(soFar.classify(e, timing, nearest), nearest.cos());
        }, firstRep.pending());
        if (keep == null) return;
        givenUp.clear();
        recounting = true;
        recount(Verdict.FIDGET, t_s, keep);
        recounting = false;
    }

    /**
     * Withdraws every rep counted (as {@code why}), forgets what they taught, and counts the reps
     * {@code keep} again from scratch, in their order, through the normal rep events.
     */
    private void recount(Verdict why, double t_s, List<TimedMovement> keep) {
        withdrawAll(why, t_s);
        soFar.forget();
        firstRep.restart();
        for (TimedMovement m : keep) counter.count(m.excursion(), m.timing());
    }

    /**
     * A movement judged given up part-way. Once the last {@link GivenUpRun#RUN} of them, with no
     * rep between (pelvis outliers aside), are of one size, the typical range was wrong: it is
     * learned afresh, and every such movement since the last rep that is of that size is counted as
     * a rep after all (late, in its order, through the normal rep events).
     */
    private void doubt(Excursion e, RepTiming timing) {
        if (!givenUp.add(e, timing)) return;
        soFar.classifier().typical().forgetRanges();
        early.clear();
        for (int i = 0; i < givenUp.size(); i++) {
            if (givenUp.ofRunSize(i)) counter.count(givenUp.movement(i).excursion(), givenUp.movement(i).timing());
        }
        givenUp.clear();
    }

    /** The set had not begun: everything counted is withdrawn, every doubt dropped and what was learned forgotten. */
    private void restartSet(double t_s) {
        withdrawAll(Verdict.REPOSITIONED, t_s);
        detector.setBegun(false);
        slots.clear();
        early.clear();
        switchWatch.clear();
        givenUp.clear();
        firstRep.restart();
        soFar.forget();
    }

    /** Withdraws every rep counted, last first, as {@code why}. */
    private void withdrawAll(Verdict why, double t_s) {
        for (int i = soFar.size(); i >= 1; i--) listener.onRepAbandoned(i, why.reason(), t_s);
        soFar.clearReps();
    }
}

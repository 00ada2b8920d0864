package com.reptempo.pipeline;

import com.reptempo.model.RepResult;
import com.reptempo.model.Side;

/**
 * Counts a rep: it founds (unless it may hold the move into position, {@link IntoPositionWatch})
 * what the set learns of her reps ({@link RepsSoFar}: lead time, sides' directions, typical
 * range), is given its side and its result ({@link RepAssembler}), tells the detector the set has
 * begun and the late decisions it was counted ({@link LateDecisions#counted}), and reaches the
 * listener as a rep completed.
 */
final class RepCounter {
    /**
     * A founding rep whose peak stands at least this many rest wobbles clear (twice what any
     * movement needs, {@link NoiseRules#MIN_PEAK_Z}) shows she is in position: only then is the
     * detector's new-position rule ({@link HeldPlace}) turned off. Breathing and settling on the mat
     * before a set (0.5-0.6 degrees at 8.5-10 wobbles) pass the noise test and may be counted (and
     * withdrawn later, {@link FirstRepCheck}); with the rule off, the small transition into position
     * that follows ran on into the first rep and swallowed it (routine 7110 set 3).
     */
    static final double CLEAR_REP_Z = 2 * NoiseRules.MIN_PEAK_Z;
    private final RepsSoFar soFar;
    private final LateDecisions late;
    private final BlockSwitchWatch switchWatch;
    private final RepAssembler assembler;
    private final ExcursionDetector detector;
    private final PipelineListener listener;

    RepCounter(RepsSoFar soFar, LateDecisions late, BlockSwitchWatch switchWatch, RepAssembler assembler,
               ExcursionDetector detector, PipelineListener listener) {
        this.soFar = soFar;
        this.late = late;
        this.switchWatch = switchWatch;
        this.assembler = assembler;
        this.detector = detector;
        this.listener = listener;
    }

    /**
     * Counts a rep, founding (or, for a first rep that may hold the move into position, not
     * founding) the sides' directions, the typical range, the lead time and, for the detector, the
     * set's beginning (and, when it stands clear of breathing, {@link #CLEAR_REP_Z}, that she is in
     * position); a rep that founds nothing is still given a side.
     *
     * @param delay_s the gravity tracker's delay now
     */
    void count(Excursion e, RepTiming timing, boolean founding, double delay_s) {
        RepClassifier classifier = soFar.classifier();
        if (!classifier.outlier(e)) switchWatch.repCounted();
        if (founding) soFar.addLead(timing.outEnd_s() + delay_s - e.start_s());
        int swaps = soFar.sides().swaps();
        Side side = soFar.side(e, !founding || classifier.outlier(e));
        if (soFar.sides().swaps() != swaps) listener.onSidesSwapped(e.end_s());
        boolean settled = classifier.typical().rangeSettled();
        if (founding) classifier.accepted(e, timing);
        late.counted(e, timing, founding, settled);
        RepResult r = assembler.assemble(soFar.size() + 1, e, timing, side, classifier.typicalRange_deg(), delay_s,
                detector.restWobble_deg());
        soFar.list().add(r);
        if (founding) detector.setBegun(true);
        if (founding && e.peakZ() >= CLEAR_REP_Z) detector.clearRepCounted();
        listener.onRepCompleted(r);
    }
}

package com.reptempo.pipeline;

/**
 * Whether the current movement started on a turning point rather than at a rest
 * ({@link ExcursionDetector}; docs/PIPELINE.md §4, "returned to a turning point", "the turning point
 * carried on"): a movement that starts straight out of the previous one's return
 * ({@link #TURN_GAP_S}) starts at a rep's turning point, and so does the movement after one that
 * came back to that turning point ({@link #onEnd}). The detector's rule for such a movement
 * ({@code ExcursionDetector.returnedToTurn}) looks for the rest it passed. Every change of this
 * state is one of the transitions below, told by the detector: a start from the rest
 * ({@link #onStartFromRest}), an end ({@link #onEnd}), a restart where the movement settled or got
 * stuck ({@link #onRestart}) and the rest found within the movement ({@link #onRestFound}).
 */
final class TurningPoint {
    /**
     * A movement that starts within this long of the moment the previous one was ended *returned*
     * started straight out of its return, with no rest between them: the end is recognised
     * {@link Closing#CLOSE_MARGIN_S} (0.15 s) after the extrapolated end of the way back, and she
     * rests at least 0.5 s between reps, so a rep from a real rest starts at least 0.35 s later.
     * Such a start is a turning point, not a rest (docs/PIPELINE.md §4, "returned to a turning point").
     */
    static final double TURN_GAP_S = 0.35;

    /** The current movement started before the previous one's end: straight out of its return, no rest between. */
    private boolean startedOnTurn;
    /**
     * The turning point taken for the rest is carried on: the last movement started at a turning
     * point ({@link #startedOnTurn}, {@link #TURN_GAP_S}) and ended *returned*, so it came back to
     * that turning point, not to a rest, and the movement that leaves it next starts on it too,
     * however long a rep's top was held there (and a movement restarted where it settled, not
     * stuck in a new posture, keeps its start's kind: it settled at a rep's top held at that same
     * turning point, {@link #onRestart}). In an alternating exercise with the rest taken at one
     * side's top every movement then runs from that top to the other side's and back: only the
     * first starts within {@link #TURN_GAP_S} of a return, so without carrying the turning point
     * on the reps stayed merged in twos until something else ended it (routine 28102 set 3,
     * rear-leg-lift 28031; docs/PIPELINE.md §4, "the turning point carried on").
     */
    private boolean backAtTurn;

    /** Whether the current movement started on a turning point, not at a rest. */
    boolean startedOnTurn() {
        return startedOnTurn;
    }

    /**
     * A movement starts from the rest (or the return's settling) at start_s, the previous one having
     * ended at lastEnd_s: on a turning point when straight out of that end's return
     * ({@link #TURN_GAP_S}) or when the previous movement came back to its turning point
     * ({@link #backAtTurn}).
     */
    void onStartFromRest(double start_s, double lastEnd_s) {
        startedOnTurn = start_s - lastEnd_s < TURN_GAP_S || backAtTurn;
    }

    /**
     * The current movement ends: one that started on a turning point and ends *returned* came back
     * to it and hands it on to the next movement from the rest ({@link #backAtTurn}); any other end
     * hands nothing on.
     */
    void onEnd(Excursion.End end) {
        backAtTurn = startedOnTurn && end == Excursion.End.RETURNED;
    }

    /**
     * The movement ended where it settled and a new one starts there: it keeps its start's kind
     * (settled at a rep's top held at the same turning point), unless it was stuck in a new posture,
     * which is a rest.
     */
    void onRestart(boolean stuck) {
        startedOnTurn = startedOnTurn && !stuck;
    }

    /**
     * The rest was found within the movement (the rest found again, or the rest passed between
     * reps from a turning point): what follows it starts from a rest.
     */
    void onRestFound() {
        startedOnTurn = false;
    }
}

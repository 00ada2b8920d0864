package com.reptempo.app.review;

import com.reptempo.app.MotionTrace;
import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.RepResult;
import com.reptempo.model.SetResult;
import com.reptempo.storage.session.RecordedSet;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the review shows of one set: the result chosen (re-analysed or as recorded), the exercise
 * definition it was judged against, the motion trace and the highlighted rep. Immutable.
 *
 * @param setIndex     0-based index of the set in the session
 * @param recorded     the set as stored
 * @param exercise     the definition the shown result was judged against (targets, thresholds)
 * @param result       the result shown, or null when the set was never analysed
 * @param shown        which result is shown
 * @param source       where the result comes from, in plain words
 * @param traceSource  gives the motion trace of the set (made when first asked for: it runs the pipeline)
 * @param highlightedRep the highlighted rep's index (1-based), or 0 for none
 */
public record SetView(int setIndex, RecordedSet recorded, ExerciseDefinition exercise, SetResult result, ResultChoice shown,
                      String source, Supplier<MotionTrace> traceSource, int highlightedRep) {
    /** A view with a trace made already (or {@link MotionTrace#EMPTY}). */
    public SetView(int setIndex, RecordedSet recorded, ExerciseDefinition exercise, SetResult result, ResultChoice shown,
                   String source, MotionTrace trace, int highlightedRep) {
        this(setIndex, recorded, exercise, result, shown, source, () -> trace, highlightedRep);
    }

    /** The motion trace of the set. */
    public MotionTrace trace() {
        return traceSource.get();
    }

    public List<RepResult> reps() {
        return result == null ? List.of() : result.reps();
    }

    public Optional<RepResult> highlighted() {
        return reps().stream().filter(r -> r.index() == highlightedRep).findFirst();
    }

    /** The rep under way at {@code t_s}, or 0. */
    public int repAt(double t_s) {
        return reps().stream().filter(r -> t_s >= r.start_s() && t_s <= r.end_s()).mapToInt(RepResult::index).findFirst().orElse(0);
    }

    /** The same view with another rep highlighted. */
    public SetView withHighlight(int rep) {
        return new SetView(setIndex, recorded, exercise, result, shown, source, traceSource, rep);
    }

    /** A short title, e.g. "Set 2: Cobra lift". */
    public String title() {
        return "Set " + (setIndex + 1) + ": " + exercise.name();
    }
}

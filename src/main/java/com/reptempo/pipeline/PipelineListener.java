package com.reptempo.pipeline;

import com.reptempo.model.RepResult;
import com.reptempo.model.SetResult;

/**
 * Live events of a {@link RepPipeline}, called synchronously from {@link RepPipeline#accept} on the
 * thread that feeds it (so implementations must be quick and must not block). Times are seconds on
 * the samples' clock. Every method does nothing by default.
 */
public interface PipelineListener {
    /** The still period has been measured; analysis starts. */
    default void onCalibrated(double t_s) {
    }

    /**
     * A phase of a rep began (an estimate, refined in the rep's result).
     *
     * @param repIndex the number the rep will have if it is completed (1-based)
     * @param phase    the phase's name from the exercise definition
     * @param t_s      when it began
     */
    default void onPhaseStarted(int repIndex, String phase, double t_s) {
    }

    /** A rep was completed and judged. */
    default void onRepCompleted(RepResult rep) {
    }

    /**
     * A movement that had been announced with {@link #onPhaseStarted} did not become a rep (given
     * up, a shift on the mat, too short...); its number will be used by the next rep.
     *
     * @param reason plain words, e.g. "given up part-way"
     */
    default void onRepAbandoned(int repIndex, String reason, double t_s) {
    }

    /**
     * The sides of every rep reported so far were the wrong way round (the set's first rep was lost,
     * so the next one was taken for the first side; found by the sides' handedness) and are swapped in
     * the result; reps reported from now on come with the right side.
     */
    default void onSidesSwapped(double t_s) {
    }

    /** The stream ended; the set's final result (partial range re-judged against the whole set). */
    default void onSetFinished(SetResult set) {
    }
}

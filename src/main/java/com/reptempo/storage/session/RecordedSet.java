package com.reptempo.storage.session;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.SetResult;

import java.util.Objects;
import java.util.Optional;

/**
 * One set of a session: the exercise as it was defined when it was done (the prescription in
 * force applied), where it lies in the samples, and the analysis as it was shown at the time.
 *
 * @param exercise the exercise definition in force (targets, thresholds)
 * @param start_s  first sample time of the set, seconds
 * @param end_s    last sample time of the set, seconds
 * @param result   the result as recorded, or null when the set was not analysed (imported before
 *                 the pipeline was available, or interrupted by a crash)
 */
public record RecordedSet(ExerciseDefinition exercise, double start_s, double end_s, SetResult result) {
    public RecordedSet {
        Objects.requireNonNull(exercise, "exercise");
        if (!Double.isFinite(start_s) || !Double.isFinite(end_s) || end_s < start_s) {
            throw new IllegalArgumentException("set of " + exercise.id() + " must satisfy start <= end, got "
                    + start_s + ".." + end_s);
        }
        if (result != null && !result.exerciseId().equals(exercise.id())) {
            throw new IllegalArgumentException("set of " + exercise.id() + " holds a result for " + result.exerciseId());
        }
    }

    /** The result as recorded, if the set was analysed. */
    public Optional<SetResult> recordedResult() {
        return Optional.ofNullable(result);
    }

    /** The same set with another recorded result. */
    public RecordedSet withResult(SetResult r) {
        return new RecordedSet(exercise, start_s, end_s, r);
    }
}

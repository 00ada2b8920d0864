package com.reptempo.app;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Sample;
import com.reptempo.model.SetResult;

import java.util.List;

/**
 * Analyses one set's samples with the current pipeline: how reopened, imported and recovered
 * sessions get their results recomputed. Injected so that the session use cases do not depend on
 * the pipeline's classes; {@link SessionPipeline#current()} says which one the program has.
 */
@FunctionalInterface
public interface SessionReanalyzer {
    /**
     * @param samples  the set's samples in time order (sample time as recorded)
     * @param exercise the exercise with the prescription in force applied
     * @return the set's result; its exerciseId must be {@code exercise.id()}
     */
    SetResult analyze(List<Sample> samples, ExerciseDefinition exercise);

    /**
     * A set's result with the motion trace of the same analysis.
     *
     * @param result the set's result
     * @param trace  the pipeline's motion angle over the set, or null when this analyzer does not trace
     */
    record Traced(SetResult result, MotionTrace trace) {
    }

    /**
     * The set's result and, when the analyzer can, its {@link MotionTrace} from the same run (the
     * review shows both; running the set twice would double the time a session takes to open).
     * By default {@link #analyze} without a trace.
     */
    default Traced analyzeTraced(List<Sample> samples, ExerciseDefinition exercise) {
        return new Traced(analyze(samples, exercise), null);
    }

    /** A short name for messages and files, e.g. "RepTempo pipeline 0.1". */
    default String describe() {
        return "the analysis pipeline";
    }
}

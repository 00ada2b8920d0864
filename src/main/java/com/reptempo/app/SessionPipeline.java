package com.reptempo.app;

import com.reptempo.pipeline.PipelineOptions;
import com.reptempo.pipeline.SetAnalyzer;

import java.util.Optional;

/**
 * The one place where the session use cases get the analysis pipeline: the same
 * {@link SetAnalyzer} (and so the same streaming {@code RepPipeline}) that coaches live, with the
 * prescription in force applied through the exercise definition.
 */
public final class SessionPipeline {
    private SessionPipeline() {
    }

    /** The pipeline used to re-analyse sessions (empty only in builds without one). */
    public static Optional<SessionReanalyzer> current() {
        return Optional.of(named("RepTempo pipeline",
                (samples, exercise) -> SetAnalyzer.analyze(samples, exercise, PipelineOptions.defaults())));
    }

    /** Gives an analyzer a name for messages. */
    public static SessionReanalyzer named(String name, SessionReanalyzer analyzer) {
        return new SessionReanalyzer() {
            @Override
            public com.reptempo.model.SetResult analyze(java.util.List<com.reptempo.model.Sample> samples,
                                                        com.reptempo.model.ExerciseDefinition exercise) {
                return analyzer.analyze(samples, exercise);
            }

            @Override
            public String describe() {
                return name;
            }
        };
    }
}

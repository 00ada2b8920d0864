package com.reptempo.app;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Sample;
import com.reptempo.model.SetResult;
import com.reptempo.pipeline.PipelineOptions;
import com.reptempo.pipeline.RepPipeline;
import com.reptempo.pipeline.SetAnalyzer;

import java.util.List;
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
        SessionReanalyzer pipeline = new SessionReanalyzer() {
            @Override
            public SetResult analyze(List<Sample> samples, ExerciseDefinition exercise) {
                return SetAnalyzer.analyze(samples, exercise, PipelineOptions.defaults());
            }

            @Override
            public Traced analyzeTraced(List<Sample> samples, ExerciseDefinition exercise) {
                return traced(samples, exercise, MotionTrace.MAX_POINTS);
            }
        };
        return Optional.of(named("RepTempo pipeline", pipeline));
    }

    /**
     * One run of the pipeline over a set giving its result, the very one {@link SetAnalyzer}
     * gives, and its motion trace (points taken as {@link MotionTrace#of} takes them).
     */
    public static SessionReanalyzer.Traced traced(List<Sample> samples, ExerciseDefinition exercise, int maxPoints) {
        RepPipeline pipeline = new RepPipeline(exercise, PipelineOptions.defaults(), null);
        MotionTrace.Points points = new MotionTrace.Points(samples, maxPoints);
        for (int i = 0; i < samples.size(); i++) {
            pipeline.accept(samples.get(i));
            points.take(i, pipeline);
        }
        return new SessionReanalyzer.Traced(pipeline.finish(), points.trace());
    }

    /** Gives an analyzer a name for messages. */
    public static SessionReanalyzer named(String name, SessionReanalyzer analyzer) {
        return new SessionReanalyzer() {
            @Override
            public SetResult analyze(List<Sample> samples, ExerciseDefinition exercise) {
                return analyzer.analyze(samples, exercise);
            }

            @Override
            public Traced analyzeTraced(List<Sample> samples, ExerciseDefinition exercise) {
                return analyzer.analyzeTraced(samples, exercise);
            }

            @Override
            public String describe() {
                return name;
            }
        };
    }
}

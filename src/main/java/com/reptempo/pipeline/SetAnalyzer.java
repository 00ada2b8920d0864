package com.reptempo.pipeline;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Sample;
import com.reptempo.model.SetResult;

import java.util.List;

/** Offline analysis: runs the very same {@link RepPipeline} over a whole recording. */
public final class SetAnalyzer {
    private SetAnalyzer() {
    }

    public static SetResult analyze(List<Sample> samples, ExerciseDefinition exercise, PipelineOptions options) {
        RepPipeline p = new RepPipeline(exercise, options, null);
        for (Sample s : samples) p.accept(s);
        return p.finish();
    }
}

package com.reptempo.app;

import com.reptempo.app.review.ReviewFixtures;
import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Sample;
import com.reptempo.model.SetResult;
import com.reptempo.pipeline.PipelineOptions;
import com.reptempo.pipeline.SetAnalyzer;
import com.reptempo.storage.SampleCsvReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionPipelineTest {
    @Test
    void oneTracedRunGivesTheAnalysisResultAndTheTraceOfTwoSeparateRuns() throws IOException {
        List<Sample> samples = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(Path.of("samples/cobra-lift-faults.csv"))) {
            SampleCsvReader.read(in, samples::add);
        }
        ExerciseDefinition cobra = ReviewFixtures.ROUTINE.get("cobra-lift");
        SessionReanalyzer.Traced traced = SessionPipeline.current().orElseThrow().analyzeTraced(samples, cobra);

        SetResult alone = SetAnalyzer.analyze(samples, cobra, PipelineOptions.defaults());
        assertEquals(alone, traced.result(), "taking the trace's points leaves the analysis as it is");
        assertTrue(alone.count() >= 8, "reps: " + alone.count());
        MotionTrace separate = MotionTrace.of(samples, cobra, MotionTrace.MAX_POINTS);
        assertTrue(separate.size() > 100, "points: " + separate.size());
        assertArrayEquals(separate.t_s(), traced.trace().t_s());
        assertArrayEquals(separate.angle_deg(), traced.trace().angle_deg());
    }
}

package com.reptempo.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Routine;
import com.reptempo.model.Sample;
import com.reptempo.model.SetResult;
import com.reptempo.pipeline.PipelineOptions;
import com.reptempo.storage.SampleFileException;
import com.reptempo.storage.TruthJson;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The evaluation use case: runs the pipeline over every labelled recording in a folder and scores
 * it ({@link EvalScore}). A folder holds simulator sessions ({@code X.csv} with {@code X.truth.json}
 * beside it; each set of a routine is analysed on its own span with its own exercise) and/or a
 * {@code labels.json} mapping file ids to an exercise and a rep count (files in the folder or its
 * {@code sets/} subfolder; exercises the routine does not know are analysed as {@code custom}).
 */
public final class EvalFolder {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** One analysed set. */
    public record Item(String source, String exercise, int trueCount, int count) {
        public int error() {
            return count - trueCount;
        }
    }

    /** Everything eval reports; pipeline time is measured around the analysis only (not file reading). */
    public record Result(List<Item> items, EvalScore.Report report, long samples, long pipelineNanos) {
        public double samplesPerSecond() {
            return pipelineNanos == 0 ? Double.NaN : samples * 1e9 / pipelineNanos;
        }
    }

    /** A labels.json entry. */
    record Label(String exercise, Integer reps) {
    }

    private EvalFolder() {
    }

    public static Result run(Path dir, Routine routine) throws IOException {
        if (!Files.isDirectory(dir)) throw new SampleFileException("no such folder: " + dir);
        List<Item> items = new ArrayList<>();
        EvalScore score = new EvalScore();
        long[] work = {0, 0};
        boolean any = false;
        try (DirectoryStream<Path> truths = Files.newDirectoryStream(dir, "*.truth.json")) {
            List<Path> sorted = new ArrayList<>();
            truths.forEach(sorted::add);
            sorted.sort(null);
            for (Path truth : sorted) {
                String base = truth.getFileName().toString().replace(".truth.json", "");
                Path csv = dir.resolve(base + ".csv");
                if (!Files.isRegularFile(csv)) continue;
                any = true;
                AnalyzeRecording.Recording rec = AnalyzeRecording.read(csv);
                for (EvalTruth.LabelledSet set : EvalTruthReader.fromDto(base, TruthJson.read(truth))) {
                    ExerciseDefinition ex = exercise(routine, set.exercise());
                    List<Sample> span = AnalyzeRecording.span(rec.samples(), set.from_s(), set.to_s());
                    SetResult r = timed(span, ex, options(set), set.source(), work);
                    score.add(set, r);
                    items.add(new Item(set.source(), ex.id(), set.count(), r.count()));
                }
            }
        }
        Path labels = dir.resolve("labels.json");
        if (Files.isRegularFile(labels)) {
            any = true;
            for (Map.Entry<String, Label> e : readLabels(labels).entrySet()) {
                Path csv = dir.resolve("sets").resolve(e.getKey() + ".csv");
                if (!Files.isRegularFile(csv)) csv = dir.resolve(e.getKey() + ".csv");
                if (!Files.isRegularFile(csv) || e.getValue().reps() == null) continue;
                ExerciseDefinition ex = exercise(routine, e.getValue().exercise());
                AnalyzeRecording.Recording rec = AnalyzeRecording.read(csv);
                EvalTruth.LabelledSet set = new EvalTruth.LabelledSet(e.getKey(), ex.id(), rec.samples().get(0).t_s(),
                        rec.samples().get(rec.samples().size() - 1).t_s(), e.getValue().reps(), null, null);
                SetResult r = timed(rec.samples(), ex, PipelineOptions.defaults(), e.getKey(), work);
                score.add(set, r);
                items.add(new Item(e.getKey(), ex.id(), set.count(), r.count()));
            }
        }
        if (!any) {
            throw new SampleFileException("no labelled recordings in " + dir
                    + ": expected X.csv with X.truth.json beside it (from 'reptempo simulate'), or a labels.json");
        }
        return new Result(items, score.report(), work[0], work[1]);
    }

    private static PipelineOptions options(EvalTruth.LabelledSet set) {
        PipelineOptions o = PipelineOptions.defaults();
        return set.firstSide() == null ? o : o.withFirstSide(set.firstSide());
    }

    private static SetResult timed(List<Sample> samples, ExerciseDefinition ex, PipelineOptions options, String name,
                                   long[] work) throws SampleFileException {
        long t0 = System.nanoTime();
        SetResult r = AnalyzeRecording.analyze(samples, ex, options, name);
        work[1] += System.nanoTime() - t0;
        work[0] += samples.size();
        return r;
    }

    /** The exercise with this id, or {@code custom} for one the routine does not know. */
    static ExerciseDefinition exercise(Routine routine, String id) {
        return routine.find(id).orElseGet(() -> routine.get("custom"));
    }

    static Map<String, Label> readLabels(Path file) throws IOException {
        try {
            Map<String, Label> m = MAPPER.readValue(file.toFile(), TypeFactory.defaultInstance()
                    .constructMapType(TreeMap.class, String.class, Label.class));
            return m;
        } catch (JsonProcessingException e) {
            throw new SampleFileException(file + " is not a valid labels file: " + e.getOriginalMessage(), e);
        }
    }
}

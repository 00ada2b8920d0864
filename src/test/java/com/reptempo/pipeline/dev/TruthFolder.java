package com.reptempo.pipeline.dev;

import com.reptempo.app.EvalTruth;
import com.reptempo.app.EvalTruthReader;
import com.reptempo.model.Sample;
import com.reptempo.pipeline.PipelineOptions;
import com.reptempo.storage.TruthJson;
import com.reptempo.storage.SampleCsvReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Development tool support: the labelled sets of a folder of simulated files with truth (tuning
 * seeds only), each with its own span of samples and the options {@code eval} analyses it with.
 */
final class TruthFolder {
    /** What is done with each labelled set. */
    @FunctionalInterface
    interface SetVisitor {
        void visit(Path csv, EvalTruth.LabelledSet set, List<Sample> span, PipelineOptions options) throws Exception;
    }

    private TruthFolder() {
    }

    /** Visits every labelled set of the CSV files in dir whose path contains filter, file by file in name order. */
    static void forEachSet(String dir, String filter, SetVisitor visitor) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(dir))) {
            files = s.filter(p -> p.toString().endsWith(".csv") && p.toString().contains(filter)).sorted().toList();
        }
        for (Path csv : files) {
            Path truth = Path.of(csv.toString().replace(".csv", ".truth.json"));
            if (!Files.isRegularFile(truth)) continue;
            List<Sample> all = SampleCsvReader.readAll(csv).samples();
            for (EvalTruth.LabelledSet set : EvalTruthReader.fromDto(csv.getFileName().toString(), TruthJson.read(truth))) {
                List<Sample> span = new ArrayList<>();
                for (Sample x : all) if (x.t_s() >= set.from_s() && x.t_s() <= set.to_s()) span.add(x);
                PipelineOptions options = PipelineOptions.defaults();
                if (set.firstSide() != null) options = options.withFirstSide(set.firstSide());
                visitor.visit(csv, set, span, options);
            }
        }
    }
}

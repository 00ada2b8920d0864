package com.reptempo.pipeline.dev;

import com.reptempo.model.Sample;
import com.reptempo.pipeline.DevProbe;
import com.reptempo.pipeline.PipelineOptions;
import com.reptempo.storage.RoutineJson;
import com.reptempo.storage.SampleCsvReader;

import java.nio.file.Path;
import java.util.List;

/** Development tool: movements in a span of a CSV file. */
public final class DumpFile {
    public static void main(String[] args) throws Exception {
        List<Sample> all = SampleCsvReader.readAll(Path.of(args[0])).samples();
        double from = Double.parseDouble(args[2]);
        double to = Double.parseDouble(args[3]);
        List<Sample> span = all.stream().filter(s -> s.t_s() >= from && s.t_s() <= to).toList();
        PipelineOptions opt = args.length > 4 ? PipelineOptions.defaults().withFirstSide(com.reptempo.model.Side.valueOf(args[4])) : PipelineOptions.defaults();
        for (DevProbe.Row r : DevProbe.excursions(span, RoutineJson.bundled().get(args[1]), opt)) {
            System.out.println(r.text());
        }
    }
}

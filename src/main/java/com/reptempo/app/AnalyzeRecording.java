package com.reptempo.app;

import com.reptempo.device.LinkState;
import com.reptempo.device.ReplaySource;
import com.reptempo.device.SourceListener;
import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Sample;
import com.reptempo.model.SetResult;
import com.reptempo.pipeline.PipelineOptions;
import com.reptempo.pipeline.RepPipeline;
import com.reptempo.storage.SampleCsvReader;
import com.reptempo.storage.SampleFileException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The offline analysis use case: reads a recording (RepTempo CSV or raw capture), checks that it
 * can be analysed, and runs the pipeline over it. Every problem a user can cause is a
 * {@link SampleFileException} with a one-line message.
 */
public final class AnalyzeRecording {
    /** 1 g in m/s^2. */
    static final double G_MPS2 = 9.80665;

    /** A recording in memory. */
    public record Recording(Path file, List<Sample> samples, boolean hasGyro) {
        public double duration_s() {
            return samples.isEmpty() ? 0 : samples.get(samples.size() - 1).t_s() - samples.get(0).t_s();
        }
    }

    private AnalyzeRecording() {
    }

    /** Reads a CSV or raw capture and checks its units. */
    public static Recording read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new SampleFileException("no such file: " + file);
        boolean csv = ReplaySource.isCsv(file) || file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        Recording r = csv ? readCsv(file) : readCapture(file);
        checkUnits(r);
        return r;
    }

    private static Recording readCsv(Path file) throws IOException {
        try {
            SampleCsvReader.Contents c = SampleCsvReader.readAll(file);
            return new Recording(file, c.samples(), c.hasGyro());
        } catch (SampleFileException e) {
            throw new SampleFileException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static Recording readCapture(Path file) throws IOException {
        if (Files.size(file) == 0) {
            throw new SampleFileException(file.getFileName() + ": the file is empty: expected a header line "
                    + String.join(",", com.reptempo.storage.SampleCsvWriter.GYRO_COLUMNS) + " or a raw capture");
        }
        List<Sample> samples = new ArrayList<>();
        String[] failure = {null};
        new ReplaySource(file, 0).runHere(new SourceListener() {
            @Override
            public void onSample(Sample sample) {
                samples.add(sample);
            }

            @Override
            public void onStateChanged(LinkState state, String message) {
                if (state == LinkState.FAILED) failure[0] = message;
            }
        });
        if (failure[0] != null) throw new SampleFileException(failure[0]);
        if (samples.isEmpty()) {
            throw new SampleFileException(file.getFileName() + ": no samples found: not a RepTempo CSV (header "
                    + String.join(",", com.reptempo.storage.SampleCsvWriter.ACCEL_COLUMNS) + "...) nor a raw capture");
        }
        return new Recording(file, List.copyOf(samples), samples.get(0).hasGyro());
    }

    /**
     * Acceleration must be in g: at rest it reads about 1. A median magnitude near 9.8 means the file
     * is in m/s^2; anything else far from 1 is not acceleration in g at all.
     */
    static void checkUnits(Recording r) throws SampleFileException {
        if (r.samples().isEmpty()) return;
        double[] m = r.samples().stream().mapToDouble(Sample::accelMagnitude_g).sorted().toArray();
        double median = m[m.length / 2];
        String name = r.file() == null ? "the recording" : r.file().getFileName().toString();
        if (median > 0.6 * G_MPS2 && median < 1.4 * G_MPS2) {
            throw new SampleFileException(String.format(Locale.ROOT,
                    "%s: acceleration looks like m/s^2 (it reads %.2f at rest), expected g: divide the ax, ay, az columns by %s",
                    name, median, G_MPS2));
        }
        if (median < 0.5 || median > 2.0) {
            throw new SampleFileException(String.format(Locale.ROOT,
                    "%s: acceleration reads %.3f at rest; expected about 1 g (check the units of ax, ay, az)", name, median));
        }
    }

    /** Analyses a whole recording as one set. */
    public static SetResult analyze(Recording r, ExerciseDefinition exercise, PipelineOptions options) throws SampleFileException {
        return analyze(r.samples(), exercise, options, r.file() == null ? "the recording" : r.file().getFileName().toString());
    }

    /** Analyses samples as one set; fails with a clear message when they are too short to calibrate. */
    public static SetResult analyze(List<Sample> samples, ExerciseDefinition exercise, PipelineOptions options, String name)
            throws SampleFileException {
        RepPipeline p = new RepPipeline(exercise, options, null);
        for (Sample s : samples) p.accept(s);
        SetResult result = p.finish();
        if (!p.calibrated()) {
            double d = samples.isEmpty() ? 0 : samples.get(samples.size() - 1).t_s() - samples.get(0).t_s();
            throw new SampleFileException(String.format(Locale.ROOT,
                    "%s: too short to calibrate (%.1f s of data): the sensor must be held still for %s s at the start, "
                            + "or the recording must last at least %s s", name, d, fmt(RepPipeline.CALIBRATION_STILL_S),
                    fmt(RepPipeline.CALIBRATION_TIMEOUT_S)));
        }
        return result;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** The samples between two times (inclusive), for analysing one set of a longer recording. */
    public static List<Sample> span(List<Sample> samples, double from_s, double to_s) {
        double[] t = samples.stream().mapToDouble(Sample::t_s).toArray();
        int a = Arrays.binarySearch(t, from_s);
        if (a < 0) a = -a - 1;
        int b = Arrays.binarySearch(t, to_s);
        b = b < 0 ? -b - 1 : b + 1;
        return samples.subList(Math.min(a, samples.size()), Math.min(Math.max(a, b), samples.size()));
    }
}

package com.reptempo.storage.session.importing;

import com.reptempo.storage.SampleFileException;
import com.reptempo.storage.session.importing.ArduinoLogScan.Row;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Sample times of an Arduino log: from its time column (ms, µs or s) or from a nominal rate. */
final class ArduinoTime {
    /** The rows kept (repeated times dropped), their times from 0 s, and how time was found. */
    record Timed(List<Row> rows, double[] t_s, double rate_hz, String description) {
    }

    private ArduinoTime() {
    }

    static Timed fromColumn(List<Row> rows, int col, String unit, List<String> notes, List<String> warnings) {
        List<Row> kept = new ArrayList<>(rows.size());
        int repeatedRows = 0;
        int repeatedTimes = 0;
        for (Row r : rows) {
            Row prev = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (prev != null && r.values()[col] <= prev.values()[col]) {
                if (Arrays.equals(r.values(), prev.values())) repeatedRows++;
                else repeatedTimes++;
                continue;
            }
            kept.add(r);
        }
        if (repeatedRows > 0) notes.add(repeatedRows + " repeated rows were dropped");
        if (repeatedTimes > 0) notes.add(repeatedTimes + " rows with the same time as the row before were dropped");
        double[] raw = kept.stream().mapToDouble(r -> r.values()[col]).toArray();
        TimeSteps rawSteps = TimeSteps.of(raw, raw.length);
        boolean integers = Arrays.stream(raw).allMatch(v -> v == Math.rint(v));
        double scale;
        String how;
        if (!unit.isEmpty()) {
            scale = unit.equals("ms") ? 1e-3 : unit.equals("us") ? 1e-6 : 1;
            how = "as its name says";
        } else if (integers) {
            scale = rawSteps.median_s() >= 500 ? 1e-6 : 1e-3;
            how = String.format(Locale.ROOT, "detected: whole numbers stepping by %.0f", rawSteps.median_s());
        } else {
            scale = rawSteps.median_s() >= 0.5 ? 1e-3 : 1;
            how = String.format(Locale.ROOT, "detected: steps of %.4g", rawSteps.median_s());
        }
        String name = scale == 1e-3 ? "milliseconds (millis())" : scale == 1e-6 ? "microseconds (micros())" : "seconds";
        double[] t = new double[raw.length];
        for (int i = 0; i < raw.length; i++) t[i] = (raw[i] - raw[0]) * scale;
        TimeSteps steps = TimeSteps.of(t, t.length);
        if (!steps.regular()) {
            warnings.add("the timing is irregular (" + steps.describe() + "): the log's own times are used as they are");
        }
        return new Timed(kept, t, steps.rate_hz(), "time column in " + name + " (" + how + "); " + steps.describe());
    }

    static Timed fromRate(Path file, List<Row> rows, Double given, Double hint, List<String> notes, List<String> warnings)
            throws SampleFileException {
        double rate;
        String from;
        if (given != null) {
            rate = given;
            from = "given with --rate";
        } else if (hint != null && hint > 0 && hint <= 10_000) {
            rate = hint;
            from = "from a line of the log";
        } else {
            throw new SampleFileException(file + " has no time column: give the sample rate with --rate HZ (e.g. --rate 100)");
        }
        int repeats = 0;
        for (int i = 1; i < rows.size(); i++) {
            if (Arrays.equals(rows.get(i).values(), rows.get(i - 1).values())) repeats++;
        }
        if (repeats > 0) notes.add(repeats + " rows repeat the row before; they were kept (without a time column they may be real samples)");
        warnings.add(String.format(Locale.ROOT, "the log has no time column: samples are taken as evenly spaced at %s Hz (%s);"
                + " lost or repeated lines shift the timing", trim(rate), from));
        double[] t = new double[rows.size()];
        for (int i = 0; i < t.length; i++) t[i] = i / rate;
        return new Timed(rows, t, rate, "none; " + trim(rate) + " Hz " + from);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}

package com.reptempo.storage.session.importing;

import com.reptempo.model.Sample;
import com.reptempo.storage.SampleCsvReader;
import com.reptempo.storage.SampleFileException;
import com.reptempo.storage.session.SessionFileEntries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Brings samples in from other programs' files, detecting the format from the content:
 * RepTempo CSV (header {@code t_s,...}), phyphox CSV exports (quoted header names) and Arduino
 * Serial Monitor/Plotter logs (lines of numbers). Units and time base are detected where the data
 * allow and reported in {@link ImportReport}; what cannot be told is asked for with a message
 * naming the option. Session files ({@code .rtsession}) are not samples: the library adopts them.
 */
public final class SampleImporter {
    /** What a file is. */
    public enum Format { REPTEMPO_CSV, PHYPHOX_CSV, ARDUINO_LOG, SESSION_FILE }

    private SampleImporter() {
    }

    /** The format of {@code file}, from its first bytes. */
    public static Format detect(Path file) throws IOException {
        TextTable.checkSize(file);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        }
        if (head.length == 0) throw new SampleFileException(file + " is empty");
        if (head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            if (file.getFileName().toString().endsWith(SessionFileEntries.EXTENSION)) return Format.SESSION_FILE;
            throw new SampleFileException(file + " is a zip archive, not a RepTempo session (.rtsession); for a phyphox zip"
                    + " export, unzip it and import its 'Raw Data.csv' (and give 'Gyroscope.csv' with --gyro)");
        }
        String first;
        try (BufferedReader in = new BufferedReader(TextTable.open(file))) {
            first = in.readLine();
            while (first != null && first.isBlank()) first = in.readLine();
        }
        if (first == null) throw new SampleFileException(file + " holds only blank lines");
        String line = first.startsWith("\uFEFF") ? first.substring(1) : first;
        if (line.startsWith("t_s,")) return Format.REPTEMPO_CSV;
        if (PhyphoxReader.looksLike(line)) return Format.PHYPHOX_CSV;
        return Format.ARDUINO_LOG;
    }

    /** Reads samples from a RepTempo CSV, phyphox CSV or Arduino log. */
    public static ImportedSamples read(Path file, ImportOptions options) throws IOException {
        Format f = detect(file);
        if (options.gyroFile() != null && f != Format.PHYPHOX_CSV) {
            throw new SampleFileException("--gyro is for phyphox files, whose gyroscope comes in a file of its own");
        }
        return switch (f) {
            case PHYPHOX_CSV -> PhyphoxImport.read(file, options);
            case ARDUINO_LOG -> ArduinoLogImport.read(file, options);
            case REPTEMPO_CSV -> repTempo(file);
            case SESSION_FILE -> throw new SampleFileException(file + " is a RepTempo session file: it is added to the library as it is, not imported as samples");
        };
    }

    private static ImportedSamples repTempo(Path file) throws IOException {
        SampleCsvReader.Contents c;
        try {
            c = SampleCsvReader.readAll(file);
        } catch (SampleFileException e) {
            throw new SampleFileException(file + ": " + e.getMessage(), e);
        }
        List<Sample> s = c.samples();
        if (s.size() < 2) throw new SampleFileException(file + " holds fewer than two samples");
        double[] t = s.stream().mapToDouble(Sample::t_s).toArray();
        TimeSteps steps = TimeSteps.of(t, t.length);
        ImportReport report = new ImportReport(file.getFileName().toString(), "RepTempo CSV", "comma", "point",
                "t_s column, seconds (" + steps.describe() + ")", "g (as the format says)",
                c.hasGyro() ? "deg/s (as the format says)" : "none (accelerometer only)", s.size(),
                t[t.length - 1] - t[0], steps.rate_hz(), List.of(), List.of());
        return new ImportedSamples(s, report);
    }
}

package com.reptempo.storage;

import com.reptempo.model.Sample;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a recording as it arrives: samples to a CSV and, when the source has a byte stream, the
 * exact bytes to a raw capture beside it. Both are flushed to the operating system at least once
 * per second of sample time, so a crash or a kill loses at most the last second. Files are created
 * owner-only. Single-threaded: call from the source's reader thread.
 */
public final class CaptureWriter implements Closeable {
    /** Flush interval, seconds of sample time. */
    public static final double FLUSH_INTERVAL_S = 1.0;

    private final Path csvFile;
    private final Path rawFile;
    private final boolean overwrite;
    private SampleCsvWriter csv;
    private OutputStream raw;
    private double lastFlush_s = Double.NEGATIVE_INFINITY;
    private long samples;
    private long rawBytes;

    /**
     * @param csvFile the samples CSV, or null to count samples without writing them
     * @param rawFile the raw capture, or null for none
     */
    public CaptureWriter(Path csvFile, Path rawFile, boolean overwrite) throws IOException {
        this.csvFile = csvFile;
        this.rawFile = rawFile;
        this.overwrite = overwrite;
        if (!overwrite) {
            for (Path p : new Path[]{csvFile, rawFile}) {
                if (p != null && Files.exists(p)) throw new SampleFileException(p + " already exists; choose another name");
            }
        }
    }

    /** The raw capture name for a CSV name: {@code x.csv} becomes {@code x.rtraw}. */
    public static Path rawBeside(Path csv) {
        String name = csv.getFileName().toString().replaceFirst("\\.csv$", "");
        return csv.resolveSibling(name + ".rtraw");
    }

    public void sample(Sample s) throws IOException {
        if (csvFile == null) {
            samples++;
            return;
        }
        if (csv == null) {
            csv = new SampleCsvWriter(new OutputStreamWriter(new BufferedOutputStream(PrivateFiles.create(csvFile, overwrite), 1 << 16),
                    StandardCharsets.UTF_8), s.hasGyro());
        }
        csv.write(s);
        samples++;
        if (s.t_s() - lastFlush_s >= FLUSH_INTERVAL_S) {
            flush();
            lastFlush_s = s.t_s();
        }
    }

    public void rawBytes(byte[] b, int fromInclusive, int toExclusive) throws IOException {
        if (rawFile == null) return;
        if (raw == null) raw = new BufferedOutputStream(PrivateFiles.create(rawFile, overwrite), 1 << 16);
        raw.write(b, fromInclusive, toExclusive - fromInclusive);
        rawBytes += toExclusive - fromInclusive;
    }

    /** Pushes everything written so far to the operating system. */
    public void flush() throws IOException {
        if (csv != null) csv.flush();
        if (raw != null) raw.flush();
    }

    public long samples() {
        return samples;
    }

    public long rawBytes() {
        return rawBytes;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Closeable c : new Closeable[]{csv, raw}) {
            if (c == null) continue;
            try {
                c.close();
            } catch (IOException e) {
                if (first == null) first = e;
                else first.addSuppressed(e);
            }
        }
        if (first != null) throw first;
    }
}

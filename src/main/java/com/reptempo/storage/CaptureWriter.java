package com.reptempo.storage;

import com.reptempo.model.Sample;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a recording as it arrives: samples to a CSV and, when the source has a byte stream, the
 * exact bytes to a raw capture beside it. Both are flushed to the operating system at least once
 * per second of sample time, so a crash or a kill of the program loses at most the last second,
 * and forced to the disk every {@link #SYNC_INTERVAL_S} of sample time and on close, so a power
 * cut (a laptop's battery running out mid-session) loses at most that much. Files are created
 * owner-only. Single-threaded: call from the source's reader thread.
 */
public final class CaptureWriter implements Closeable {
    /** Flush interval, seconds of sample time. */
    public static final double FLUSH_INTERVAL_S = 1.0;
    /**
     * Interval between forcing the files to the disk, seconds of sample time: often enough that a
     * power cut costs a few seconds of a session, rarely enough that the disk's sync (up to tens
     * of milliseconds on a slow drive) is lost in the serial link's buffering.
     */
    public static final double SYNC_INTERVAL_S = 5.0;

    private final Path csvFile;
    private final Path rawFile;
    private final boolean overwrite;
    private SampleCsvWriter csv;
    private FileChannel csvChannel;
    private OutputStream raw;
    private FileChannel rawChannel;
    private double lastFlush_s = Double.NEGATIVE_INFINITY;
    private double lastSync_s = Double.NaN;
    private int syncs;
    private final double syncInterval_s;
    private long samples;
    private long rawBytes;

    /**
     * A recording's writer, forced to the disk every {@link #SYNC_INTERVAL_S}.
     *
     * @param csvFile the samples CSV, or null to count samples without writing them
     * @param rawFile the raw capture, or null for none
     */
    public CaptureWriter(Path csvFile, Path rawFile, boolean overwrite) throws IOException {
        this(csvFile, rawFile, overwrite, SYNC_INTERVAL_S);
    }

    /**
     * @param csvFile        the samples CSV, or null to count samples without writing them
     * @param rawFile        the raw capture, or null for none
     * @param syncInterval_s seconds of sample time between forcing the files to the disk;
     *                       infinite for a conversion whose source is still there (forced on close only)
     */
    public CaptureWriter(Path csvFile, Path rawFile, boolean overwrite, double syncInterval_s) throws IOException {
        this.syncInterval_s = syncInterval_s;
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
            csvChannel = PrivateFiles.createChannel(csvFile, overwrite);
            csv = new SampleCsvWriter(new OutputStreamWriter(new BufferedOutputStream(Channels.newOutputStream(csvChannel), 1 << 16),
                    StandardCharsets.UTF_8), s.hasGyro());
            lastSync_s = s.t_s();
        }
        csv.write(s);
        samples++;
        if (s.t_s() - lastFlush_s >= FLUSH_INTERVAL_S) {
            flush();
            lastFlush_s = s.t_s();
        }
        if (s.t_s() - lastSync_s >= syncInterval_s) {
            sync();
            lastSync_s = s.t_s();
        }
    }

    public void rawBytes(byte[] b, int fromInclusive, int toExclusive) throws IOException {
        if (rawFile == null) return;
        if (raw == null) {
            rawChannel = PrivateFiles.createChannel(rawFile, overwrite);
            raw = new BufferedOutputStream(Channels.newOutputStream(rawChannel), 1 << 16);
        }
        raw.write(b, fromInclusive, toExclusive - fromInclusive);
        rawBytes += toExclusive - fromInclusive;
    }

    /** Pushes everything written so far to the operating system. */
    public void flush() throws IOException {
        if (csv != null) csv.flush();
        if (raw != null) raw.flush();
    }

    /** Flushes, then forces everything written so far to the disk. */
    public void sync() throws IOException {
        flush();
        if (csvChannel != null) csvChannel.force(false);
        if (rawChannel != null) rawChannel.force(false);
        syncs++;
    }

    /** How many times the files were forced to the disk so far. */
    public int syncs() {
        return syncs;
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
        try {
            sync();
        } catch (IOException e) {
            first = e;
        }
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

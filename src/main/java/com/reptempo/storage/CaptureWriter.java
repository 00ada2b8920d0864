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
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a recording as it arrives: samples to a CSV and, when the source has a byte stream, the
 * exact bytes to a raw capture beside it. Both are flushed to the operating system at least once
 * per second of sample time, so a crash or a kill of the program loses at most the last second,
 * and forced to the disk every {@link #SYNC_INTERVAL_S} of sample time and on close, so a power
 * cut (a laptop's battery running out mid-session) loses at most that much (plus the time the
 * disk takes to sync). The periodic forcing runs on a thread of its own
 * ({@link BackgroundDiskSync}): a slow disk's sync, tens or hundreds of milliseconds, never stalls
 * the reader thread that calls {@link #sample} while the sensor's bytes pile up in the link's
 * buffer. A failed background force comes back as an {@link IOException} from the next
 * {@link #sample}, {@link #rawBytes} or {@link #close}, so the recording stops with a message as
 * for a failed write. Files are created owner-only. Single writer: call {@link #sample} and
 * {@link #rawBytes} from the source's reader thread (or hold a lock).
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

    /** Opens a file for writing as a channel (tests give a slow or failing one). */
    @FunctionalInterface
    interface ChannelOpener {
        FileChannel open(Path file, boolean overwrite) throws IOException;
    }

    private final Path csvFile;
    private final Path rawFile;
    private final boolean overwrite;
    private SampleCsvWriter csv;
    private FileChannel csvChannel;
    private OutputStream raw;
    private FileChannel rawChannel;
    private double lastFlush_s = Double.NEGATIVE_INFINITY;
    private double lastSync_s = Double.NaN;
    private int syncRequests;
    private int closingSyncs;
    private final double syncInterval_s;
    private final ChannelOpener opener;
    private final BackgroundDiskSync diskSync = new BackgroundDiskSync("recording disk sync");
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
        this(csvFile, rawFile, overwrite, syncInterval_s, PrivateFiles::createChannel);
    }

    CaptureWriter(Path csvFile, Path rawFile, boolean overwrite, double syncInterval_s, ChannelOpener opener) throws IOException {
        this.syncInterval_s = syncInterval_s;
        this.opener = opener;
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
        throwIfSyncFailed();
        if (csvFile == null) {
            samples++;
            return;
        }
        if (csv == null) {
            csvChannel = opener.open(csvFile, overwrite);
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
            flush();
            diskSync.request(openChannels());
            syncRequests++;
            lastSync_s = s.t_s();
        }
    }

    public void rawBytes(byte[] b, int fromInclusive, int toExclusive) throws IOException {
        if (rawFile == null) return;
        throwIfSyncFailed();
        if (raw == null) {
            rawChannel = opener.open(rawFile, overwrite);
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

    /** How many times forcing the files to the disk was asked of the background thread so far. */
    public int syncRequests() {
        return syncRequests;
    }

    /** How many times the files were forced to the disk so far (in the background and on close). */
    public int syncs() {
        return diskSync.forces() + closingSyncs;
    }

    public long samples() {
        return samples;
    }

    public long rawBytes() {
        return rawBytes;
    }

    /**
     * Flushes, waits for a background force under way, forces everything to the disk on the
     * calling thread and closes the files. A background force that failed is reported here too.
     */
    @Override
    public void close() throws IOException {
        IOException first = null;
        try {
            flush();
            diskSync.close();
            throwIfSyncFailed();
            for (FileChannel c : openChannels()) c.force(false);
            closingSyncs++;
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

    private List<FileChannel> openChannels() {
        List<FileChannel> open = new ArrayList<>(2);
        if (csvChannel != null) open.add(csvChannel);
        if (rawChannel != null) open.add(rawChannel);
        return open;
    }

    private void throwIfSyncFailed() throws IOException {
        IOException e = diskSync.failure();
        if (e != null) {
            throw new IOException("forcing the recording to the disk failed: " + e.getMessage(), e);
        }
    }
}

package com.reptempo.storage.session;

import com.reptempo.model.Sample;
import com.reptempo.storage.SampleCsvReader;
import com.reptempo.storage.SampleCsvWriter;
import com.reptempo.storage.SampleFileException;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Makes the samples CSV of an interrupted recording whole again: a last line cut by the crash is
 * dropped, and if a line further up cannot be read (a disk error), the samples before it are kept
 * and the rest is reported. A missing or empty file becomes a file with a header and no samples.
 */
final class SampleCsvRepair {
    /**
     * What the repair found.
     *
     * @param samples      complete samples kept
     * @param first_s      time of the first, NaN when none
     * @param last_s       time of the last, NaN when none
     * @param hasGyro      true when the rows carry angular rate
     * @param droppedBytes bytes of a cut last line that were dropped
     * @param problem      a line that could not be read (samples after it were dropped), or null
     */
    record Report(long samples, double first_s, double last_s, boolean hasGyro, long droppedBytes, String problem) {
        SampleSummary summary() {
            return SampleSummary.of(samples, first_s, last_s, hasGyro);
        }
    }

    private SampleCsvRepair() {
    }

    static Report repair(Path csv) throws IOException {
        if (!Files.exists(csv) || Files.size(csv) == 0) {
            writeHeaderOnly(csv);
            return new Report(0, Double.NaN, Double.NaN, false, 0, null);
        }
        long sizeBefore = Files.size(csv);
        long dropped = cutAfterLastNewline(csv);
        if (dropped < 0) {
            // not even the header line was complete
            writeHeaderOnly(csv);
            return new Report(0, Double.NaN, Double.NaN, false, sizeBefore, null);
        }
        Counter counter = new Counter(null);
        String problem = null;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            counter.gyro = SampleCsvReader.read(in, counter).hasGyro();
        } catch (SampleFileException | java.nio.charset.MalformedInputException e) {
            problem = e.getMessage();
        }
        if (problem == null) return counter.report(dropped, null);
        return rewriteGoodPrefix(csv, dropped, problem, counter.gyro || counter.sawGyro);
    }

    private static void writeHeaderOnly(Path csv) throws IOException {
        try (java.io.OutputStream out = com.reptempo.storage.PrivateFiles.create(csv, true)) {
            out.write((String.join(",", SampleCsvWriter.ACCEL_COLUMNS) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Truncates the file after its last line feed; returns the number of bytes cut. */
    private static long cutAfterLastNewline(Path csv) throws IOException {
        try (FileChannel ch = FileChannel.open(csv, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            ByteBuffer buf = ByteBuffer.allocate(8192);
            long end = size;
            while (end > 0) {
                long start = Math.max(0, end - buf.capacity());
                buf.clear().limit((int) (end - start));
                while (buf.hasRemaining()) {
                    if (ch.read(buf, start + buf.position()) < 0) break;
                }
                for (int i = (int) (end - start) - 1; i >= 0; i--) {
                    if (buf.get(i) == '\n') {
                        long keep = start + i + 1;
                        ch.truncate(keep);
                        return size - keep;
                    }
                }
                end = start;
            }
            ch.truncate(0);
        }
        return -1;
    }

    private static Report rewriteGoodPrefix(Path csv, long dropped, String problem, boolean gyro) throws IOException {
        Path tmp = AtomicFiles.createPrivateTemp(csv.getParent(), ".samples.");
        Counter counter;
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8);
             SampleCsvWriter out = new SampleCsvWriter(w, gyro)) {
            counter = new Counter(out);
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                SampleCsvReader.read(in, counter);
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            } catch (SampleFileException | java.nio.charset.MalformedInputException e) {
                // expected: the same problem as in the first pass; the good prefix is written
                counter.stopped = true;
            }
        }
        Files.move(tmp, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return counter.report(dropped, problem);
    }

    /** Counts samples and optionally copies them. */
    private static final class Counter implements com.reptempo.model.SampleSink {
        private final SampleCsvWriter out;
        long n;
        double first = Double.NaN;
        double last = Double.NaN;
        boolean gyro;
        boolean sawGyro;
        boolean stopped;

        Counter(SampleCsvWriter out) {
            this.out = out;
        }

        @Override
        public void accept(Sample s) {
            if (out != null) {
                try {
                    out.write(s);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            if (n == 0) first = s.t_s();
            last = s.t_s();
            sawGyro |= s.hasGyro();
            n++;
        }

        Report report(long dropped, String problem) {
            return new Report(n, first, last, gyro || sawGyro, Math.max(0, dropped), problem);
        }
    }
}

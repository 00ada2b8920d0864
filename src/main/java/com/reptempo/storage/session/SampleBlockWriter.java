package com.reptempo.storage.session;

import com.reptempo.model.Sample;
import com.reptempo.storage.SampleFileException;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Writes samples.bin, the compact sample block of a session file (schema version 2 on). It holds
 * exactly the numbers the RepTempo CSV holds (time to 1 µs, acceleration to 1e-6 g, angular rate
 * to 1e-4 deg/s, rounded half away from zero like the CSV writer), so a sample read back is the
 * same {@code double} as one read from the CSV, and exporting CSV gives the same text.
 *
 * <p>Layout (all integers are LEB128 varints; "zigzag" maps signed to unsigned as in protobuf):
 * <pre>
 *   "RTSB"                 4 ASCII bytes
 *   format version         1 byte ({@value #FORMAT_VERSION})
 *   columns                1 byte: 4 (t_s, ax_g, ay_g, az_g) or 7 (+ gx_dps, gy_dps, gz_dps)
 *   blocks                 each: n (1..{@value #BLOCK}), then column by column n zigzag deltas of
 *                          the scaled integer value from the previous sample's (0 before the first)
 *   end                    n = 0, then nothing
 * </pre>
 * Column by column, the deltas of a slowly varying signal are small and alike, so deflate
 * shrinks them to about half the size of the zipped CSV, and reading them back costs a fraction
 * of parsing text (issue 5: open and re-analyse a 30-minute session in under a second).
 */
public final class SampleBlockWriter implements Closeable {
    static final byte[] MAGIC = {'R', 'T', 'S', 'B'};
    static final int FORMAT_VERSION = 1;
    /** Samples per block at most. */
    static final int BLOCK = 16384;
    /** Scale of each column to its stored integer: µs, µg, 1e-4 deg/s. */
    static final double[] SCALE = {1e6, 1e6, 1e6, 1e6, 1e4, 1e4, 1e4};
    /** Largest magnitude stored: beyond it the scaled integer is no longer exact as a double. */
    static final double MAX_ABS = 9e9;

    private final OutputStream out;
    private final int columns;
    private final long[][] block;
    private final long[] previous = new long[7];
    private final byte[] buffer = new byte[1 << 16];
    private int buffered;
    private int n;
    private long written;
    private boolean finished;

    /**
     * @param out      destination (not closed by {@link #finish()}; closed by {@link #close()})
     * @param withGyro true to store the three gyroscope columns
     */
    public SampleBlockWriter(OutputStream out, boolean withGyro) throws IOException {
        this.out = out;
        this.columns = withGyro ? 7 : 4;
        this.block = new long[columns][BLOCK];
        out.write(MAGIC);
        out.write(FORMAT_VERSION);
        out.write(columns);
    }

    /** Adds one sample; samples must come in strictly increasing time. */
    public void write(Sample s) throws IOException {
        if (finished) throw new IllegalStateException("the sample block is finished");
        block[0][n] = scaled(s.t_s(), 0);
        block[1][n] = scaled(s.ax_g(), 1);
        block[2][n] = scaled(s.ay_g(), 2);
        block[3][n] = scaled(s.az_g(), 3);
        if (columns == 7) {
            block[4][n] = scaled(s.gx_dps(), 4);
            block[5][n] = scaled(s.gy_dps(), 5);
            block[6][n] = scaled(s.gz_dps(), 6);
        }
        long before = n > 0 ? block[0][n - 1] : previous[0];
        if (written + n > 0 && block[0][n] <= before) {
            throw new SampleFileException(String.format(Locale.ROOT,
                    "sample %d: time %s s does not increase; timestamps must be strictly increasing", written + n + 1, s.t_s()));
        }
        if (++n == BLOCK) flushBlock();
    }

    /** Number of samples written so far. */
    public long count() {
        return written + n;
    }

    /** Writes the last block and the end mark; the stream stays open. */
    public void finish() throws IOException {
        if (finished) return;
        flushBlock();
        varint(0);
        drain();
        out.flush();
        finished = true;
    }

    @Override
    public void close() throws IOException {
        try {
            finish();
        } finally {
            out.close();
        }
    }

    private long scaled(double v, int column) throws SampleFileException {
        if (!Double.isFinite(v) || Math.abs(v) >= MAX_ABS) {
            String name = com.reptempo.storage.SampleCsvWriter.GYRO_COLUMNS[column];
            throw new SampleFileException(String.format(Locale.ROOT, "sample %d: %s = %s cannot be stored%s", written + n + 1, name, v,
                    Double.isNaN(v) && column >= 4 ? " (a sample without gyroscope in a session with one)" : " (not a finite sensor value)"));
        }
        long q = Math.round(Math.abs(v) * SCALE[column]);
        return v < 0 ? -q : q;
    }

    private void flushBlock() throws IOException {
        if (n == 0) return;
        varint(n);
        for (int c = 0; c < columns; c++) {
            long[] col = block[c];
            long p = previous[c];
            for (int i = 0; i < n; i++) {
                long d = col[i] - p;
                varint((d << 1) ^ (d >> 63));
                p = col[i];
            }
            previous[c] = p;
        }
        written += n;
        n = 0;
    }

    private void varint(long v) throws IOException {
        if (buffered > buffer.length - 10) drain();
        while ((v & ~0x7FL) != 0) {
            buffer[buffered++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buffer[buffered++] = (byte) v;
    }

    private void drain() throws IOException {
        out.write(buffer, 0, buffered);
        buffered = 0;
    }
}

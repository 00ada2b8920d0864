package com.reptempo.storage.session;

import com.reptempo.model.Sample;
import com.reptempo.model.SampleSink;
import com.reptempo.storage.SampleFileException;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads samples.bin (layout in {@link SampleBlockWriter}) strictly: a wrong start, a newer format
 * version, a block of impossible size, a number that runs past the end or overflows, time that
 * does not increase, or bytes after the end mark are each a {@link SampleFileException} saying
 * what is wrong. Memory grows only with the samples actually read (one block of scratch space).
 */
public final class SampleBlockReader {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private long offset;

    private SampleBlockReader(InputStream in) {
        this.in = in;
    }

    /** What a block held. */
    public record Summary(long samples, boolean hasGyro) {
    }

    /** Streams every sample of {@code in} to {@code sink}, in order; reads {@code in} to its end. */
    public static Summary read(InputStream in, SampleSink sink) throws IOException {
        return new SampleBlockReader(in).readAll(sink);
    }

    private Summary readAll(SampleSink sink) throws IOException {
        for (byte m : SampleBlockWriter.MAGIC) {
            if (nextByte("the start") != m) throw new SampleFileException("not a RepTempo sample block (it does not start with RTSB)");
        }
        int version = nextByte("the start");
        if (version != SampleBlockWriter.FORMAT_VERSION) {
            throw new SampleFileException("sample block format " + version + (version > SampleBlockWriter.FORMAT_VERSION
                    ? ", written by a newer RepTempo; update RepTempo to open it" : ", which never existed"));
        }
        int columns = nextByte("the start");
        if (columns != 4 && columns != 7) throw new SampleFileException("the sample block claims " + columns + " columns; only 4 or 7 exist");
        long[][] block = new long[columns][0];
        double[] scale = SampleBlockWriter.SCALE;
        long[] value = new long[columns];
        double[] bound = new double[columns];
        for (int c = 0; c < columns; c++) bound[c] = SampleBlockWriter.MAX_ABS * scale[c];
        long count = 0;
        long lastT = Long.MIN_VALUE;
        while (true) {
            long n = varint();
            if (n == 0) break;
            if (n > SampleBlockWriter.BLOCK) {
                throw new SampleFileException(String.format(Locale.ROOT, "damaged at byte %d: a block of %d samples (at most %d)",
                        offset + pos, n, SampleBlockWriter.BLOCK));
            }
            int size = (int) n;
            if (block[0].length < size) block = new long[columns][size];
            for (int c = 0; c < columns; c++) {
                long[] col = block[c];
                long v = value[c];
                for (int i = 0; i < size; i++) {
                    long z = varint();
                    try {
                        v = Math.addExact(v, (z >>> 1) ^ -(z & 1));
                    } catch (ArithmeticException e) {
                        throw outOfRange(count + i);
                    }
                    if (v >= bound[c] || v <= -bound[c]) throw outOfRange(count + i);
                    col[i] = v;
                }
                value[c] = v;
            }
            long[] t = block[0];
            for (int i = 0; i < size; i++) {
                if (t[i] <= lastT) {
                    throw new SampleFileException(String.format(Locale.ROOT,
                            "sample %d: time %s s does not increase (previous %s s); timestamps must be strictly increasing",
                            count + i + 1, t[i] / scale[0], lastT / scale[0]));
                }
                lastT = t[i];
                sink.accept(columns == 7
                        ? new Sample(t[i] / scale[0], block[1][i] / scale[1], block[2][i] / scale[2], block[3][i] / scale[3],
                        block[4][i] / scale[4], block[5][i] / scale[5], block[6][i] / scale[6])
                        : Sample.accelOnly(t[i] / scale[0], block[1][i] / scale[1], block[2][i] / scale[2], block[3][i] / scale[3]));
            }
            count += size;
        }
        if (pos < limit || fill()) {
            throw new SampleFileException("damaged: bytes follow the end of the sample block at byte " + (offset + pos));
        }
        return new Summary(count, columns == 7);
    }

    private static SampleFileException outOfRange(long index) {
        return new SampleFileException("damaged: sample " + (index + 1) + " holds a value far beyond any sensor's range");
    }

    private int nextByte(String where) throws IOException {
        if (pos == limit && !fill()) throw new SampleFileException("the sample block ends in " + where + ": it is cut short");
        return buffer[pos++] & 0xff;
    }

    private long varint() throws IOException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos == limit && !fill()) throw new SampleFileException("the sample block is cut short at byte " + (offset + pos));
            byte b = buffer[pos++];
            v |= (long) (b & 0x7F) << shift;
            if (b >= 0) return v;
        }
        throw new SampleFileException("damaged at byte " + (offset + pos) + ": a number longer than 10 bytes");
    }

    private boolean fill() throws IOException {
        offset += limit;
        pos = 0;
        limit = 0;
        int r = in.readNBytes(buffer, 0, buffer.length);
        limit = r;
        return r > 0;
    }
}

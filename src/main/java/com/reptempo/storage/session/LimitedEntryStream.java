package com.reptempo.storage.session;

import com.reptempo.storage.SampleFileException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.ZipException;

/**
 * One zip entry's bytes, refusing to inflate beyond the entry cap or the compression ratio, and
 * checking the CRC at the end (the zip library does not for entries read from a ZipFile).
 * Inflater errors become "damaged" messages.
 */
final class LimitedEntryStream extends FilterInputStream {
    private final GuardedZip zip;
    private final String name;
    private final long compressed;
    private final long expectedCrc;
    private final long cap;
    private final int maxRatio;
    private final CRC32 crc = new CRC32();
    private long count;
    private boolean checked;

    LimitedEntryStream(InputStream in, GuardedZip zip, String name, long compressed, long expectedCrc, long cap, int maxRatio) {
        super(in);
        this.zip = zip;
        this.name = name;
        this.compressed = compressed;
        this.expectedCrc = expectedCrc;
        this.cap = cap;
        this.maxRatio = maxRatio;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n;
        try {
            n = in.read(b, off, len);
        } catch (ZipException | java.io.EOFException e) {
            throw new SampleFileException(zip.file() + " is damaged: " + name + " cannot be inflated (" + e.getMessage() + ")", e);
        }
        if (n < 0) {
            checkCrc();
            return n;
        }
        crc.update(b, off, n);
        count += n;
        zip.inflated(name, n);
        if (count > cap) {
            throw new SampleFileException(zip.file() + ": " + name + " inflates to more than " + GuardedZip.mb(cap)
                    + ", more than any session holds: refused (a decompression bomb or not a session file)");
        }
        if (count > SessionFileLimits.RATIO_FREE_BYTES && compressed >= 0 && count > (long) maxRatio * Math.max(compressed, 1)) {
            throw new SampleFileException(zip.file() + ": " + name + " inflates more than " + maxRatio
                    + " times its compressed size: refused as a decompression bomb");
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buf = new byte[(int) Math.min(8192, Math.max(n, 1))];
        long left = n;
        while (left > 0) {
            int r = read(buf, 0, (int) Math.min(buf.length, left));
            if (r < 0) break;
            left -= r;
        }
        return n - left;
    }

    private void checkCrc() throws SampleFileException {
        if (checked) return;
        checked = true;
        if (expectedCrc >= 0 && crc.getValue() != expectedCrc) {
            throw new SampleFileException(zip.file() + " is damaged: the checksum of " + name + " does not match its content");
        }
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}

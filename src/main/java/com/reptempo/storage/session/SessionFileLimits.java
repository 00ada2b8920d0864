package com.reptempo.storage.session;

/**
 * What a session file may be at most when read. A 30-minute session at 100 Hz with gyroscope is
 * about 11 MB of samples (about 4 MB zipped), so the defaults leave room for hours at 1000 Hz
 * and still refuse decompression bombs and files that are not sessions.
 *
 * @param maxFileBytes  size of the file on disk
 * @param maxJsonBytes  uncompressed size of session.json
 * @param maxEntryBytes uncompressed size of samples.csv or capture.rtraw
 * @param maxTotalBytes uncompressed size of all entries together
 * @param maxRatio      uncompressed/compressed size of an entry beyond {@value #RATIO_FREE_BYTES}
 *                      bytes (CSV of real samples compresses about 3:1, JSON about 10:1)
 */
public record SessionFileLimits(long maxFileBytes, long maxJsonBytes, long maxEntryBytes, long maxTotalBytes,
                                int maxRatio) {
    /** Entries smaller than this are not checked for their compression ratio. */
    public static final long RATIO_FREE_BYTES = 1 << 20;

    /** 300 MB file, 16 MB JSON, 256 MB per entry, 512 MB in all, ratio 100. */
    public static final SessionFileLimits DEFAULT =
            new SessionFileLimits(300L << 20, 16L << 20, 256L << 20, 512L << 20, 100);

    public SessionFileLimits {
        if (maxFileBytes <= 0 || maxJsonBytes <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxRatio < 2) {
            throw new IllegalArgumentException("limits must be positive and the ratio at least 2");
        }
    }
}

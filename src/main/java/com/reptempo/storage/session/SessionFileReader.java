package com.reptempo.storage.session;

import com.reptempo.storage.SampleFileException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads session files within {@link SessionFileLimits}. Reading never modifies the file; every
 * problem (damaged zip, unsafe or unknown entries, decompression bombs, unknown schema version,
 * invalid JSON, sample block or CSV) is a {@link SampleFileException} naming the file and what is
 * wrong.
 */
public final class SessionFileReader {
    private final SessionFileLimits limits;

    public SessionFileReader() {
        this(SessionFileLimits.DEFAULT);
    }

    public SessionFileReader(SessionFileLimits limits) {
        this.limits = limits;
    }

    /** Only session.json: fast, for listings. */
    public Session readSession(Path file) throws IOException {
        try (OpenSessionFile f = open(file)) {
            return f.session();
        }
    }

    /** The session and all its samples (from samples.bin, or samples.csv in files of schema version 1). */
    public SessionContents read(Path file) throws IOException {
        try (OpenSessionFile f = open(file)) {
            return f.contents(f.session(), f.samples());
        }
    }

    private OpenSessionFile open(Path file) throws IOException {
        return new OpenSessionFile(GuardedZip.open(file, limits));
    }

    /**
     * Copies the raw capture out of a session file.
     *
     * @return false when the file has no capture
     */
    public boolean copyCapture(Path file, Path out) throws IOException {
        return copyCapture(file, out, false);
    }

    /** Copies the raw capture out atomically, replacing {@code out} when asked; false when the file has none. */
    public boolean copyCapture(Path file, Path out, boolean replace) throws IOException {
        try (GuardedZip zip = GuardedZip.open(file, limits)) {
            if (!zip.has(SessionFileEntries.CAPTURE)) return false;
            try (InputStream in = zip.open(SessionFileEntries.CAPTURE)) {
                AtomicFiles.write(out, replace, in::transferTo);
            }
            return true;
        }
    }
}

package com.reptempo.storage.session;

import com.reptempo.model.Sample;
import com.reptempo.storage.SampleCsvReader;
import com.reptempo.storage.SampleFileException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads session files within {@link SessionFileLimits}. Reading never modifies the file; every
 * problem (damaged zip, unsafe or unknown entries, decompression bombs, unknown schema version,
 * invalid JSON or CSV) is a {@link SampleFileException} naming the file and what is wrong.
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
        try (GuardedZip zip = GuardedZip.open(file, limits)) {
            return session(zip);
        }
    }

    /** The session and all its samples. */
    public SessionContents read(Path file) throws IOException {
        try (GuardedZip zip = GuardedZip.open(file, limits)) {
            Session session = session(zip);
            if (!zip.has(SessionFileEntries.SAMPLES_CSV)) {
                throw new SampleFileException(file + " is not complete: it has no " + SessionFileEntries.SAMPLES_CSV);
            }
            List<Sample> samples = new ArrayList<>();
            try (InputStream in = zip.open(SessionFileEntries.SAMPLES_CSV)) {
                Reader r = new InputStreamReader(new CloseShield(in), StandardCharsets.UTF_8.newDecoder());
                SampleCsvReader.read(r, samples::add);
                in.transferTo(OutputStream.nullOutputStream());
            } catch (CharacterCodingException e) {
                throw new SampleFileException(file + ": " + SessionFileEntries.SAMPLES_CSV + " is not UTF-8 text", e);
            } catch (SampleFileException e) {
                throw e.getMessage().startsWith(file.toString()) ? e
                        : new SampleFileException(file + ": " + SessionFileEntries.SAMPLES_CSV + ": " + e.getMessage(), e);
            }
            long capture = zip.has(SessionFileEntries.CAPTURE) ? zip.declaredSize(SessionFileEntries.CAPTURE) : -1;
            return new SessionContents(session.withSamples(SampleSummary.of(samples)), samples, capture);
        }
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

    /** Lets the CSV parser close its reader while the entry stays open for the checksum check. */
    private static final class CloseShield extends java.io.FilterInputStream {
        CloseShield(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller closes the entry after draining it
        }
    }

    private static Session session(GuardedZip zip) throws IOException {
        byte[] json;
        try (InputStream in = zip.open(SessionFileEntries.SESSION_JSON)) {
            json = in.readAllBytes();
            in.transferTo(OutputStream.nullOutputStream());
        }
        try {
            return SessionJson.read(json);
        } catch (SampleFileException e) {
            throw new SampleFileException(zip.file() + ": " + e.getMessage(), e);
        }
    }
}

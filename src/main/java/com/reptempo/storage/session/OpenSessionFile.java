package com.reptempo.storage.session;

import com.reptempo.model.Sample;
import com.reptempo.storage.SampleCsvReader;
import com.reptempo.storage.SampleFileException;

import java.io.Closeable;
import java.io.FilterInputStream;
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
 * A session file opened and checked (see {@link GuardedZip}), read part by part. Every problem
 * is a {@link SampleFileException} naming the file and what is wrong.
 */
final class OpenSessionFile implements Closeable {
    private final GuardedZip zip;

    OpenSessionFile(GuardedZip zip) {
        this.zip = zip;
    }

    /** Size of the raw capture, or -1 when the file has none. */
    long captureBytes() {
        return zip.has(SessionFileEntries.CAPTURE) ? zip.declaredSize(SessionFileEntries.CAPTURE) : -1;
    }

    /** Parses session.json. */
    Session session() throws IOException {
        byte[] json;
        try (InputStream in = zip.open(SessionFileEntries.SESSION_JSON)) {
            json = in.readAllBytes();
        }
        try {
            return SessionJson.read(json);
        } catch (SampleFileException e) {
            throw new SampleFileException(zip.file() + ": " + e.getMessage(), e);
        }
    }

    /** Every sample in time order, from samples.bin, or samples.csv in files of schema version 1. */
    List<Sample> samples() throws IOException {
        Path file = zip.file();
        boolean bin = zip.has(SessionFileEntries.SAMPLES_BIN);
        boolean csv = zip.has(SessionFileEntries.SAMPLES_CSV);
        if (bin && csv) {
            throw new SampleFileException(file + " holds its samples twice (" + SessionFileEntries.SAMPLES_BIN + " and "
                    + SessionFileEntries.SAMPLES_CSV + "): refused, it is not a session file RepTempo wrote");
        }
        if (!bin && !csv) {
            throw new SampleFileException(file + " is not complete: it has no samples (" + SessionFileEntries.SAMPLES_BIN
                    + ", or " + SessionFileEntries.SAMPLES_CSV + " in older files)");
        }
        String entry = bin ? SessionFileEntries.SAMPLES_BIN : SessionFileEntries.SAMPLES_CSV;
        List<Sample> samples = new ArrayList<>();
        try (InputStream in = zip.open(entry)) {
            if (bin) {
                SampleBlockReader.read(in, samples::add);
            } else {
                Reader r = new InputStreamReader(new CloseShield(in), StandardCharsets.UTF_8.newDecoder());
                SampleCsvReader.read(r, samples::add);
                in.transferTo(OutputStream.nullOutputStream());
            }
        } catch (CharacterCodingException e) {
            throw new SampleFileException(file + ": " + entry + " is not UTF-8 text", e);
        } catch (SampleFileException e) {
            throw e.getMessage().startsWith(file.toString()) ? e
                    : new SampleFileException(file + ": " + entry + ": " + e.getMessage(), e);
        }
        return samples;
    }

    /** The session with the summary measured on {@code samples}, the samples and the capture size. */
    SessionContents contents(Session session, List<Sample> samples) {
        return new SessionContents(session.withSamples(SampleSummary.of(samples)), samples, captureBytes());
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Lets the CSV parser close its reader while the entry stays open for the checksum check. */
    private static final class CloseShield extends FilterInputStream {
        CloseShield(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller closes the entry after draining it
        }
    }
}

package com.reptempo.storage.session;

import com.reptempo.model.Sample;
import com.reptempo.storage.SampleCsvReader;
import com.reptempo.storage.SampleFileException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a session file ({@code .rtsession}): a zip holding session.json (schema version
 * {@value SessionJson#SCHEMA_VERSION}), samples.bin (the samples, see {@link SampleBlockWriter})
 * and, when the session came from a serial sensor, capture.rtraw. Saving is atomic and
 * owner-only (see {@link AtomicFiles}): a failure leaves no partial file and never damages an
 * existing one.
 */
public final class SessionFileWriter {
    private SessionFileWriter() {
    }

    /**
     * Writes samples that are in a RepTempo CSV file (e.g. a recording's work folder), converted
     * to the sample block; the CSV is read strictly (a damaged CSV is refused, nothing is written).
     */
    public static void write(Path target, Session session, Path samplesCsv, Path captureOrNull, boolean replace) throws IOException {
        byte[] json = SessionJson.write(session);
        AtomicFiles.write(target, replace, out -> {
            ZipOutputStream zip = zip(out);
            put(zip, SessionFileEntries.SESSION_JSON, z -> z.write(json));
            put(zip, SessionFileEntries.SAMPLES_BIN, z -> blockFromCsv(samplesCsv, z));
            if (captureOrNull != null && Files.exists(captureOrNull)) put(zip, SessionFileEntries.CAPTURE, z -> Files.copy(captureOrNull, z));
            zip.finish();
        });
    }

    /** Writes samples held in memory; the session's sample summary is measured on them. */
    public static void write(Path target, Session session, List<Sample> samples, boolean replace) throws IOException {
        Session measured = session.withSamples(SampleSummary.of(samples));
        byte[] json = SessionJson.write(measured);
        boolean gyro = !samples.isEmpty() && samples.get(0).hasGyro();
        AtomicFiles.write(target, replace, out -> {
            ZipOutputStream zip = zip(out);
            put(zip, SessionFileEntries.SESSION_JSON, z -> z.write(json));
            put(zip, SessionFileEntries.SAMPLES_BIN, z -> {
                SampleBlockWriter block = new SampleBlockWriter(z, gyro);
                for (Sample s : samples) block.write(s);
                block.finish();
            });
            zip.finish();
        });
    }

    private static void blockFromCsv(Path samplesCsv, OutputStream z) throws IOException {
        SampleBlockWriter[] block = new SampleBlockWriter[1];
        SampleCsvReader.Summary read;
        try (Reader in = Files.newBufferedReader(samplesCsv, StandardCharsets.UTF_8)) {
            read = SampleCsvReader.read(in, s -> {
                try {
                    if (block[0] == null) block[0] = new SampleBlockWriter(z, s.hasGyro());
                    block[0].write(s);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (SampleFileException e) {
            throw new SampleFileException(samplesCsv + ": " + e.getMessage(), e);
        }
        if (block[0] == null) block[0] = new SampleBlockWriter(z, read.hasGyro());
        block[0].finish();
    }

    private static ZipOutputStream zip(OutputStream out) {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_COMPRESSION);
        return zip;
    }

    private static void put(ZipOutputStream zip, String name, AtomicFiles.Content content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        content.writeTo(new NonClosingOutputStream(zip));
        zip.closeEntry();
    }
}

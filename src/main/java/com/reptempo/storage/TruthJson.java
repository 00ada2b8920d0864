package com.reptempo.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.reptempo.simulator.SessionPlan;
import com.reptempo.simulator.SessionTruth;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes simulator truth files: for {@code X.csv} the truth is {@code X.truth.json}.
 * Schema (version {@value #SCHEMA_VERSION}) in docs/SIMULATOR.md; readers ignore fields they do not
 * know, so fields may be appended without a version change.
 */
public final class TruthJson {
    /** Current (and highest readable) truth schema version. */
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private TruthJson() {
    }

    /** The truth file beside a CSV: {@code X.csv} → {@code X.truth.json}; other names get ".truth.json" appended. */
    public static Path truthPathFor(Path csv) {
        String name = csv.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return csv.resolveSibling(base + ".truth.json");
    }

    /** The truth of a simulated session as DTOs. */
    public static TruthDto.Session toDto(SessionPlan plan, SessionTruth truth) {
        return TruthDtoMapper.toDto(plan, truth);
    }

    /** Writes the truth of a simulated session. */
    public static void write(Path file, SessionPlan plan, SessionTruth truth) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, plan, truth);
        }
    }

    /** Writes the truth of a simulated session to {@code out} (left open). */
    public static void write(OutputStream out, SessionPlan plan, SessionTruth truth) throws IOException {
        MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, toDto(plan, truth));
    }

    /** Reads a truth file; problems are reported as {@link SampleFileException} naming the file. */
    public static TruthDto.Session read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (SampleFileException e) {
            throw new SampleFileException(file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a truth document. */
    public static TruthDto.Session read(InputStream in) throws IOException {
        TruthDto.Session s;
        try {
            s = MAPPER.readValue(in, TruthDto.Session.class);
        } catch (JsonProcessingException e) {
            throw new SampleFileException("not a valid truth file: " + e.getOriginalMessage(), e);
        }
        if (s == null || s.schemaVersion() < 1 || s.schemaVersion() > SCHEMA_VERSION) {
            throw new SampleFileException("truth file schema version " + (s == null ? "missing" : s.schemaVersion())
                    + "; this program reads version " + SCHEMA_VERSION);
        }
        if (s.sets() == null) throw new SampleFileException("truth file has no \"sets\"");
        return s;
    }
}

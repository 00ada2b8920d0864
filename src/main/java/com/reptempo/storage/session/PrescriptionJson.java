package com.reptempo.storage.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.reptempo.model.Routine;
import com.reptempo.storage.SampleFileException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A patient's prescription.json (schema version {@value #SCHEMA_VERSION}):
 * <pre>
 * {"schemaVersion": 1, "patient": "P-017", "setBy": "KM", "updated": "2025-03-02",
 *  "exercises": [{"id": "cobra-lift", "minReps": 6, "maxReps": 8,
 *                 "phases": [{"name": "hold", "min_s": 3, "max_s": 5}],
 *                 "thresholds": {"maxPelvisRotation_deg": 8}}]}
 * </pre>
 * Reading validates it against the routine: unknown exercises or phases and values out of range
 * are refused with a message.
 */
public final class PrescriptionJson {
    /** The version this program writes and the highest it reads. */
    public static final int SCHEMA_VERSION = 1;
    /** Far larger than any prescription. */
    static final long MAX_BYTES = 1 << 20;

    private PrescriptionJson() {
    }

    /** The JSON text of a prescription. */
    public static byte[] write(Prescription p) throws IOException {
        return SessionJson.MAPPER.writeValueAsBytes(PrescriptionDtoMapper.toDto(p));
    }

    /** Writes a prescription file atomically, owner-only. */
    public static void write(Path file, Prescription p) throws IOException {
        byte[] json = write(p);
        AtomicFiles.write(file, true, out -> out.write(json));
    }

    /** Reads and validates a prescription file against {@code routine}. */
    public static Prescription read(Path file, Routine routine) throws IOException {
        if (!Files.isRegularFile(file)) throw new SampleFileException("no prescription file " + file);
        if (Files.size(file) > MAX_BYTES) throw new SampleFileException(file + " is far larger than a prescription (over 1 MB)");
        try {
            return read(Files.readAllBytes(file), routine);
        } catch (SampleFileException e) {
            throw new SampleFileException(file + ": " + e.getMessage(), e);
        }
    }

    /** Reads and validates a prescription document against {@code routine}. */
    public static Prescription read(byte[] json, Routine routine) throws IOException {
        JsonNode root = SessionJson.tree(json, "prescription");
        SessionJson.checkVersion(root, "prescription", "prescription", SCHEMA_VERSION);
        PrescriptionDto.Document doc = SessionJson.convert(root, PrescriptionDto.Document.class, "prescription");
        try {
            Prescription p = PrescriptionDtoMapper.toDomain(doc);
            p.applyTo(routine);
            return p;
        } catch (IllegalArgumentException e) {
            throw new SampleFileException("prescription is not valid: " + e.getMessage(), e);
        }
    }
}

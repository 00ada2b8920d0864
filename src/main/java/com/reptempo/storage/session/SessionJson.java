package com.reptempo.storage.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.reptempo.storage.SampleFileException;

import java.io.IOException;

/**
 * session.json: written with Jackson from {@link SessionDto} records. Readers accept schema
 * versions 1..{@value #SCHEMA_VERSION}, refuse newer ones with a message asking for an update,
 * and ignore fields they do not know (so fields may be added without a version change).
 * Version 2 changed the file around it, not the JSON: its samples are in samples.bin instead of
 * samples.csv, which a version-1 reader cannot read, so such a reader must refuse the file.
 */
public final class SessionJson {
    /** The version this program writes and the highest it reads. */
    public static final int SCHEMA_VERSION = 2;

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private SessionJson() {
    }

    /** session.json for {@code session}, UTF-8. */
    public static byte[] write(Session session) throws IOException {
        return MAPPER.writeValueAsBytes(SessionDtoMapper.toDto(session));
    }

    /** Reads session.json; every problem is a {@link SampleFileException} saying what is wrong. */
    public static Session read(byte[] json) throws IOException {
        JsonNode root = tree(json, "session.json");
        checkVersion(root, "session.json", "session file", SCHEMA_VERSION);
        SessionDto.Document doc = convert(root, SessionDto.Document.class, "session.json");
        try {
            return SessionDtoMapper.toDomain(doc);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new SampleFileException("session.json is not valid: " + e.getMessage(), e);
        }
    }

    static JsonNode tree(byte[] json, String what) throws SampleFileException {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || !root.isObject()) throw new SampleFileException(what + " is not a JSON object");
            return root;
        } catch (JsonProcessingException e) {
            throw new SampleFileException(what + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SampleFileException(what + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Refuses a missing, malformed, older-than-1 or future {@code schemaVersion}. */
    static void checkVersion(JsonNode root, String what, String kind, int highest) throws SampleFileException {
        JsonNode v = root.get("schemaVersion");
        if (v == null || !v.isIntegralNumber()) {
            throw new SampleFileException(what + " has no numeric \"schemaVersion\": this is not a RepTempo " + kind);
        }
        int version = v.asInt();
        if (version > highest) {
            throw new SampleFileException(what + " has schema version " + version + ", written by a newer RepTempo;"
                    + " this program reads versions up to " + highest + ": update RepTempo to open it (the file was left as it is)");
        }
        if (version < 1) throw new SampleFileException(what + " has schema version " + version + ", which never existed");
    }

    static <T> T convert(JsonNode root, Class<T> type, String what) throws SampleFileException {
        try {
            return MAPPER.treeToValue(root, type);
        } catch (JsonProcessingException e) {
            throw new SampleFileException(what + " is not valid: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new SampleFileException(what + " is not valid: " + e.getMessage(), e);
        }
    }
}

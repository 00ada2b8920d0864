package com.reptempo.storage.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.reptempo.storage.SampleFileException;

import java.io.IOException;

/** journal.json of a work folder: the session document plus the open set, schema version 1. */
final class JournalJson {
    static final int SCHEMA_VERSION = 1;

    /** The file as records. */
    record Document(int schemaVersion, SessionDto.Document session, SessionDto.Exercise openExercise, Double openStart_s) {
    }

    private JournalJson() {
    }

    static byte[] write(SessionJournal j) throws IOException {
        SessionJournal.OpenSet open = j.openSet();
        return SessionJson.MAPPER.writeValueAsBytes(new Document(SCHEMA_VERSION, SessionDtoMapper.toDto(j.session()),
                open == null ? null : SessionDtoMapper.exercise(open.exercise()), open == null ? null : Numbers.time(open.start_s())));
    }

    static SessionJournal read(byte[] json) throws IOException {
        JsonNode root = SessionJson.tree(json, "journal.json");
        SessionJson.checkVersion(root, "journal.json", "recording journal", SCHEMA_VERSION);
        Document d = SessionJson.convert(root, Document.class, "journal.json");
        try {
            Session session = SessionDtoMapper.toDomain(SessionDtoMapper.required(d.session(), "session"));
            SessionJournal.OpenSet open = d.openExercise() == null ? null
                    : new SessionJournal.OpenSet(SessionDtoMapper.exercise(d.openExercise()), SessionDtoMapper.required(d.openStart_s(), "openStart_s"));
            return new SessionJournal(session, open);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new SampleFileException("journal.json is not valid: " + e.getMessage(), e);
        }
    }
}

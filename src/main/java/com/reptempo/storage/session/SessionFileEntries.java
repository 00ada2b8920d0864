package com.reptempo.storage.session;

import java.util.List;

/** The entries a session file may hold; nothing else is accepted. */
public final class SessionFileEntries {
    /** The session's metadata, sets and results (required). */
    public static final String SESSION_JSON = "session.json";
    /** The samples as RepTempo CSV: files of schema version 1 (still read; exports stay CSV). */
    public static final String SAMPLES_CSV = "samples.csv";
    /** The samples as a compact block (schema version 2 on; see {@link SampleBlockWriter}). */
    public static final String SAMPLES_BIN = "samples.bin";
    /** The exact bytes a serial sensor sent (when the session came from one). */
    public static final String CAPTURE = "capture.rtraw";
    /** All allowed names. */
    public static final List<String> ALL = List.of(SESSION_JSON, SAMPLES_BIN, SAMPLES_CSV, CAPTURE);
    /** File name extension of session files. */
    public static final String EXTENSION = ".rtsession";

    private SessionFileEntries() {
    }
}

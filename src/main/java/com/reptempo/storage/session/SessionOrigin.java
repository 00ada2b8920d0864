package com.reptempo.storage.session;

/** How a session's samples came into the library. Stored in session.json by name. */
public enum SessionOrigin {
    /** Recorded live from a sensor (serial, replay or demo). */
    RECORDED,
    /** Imported from another program's file (phyphox, Arduino log, a RepTempo CSV). */
    IMPORTED
}

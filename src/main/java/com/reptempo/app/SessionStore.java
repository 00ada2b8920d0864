package com.reptempo.app;

import com.reptempo.storage.session.SessionIds;
import com.reptempo.storage.session.SessionLibrary;

import java.io.IOException;
import java.nio.file.Files;
import java.time.ZonedDateTime;
import java.util.random.RandomGenerator;

/** Small helpers shared by the session use cases: new ids and the program's version. */
final class SessionStore {
    private SessionStore() {
    }

    /** A session id not yet used in the library (stored or in progress). */
    static String newId(SessionLibrary library, ZonedDateTime at, RandomGenerator random) throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            String id = SessionIds.next(at, random);
            if (library.find(id).isEmpty() && !Files.exists(library.inProgressFolder().resolve(id))) return id;
        }
        throw new IOException("no free session id for " + at + " in " + library.root());
    }

    /** The version in the jar manifest, or "development". */
    static String appVersion() {
        String v = SessionStore.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}

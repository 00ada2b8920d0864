package com.reptempo.cli;

import com.reptempo.app.SessionLibraryLocation;
import com.reptempo.app.SessionPipeline;
import com.reptempo.app.SessionPrescriptions;
import com.reptempo.app.SessionReanalyzer;
import com.reptempo.app.SessionReopener;
import com.reptempo.model.Routine;
import com.reptempo.storage.RoutineJson;
import com.reptempo.storage.session.SessionLibrary;

import java.nio.file.Path;
import java.util.Optional;

/** What every {@code sessions} subcommand works with: the library, the routine, the pipeline if any. */
final class SessionsContext {
    final SessionLibrary library;
    final Routine routine;
    final Optional<SessionReanalyzer> analyzer;
    final SessionPrescriptions prescriptions;

    private SessionsContext(Path root) {
        this.library = new SessionLibrary(root);
        this.routine = RoutineJson.bundled();
        this.analyzer = SessionPipeline.current();
        this.prescriptions = new SessionPrescriptions(library, routine);
    }

    /** The library given to the subcommand, else to {@code sessions}, else from the environment or the default. */
    static SessionsContext of(SessionsLibraryOption own, SessionsCommand parent) {
        Path given = own != null && own.library != null ? own.library : parent == null ? null : parent.libraryOption.library;
        return new SessionsContext(SessionLibraryLocation.resolve(given, System.getenv(SessionLibraryLocation.ENV),
                System.getProperty("user.home")));
    }

    SessionReopener reopener() {
        return new SessionReopener(library, prescriptions, analyzer);
    }
}

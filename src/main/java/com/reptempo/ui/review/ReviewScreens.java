package com.reptempo.ui.review;

import com.reptempo.app.SessionPipeline;
import com.reptempo.app.SessionPrescriptions;
import com.reptempo.app.SessionReopener;
import com.reptempo.app.review.LibraryIndex;
import com.reptempo.app.review.LibraryReview;
import com.reptempo.app.review.SessionReview;
import com.reptempo.model.Routine;
import com.reptempo.storage.session.SessionLibrary;

import java.awt.Component;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The review mode: the physiotherapist's screens (library, session, trends, prescription) wired
 * to their Swing-free controllers. Everything that reads files, re-analyses or writes runs on
 * this mode's own worker thread with progress shown; screens change only on the EDT.
 */
public final class ReviewScreens {
    public static final String LIBRARY = "review-library";
    public static final String SESSION = "review-session";
    public static final String TRENDS = "review-trends";
    public static final String PRESCRIPTION = "review-prescription";

    private final Consumer<String> show;
    private final Component parent;
    private final Routine routine;
    private final BackgroundWork work = new BackgroundWork();
    private SessionLibrary library;
    final LibraryReview libraryReview;
    final SessionReview sessionReview = new SessionReview();
    final LibraryPanel libraryPanel;
    final SessionPanel sessionPanel;
    final TrendsPanel trendsPanel;
    final PrescriptionPanel prescriptionPanel;
    final LibraryReanalysis reanalysis = new LibraryReanalysis(this);
    private String current = LIBRARY;

    /**
     * @param addScreen registers a screen with the window
     * @param show      shows a registered screen
     * @param parent    the window, for file dialogs
     */
    public ReviewScreens(BiConsumer<String, Component> addScreen, Consumer<String> show, Component parent, SessionLibrary library,
                         Routine routine) {
        this.show = show;
        this.parent = parent;
        this.library = library;
        this.routine = routine;
        libraryReview = new LibraryReview(library.root());
        libraryPanel = new LibraryPanel(this);
        sessionPanel = new SessionPanel(this);
        trendsPanel = new TrendsPanel(this);
        prescriptionPanel = new PrescriptionPanel(this);
        addScreen.accept(LIBRARY, libraryPanel);
        addScreen.accept(SESSION, sessionPanel);
        addScreen.accept(TRENDS, trendsPanel);
        addScreen.accept(PRESCRIPTION, prescriptionPanel);
    }

    /** Enters the review mode: the library screen, read afresh. EDT. */
    public void open() {
        showScreen(LIBRARY);
        reload();
    }

    /** Re-applies the theme's colours to the charts (after a theme switch). EDT. */
    public void restyle() {
        sessionPanel.render();
        trendsPanel.render();
    }

    /** Stops the worker thread (the window is closing). */
    public void close() {
        work.close();
    }

    /** The screen shown last. */
    public String currentScreen() {
        return current;
    }

    void showScreen(String name) {
        current = name;
        show.accept(name);
        if (name.equals(LIBRARY)) reanalysis.startIfNeeded(libraryPanel.progress());
    }

    /** Background work with progress. */
    BackgroundWork work() {
        return work;
    }

    Component parent() {
        return parent;
    }

    Routine routine() {
        return routine;
    }

    SessionLibrary library() {
        return library;
    }

    SessionReopener reopener() {
        return new SessionReopener(library, new SessionPrescriptions(library, routine), SessionPipeline.current());
    }

    /** Reads the library in the background and shows it. */
    void reload() {
        SessionLibrary lib = library;
        libraryReview.busy("Reading the library…");
        libraryPanel.render();
        work.run(libraryPanel.progress(), "Reading the library " + lib.root() + "…", p -> LibraryIndex.scan(lib, p), index -> {
            if (lib != library) return;
            libraryReview.show(index);
            libraryPanel.render();
            libraryPanel.progress().finish(libraryReview.status(), false);
            reanalysis.startIfNeeded(libraryPanel.progress());
        }, () -> libraryReview.done("The library cannot be read"));
    }

    /** Switches to another library folder. */
    void useLibrary(Path root) {
        library = new SessionLibrary(root);
        reload();
    }

    /** Opens (reads and re-analyses) a session file in the background, then shows it. */
    void openSession(Path file) {
        SessionReopener reopener = reopener();
        work.run(libraryPanel.progress(), "Opening and re-analysing " + file.getFileName() + "…",
                p -> SessionReview.open(reopener, file, p), r -> {
                    sessionReview.show(r);
                    sessionPanel.reset();
                    sessionPanel.render();
                    libraryPanel.progress().finish("Opened " + file.getFileName(), false);
                    showScreen(SESSION);
                }, () -> { });
    }

    void showTrends() {
        trendsPanel.render();
        showScreen(TRENDS);
        reanalysis.startIfNeeded(trendsPanel.progress());
    }

    void showPrescription() {
        libraryReview.patient().ifPresent(p -> {
            prescriptionPanel.load(p);
            showScreen(PRESCRIPTION);
        });
    }
}

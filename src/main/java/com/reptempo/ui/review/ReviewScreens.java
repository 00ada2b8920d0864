package com.reptempo.ui.review;

import com.reptempo.app.SessionPipeline;
import com.reptempo.app.SessionPrescriptions;
import com.reptempo.app.SessionReopener;
import com.reptempo.app.review.LibraryIndex;
import com.reptempo.app.review.LibraryReview;
import com.reptempo.app.review.Progress;
import com.reptempo.app.review.SessionReview;
import com.reptempo.model.Routine;
import com.reptempo.storage.session.SessionLibrary;

import javax.swing.SwingUtilities;
import java.awt.Component;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

    /** Work done off the EDT, reporting progress. */
    interface Task<T> {
        T run(Progress progress) throws IOException;
    }

    private final Consumer<String> show;
    private final Component parent;
    private final Routine routine;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "review-background");
        t.setDaemon(true);
        return t;
    });
    private SessionLibrary library;
    final LibraryReview libraryReview;
    final SessionReview sessionReview = new SessionReview();
    final LibraryPanel libraryPanel;
    final SessionPanel sessionPanel;
    final TrendsPanel trendsPanel;
    final PrescriptionPanel prescriptionPanel;
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
        worker.shutdownNow();
    }

    /** The screen shown last. */
    public String currentScreen() {
        return current;
    }

    void showScreen(String name) {
        current = name;
        show.accept(name);
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
        background(libraryPanel.progress(), "Reading the library " + lib.root() + "…", p -> LibraryIndex.scan(lib, p), index -> {
            if (lib != library) return;
            libraryReview.show(index);
            libraryPanel.render();
            libraryPanel.progress().finish(libraryReview.status(), false);
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
        background(libraryPanel.progress(), "Opening and re-analysing " + file.getFileName() + "…",
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
    }

    void showPrescription() {
        libraryReview.patient().ifPresent(p -> {
            prescriptionPanel.load(p);
            showScreen(PRESCRIPTION);
        });
    }

    /**
     * Runs {@code task} on the worker thread with progress in {@code view}; {@code done} gets the
     * result on the EDT. A failure is shown in {@code view} and {@code failed} runs.
     */
    <T> void background(ProgressView view, String what, Task<T> task, Consumer<T> done, Runnable failed) {
        view.start(what);
        worker.execute(() -> {
            try {
                T result = task.run((d, t, w) -> SwingUtilities.invokeLater(() -> view.update(d, t, w)));
                SwingUtilities.invokeLater(() -> done.accept(result));
            } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
                String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                SwingUtilities.invokeLater(() -> {
                    view.finish("Failed: " + m, true);
                    failed.run();
                });
            }
        });
    }
}

package com.reptempo.ui.review;

import com.reptempo.app.review.LibraryResults;
import com.reptempo.app.review.ResultChoice;

/**
 * The library's choice of results ({@link LibraryResults}) wired to the screens: re-analysis on
 * the review's worker thread with progress and a Cancel button, then the library and trends
 * screens shown again. EDT.
 */
final class LibraryReanalysis {
    private final ReviewScreens screens;

    LibraryReanalysis(ReviewScreens screens) {
        this.screens = screens;
    }

    /** Chooses the results the library, the trends and the library's report use; re-analysed ones are made in the background. */
    void choose(ResultChoice c, ProgressView view) {
        LibraryResults results = screens.libraryReview.results();
        results.choose(c);
        renderLists();
        if (!startIfNeeded(view) && !results.message().isEmpty()) view.finish(results.message(), false);
    }

    /**
     * Starts re-analysing the sessions shown that still need it when re-analysed results are
     * asked for, with progress and a Cancel button in {@code view}.
     *
     * @return true when a re-analysis started
     */
    boolean startIfNeeded(ProgressView view) {
        LibraryResults results = screens.libraryReview.results();
        var run = results.runFor(screens.libraryReview.entries(), screens.reopener());
        run.ifPresent(r -> screens.work().cancellable(view, "Re-analysing " + r.size() + " session(s)…", r::call, outcome -> {
            results.finished(r, outcome);
            view.finish(results.message(), false);
            renderLists();
            startIfNeeded(view);
        }, () -> {
            results.failed(r, view.text());
            renderLists();
        }, r::cancel));
        if (run.isPresent()) renderLists();
        return run.isPresent();
    }

    private void renderLists() {
        screens.libraryPanel.render();
        screens.trendsPanel.render();
    }
}

package com.reptempo.app.review;

import com.reptempo.app.SessionReopener;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which results the library screen, the trends and the library's PDF report use, free of Swing:
 * as recorded (from session.json, at once) or re-analysed from the raw samples with the current
 * pipeline and the patient's current prescription, like the session screen. Re-analysis is a
 * {@link ReanalysisRun} made here, run on a worker thread and handed back with {@link #finished};
 * it can be cancelled, and the sessions it finished are kept. Until every session shown has been
 * re-analysed the screens show the results as recorded, never a mix. Mutated on one thread (the
 * screens').
 */
public final class LibraryResults {
    private ResultChoice choice = ResultChoice.AS_RECORDED;
    private final Map<String, TrendPoint> reanalysed = new HashMap<>();
    private ReanalysisRun running;
    private String message = "";

    /** The results asked for. */
    public ResultChoice choice() {
        return choice;
    }

    /** The results shown for these sessions: re-analysed only when asked for and every one of them is done. */
    public ResultChoice shown(List<LibraryIndex.Entry> entries) {
        return choice == ResultChoice.REANALYSED && missing(entries).isEmpty() ? ResultChoice.REANALYSED : ResultChoice.AS_RECORDED;
    }

    /** Asks for results as recorded (a re-analysis under way is cancelled) or re-analysed (start it with {@link #runFor}). */
    public void choose(ResultChoice c) {
        choice = c;
        if (c == ResultChoice.AS_RECORDED && running != null) cancel();
        message = "";
    }

    /**
     * The re-analysis these sessions still need, when re-analysed results are asked for and no
     * run is under way; the caller runs it on a worker thread and hands its outcome to
     * {@link #finished}.
     */
    public Optional<ReanalysisRun> runFor(List<LibraryIndex.Entry> entries, SessionReopener reopener) {
        if (choice != ResultChoice.REANALYSED || running != null) return Optional.empty();
        List<LibraryIndex.Entry> todo = missing(entries);
        if (todo.isEmpty()) return Optional.empty();
        running = new ReanalysisRun(todo, reopener);
        message = "Re-analysing " + todo.size() + " session(s); results as recorded are shown until it is done";
        return Optional.of(running);
    }

    /** True while a re-analysis is under way. */
    public boolean busy() {
        return running != null;
    }

    /** Stops the re-analysis under way (it ends after the session it is on); what it finished is kept. */
    public void cancel() {
        if (running != null) running.cancel();
    }

    /** A run's outcome, on the screens' thread; a cancelled run also brings the screens back to results as recorded. */
    public void finished(ReanalysisRun run, ReanalysisRun.Outcome outcome) {
        if (run != running) return;
        running = null;
        reanalysed.putAll(outcome.points());
        String problems = outcome.problems().isEmpty() ? "" : "; " + outcome.problems().size() + " kept as recorded because "
                + String.join("; ", outcome.problems());
        if (outcome.cancelled()) {
            choice = ResultChoice.AS_RECORDED;
            message = "Re-analysis cancelled after " + outcome.reanalysed() + " of " + run.size()
                    + " session(s); showing results as recorded" + problems;
        } else {
            message = "Re-analysed " + outcome.reanalysed() + " session(s) from the raw samples with the current pipeline and prescription"
                    + problems;
        }
    }

    /** A run that failed as a whole (it cannot have finished anything); the screens go back to results as recorded. */
    public void failed(ReanalysisRun run, String why) {
        if (run != running) return;
        running = null;
        choice = ResultChoice.AS_RECORDED;
        message = "Re-analysis failed: " + why + "; showing results as recorded";
    }

    /** Forgets every re-analysed result (the prescription changed, or the library was read again); a run under way is cancelled and ignored. */
    public void forget() {
        reanalysed.clear();
        cancel();
        running = null;
    }

    /** What happened last, in plain words ("" when nothing did). */
    public String message() {
        return message;
    }

    /** A session's point as shown with these sessions. */
    public TrendPoint point(LibraryIndex.Entry e, ResultChoice shown) {
        return shown == ResultChoice.REANALYSED ? reanalysed.getOrDefault(e.summary().id(), e.trend()) : e.trend();
    }

    /** The points of these sessions as shown, in their order. */
    public List<TrendPoint> points(List<LibraryIndex.Entry> entries) {
        ResultChoice shown = shown(entries);
        return entries.stream().map(e -> point(e, shown)).toList();
    }

    private List<LibraryIndex.Entry> missing(List<LibraryIndex.Entry> entries) {
        return entries.stream().filter(e -> !reanalysed.containsKey(e.summary().id())).toList();
    }
}

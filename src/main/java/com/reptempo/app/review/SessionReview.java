package com.reptempo.app.review;

import com.reptempo.app.SessionReopener;
import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.SetResult;
import com.reptempo.storage.session.SessionInfo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The state of the session screen, free of Swing: the reopened session, the chosen set, which
 * result is shown and the highlighted rep. Opening (reading and re-analysing) happens on a worker
 * thread with {@link #open}; the result is handed in with {@link #show}. Mutated on one thread.
 */
public final class SessionReview {
    private SessionReopener.Reopened opened;
    private int set;
    private ResultChoice choice = ResultChoice.REANALYSED;
    private int highlighted;
    private SetTraces traces;

    /**
     * A session read, re-analysed and with its motion traces made, ready to show.
     *
     * @param reopened the session as recorded and re-analysed
     * @param traces   its sets' motion traces
     */
    public record Loaded(SessionReopener.Reopened reopened, SetTraces traces) {
    }

    /** Reads and re-analyses a session and makes its motion traces (worker thread). */
    public static Loaded open(SessionReopener reopener, Path file, Progress progress) throws IOException {
        progress.update(0, 2, "opening and re-analysing " + file.getFileName());
        SessionReopener.Reopened r = reopener.reopen(file);
        progress.update(1, 2, "drawing the motion traces of " + file.getFileName());
        SetTraces traces = new SetTraces(r);
        traces.makeAll(Progress.NONE);
        progress.update(2, 2, "opened " + file.getFileName());
        return new Loaded(r, traces);
    }

    /** Shows a loaded session from its first set, re-analysed when it could be. */
    public void show(Loaded loaded) {
        show(loaded.reopened(), loaded.traces());
    }

    /** Shows a reopened session from its first set, re-analysed when it could be; traces are made when first shown. */
    public void show(SessionReopener.Reopened r) {
        show(r, new SetTraces(r));
    }

    private void show(SessionReopener.Reopened r, SetTraces t) {
        opened = r;
        traces = t;
        set = 0;
        highlighted = 0;
        choice = r.reanalysed() ? ResultChoice.REANALYSED : ResultChoice.AS_RECORDED;
    }

    public boolean isOpen() {
        return opened != null;
    }

    public Optional<SessionReopener.Reopened> opened() {
        return Optional.ofNullable(opened);
    }

    public SessionInfo info() {
        return requireOpen().session().info();
    }

    /** One label per set, e.g. "2. Cobra lift: 10 reps". */
    public List<String> setLabels() {
        List<String> out = new ArrayList<>();
        List<SessionReopener.SetComparison> sets = requireOpen().sets();
        for (int i = 0; i < sets.size(); i++) {
            Chosen c = chosen(i);
            out.add((i + 1) + ". " + c.exercise().name() + ": " + (c.result() == null ? "not analysed" : c.result().count() + " reps"));
        }
        return out;
    }

    public int setIndex() {
        return set;
    }

    /** Chooses a set; the highlight is cleared. */
    public void selectSet(int index) {
        if (index < 0 || index >= requireOpen().sets().size()) throw new IndexOutOfBoundsException("no set " + (index + 1));
        if (index != set) highlighted = 0;
        set = index;
    }

    /** True when the session was re-analysed, so both results can be shown. */
    public boolean canChoose() {
        return opened != null && opened.reanalysed();
    }

    public ResultChoice choice() {
        return choice;
    }

    /** Shows the re-analysed result or the one recorded; the highlight is kept when that rep exists. */
    public void choose(ResultChoice c) {
        choice = c;
        if (view().highlighted().isEmpty()) highlighted = 0;
    }

    /** Highlights a rep by its index (0 clears); a rep the set does not have clears too. */
    public void highlight(int repIndex) {
        highlighted = view().reps().stream().anyMatch(r -> r.index() == repIndex) ? repIndex : 0;
    }

    public int highlighted() {
        return highlighted;
    }

    /** The chosen set as shown now. */
    public SetView view() {
        return view(set);
    }

    /** The result shown for a set, the definition it was judged against and where it comes from. */
    private record Chosen(SetResult result, ExerciseDefinition exercise, ResultChoice shown, String source) {
    }

    private Chosen chosen(int index) {
        SessionReopener.Reopened r = requireOpen();
        SessionReopener.SetComparison c = r.sets().get(index);
        if (choice == ResultChoice.REANALYSED && c.recomputed() != null) {
            return new Chosen(c.recomputed(), c.current(), ResultChoice.REANALYSED, r.analysis());
        }
        SetResult recorded = c.recorded().result();
        return new Chosen(recorded, c.recorded().exercise(), ResultChoice.AS_RECORDED, recorded != null
                ? "as recorded, judged against the targets in force then" : "not analysed (" + r.analysis() + ")");
    }

    private SetView view(int index) {
        SessionReopener.Reopened r = requireOpen();
        SessionReopener.SetComparison c = r.sets().get(index);
        Chosen x = chosen(index);
        SetTraces t = traces;
        return new SetView(index, c.recorded(), x.exercise(), x.result(), x.shown(), x.source(), () -> t.of(index, x.exercise()),
                index == set ? highlighted : 0);
    }

    /** Every set as shown with the current choice (for reports of this session). */
    public List<SetView> allSets() {
        List<SetView> out = new ArrayList<>();
        for (int i = 0; i < requireOpen().sets().size(); i++) out.add(view(i));
        return out;
    }

    private SessionReopener.Reopened requireOpen() {
        if (opened == null) throw new IllegalStateException("no session is open");
        return opened;
    }
}

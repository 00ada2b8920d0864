package com.reptempo.ui.review;

import com.reptempo.app.review.LibraryIndex;
import com.reptempo.app.review.ReviewText;
import com.reptempo.app.review.TrendPoint;
import com.reptempo.storage.session.SessionSummary;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One row per session of the chosen patient: date, exercises, reps, quality, tempo adherence,
 * pain; the figures with the results shown (as recorded or re-analysed).
 */
final class SessionTableModel extends NamedColumns {
    private List<LibraryIndex.Entry> rows = List.of();
    private List<TrendPoint> points = List.of();

    SessionTableModel() {
        super("Date", "Exercises", "Reps", "Quality", "On tempo", "Pain before → after");
    }

    /** @param shown each session's figures as shown, in the same order */
    void show(List<LibraryIndex.Entry> entries, List<TrendPoint> shown) {
        if (entries.size() != shown.size()) throw new IllegalArgumentException("one point per session");
        rows = List.copyOf(entries);
        points = List.copyOf(shown);
        fireTableDataChanged();
    }

    LibraryIndex.Entry entry(int row) {
        return rows.get(row);
    }

    int rowOf(String id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).summary().id().equals(id)) return i;
        }
        return -1;
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public Object getValueAt(int row, int c) {
        SessionSummary s = rows.get(row).summary();
        TrendPoint t = points.get(row);
        switch (c) {
            case 0:
                return ReviewText.when(s.startedAt()) + (s.recovered() ? " (recovered)" : "");
            case 1:
                return rows.get(row).session().sets().stream().map(x -> x.exercise().name()).distinct().collect(Collectors.joining(", "));
            case 2:
                return t.analysed() ? Integer.toString(t.reps()) : "not analysed";
            case 3:
                return Double.isNaN(t.quality()) ? "–" : String.format(java.util.Locale.ROOT, "%.0f", t.quality());
            case 4:
                return ReviewText.pct(t.tempoAdherence_pct());
            default:
                return (s.painBefore() == null ? "–" : s.painBefore()) + " → " + (s.painAfter() == null ? "–" : s.painAfter());
        }
    }
}

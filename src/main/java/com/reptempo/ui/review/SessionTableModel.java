package com.reptempo.ui.review;

import com.reptempo.app.review.LibraryIndex;
import com.reptempo.app.review.ReviewText;
import com.reptempo.storage.session.SessionSummary;

import javax.swing.table.AbstractTableModel;
import java.util.List;
import java.util.stream.Collectors;

/** One row per session of the chosen patient: date, exercises, reps, quality, tempo adherence, pain. */
final class SessionTableModel extends AbstractTableModel {
    private static final String[] COLUMNS = {"Date", "Exercises", "Reps", "Quality", "On tempo", "Pain before → after"};
    private List<LibraryIndex.Entry> rows = List.of();

    void show(List<LibraryIndex.Entry> entries) {
        rows = List.copyOf(entries);
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
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int c) {
        return COLUMNS[c];
    }

    @Override
    public Object getValueAt(int row, int c) {
        LibraryIndex.Entry e = rows.get(row);
        SessionSummary s = e.summary();
        switch (c) {
            case 0:
                return ReviewText.when(s.startedAt()) + (s.recovered() ? " (recovered)" : "");
            case 1:
                return s.sets().stream().map(SessionSummary.SetSummary::exerciseId).distinct().collect(Collectors.joining(", "));
            case 2:
                return e.trend().analysed() ? Integer.toString(e.trend().reps()) : "not analysed";
            case 3:
                return Double.isNaN(e.trend().quality()) ? "–" : String.format(java.util.Locale.ROOT, "%.0f", e.trend().quality());
            case 4:
                return ReviewText.pct(e.trend().tempoAdherence_pct());
            default:
                return (s.painBefore() == null ? "–" : s.painBefore()) + " → " + (s.painAfter() == null ? "–" : s.painAfter());
        }
    }
}

package com.reptempo.ui.review;

import com.reptempo.app.review.RepRows;

import javax.swing.table.AbstractTableModel;

/** The rep table of a set on screen: the same rows as on paper ({@link RepRows}). */
final class RepTable extends AbstractTableModel {
    private RepRows rows = new RepRows(java.util.List.of("Rep"), java.util.List.of(), java.util.List.of());

    void show(RepRows r) {
        boolean same = r.headers().equals(rows.headers());
        rows = r;
        if (same) fireTableDataChanged();
        else fireTableStructureChanged();
    }

    RepRows rows() {
        return rows;
    }

    /** Narrow number columns, a wide faults column. */
    static void widths(javax.swing.JTable table) {
        for (int c = 0; c < table.getColumnCount(); c++) {
            String h = table.getColumnName(c);
            int w = h.equals("Rep") ? 40 : h.equals("Side") ? 50 : h.equals("Quality") ? 60 : h.equals("Smoothness") ? 85
                    : h.startsWith("Pelvis") ? 80 : h.equals("Faults") ? 240 : 110;
            table.getColumnModel().getColumn(c).setPreferredWidth(w);
        }
    }

    @Override
    public int getRowCount() {
        return rows.cells().size();
    }

    @Override
    public int getColumnCount() {
        return rows.headers().size();
    }

    @Override
    public String getColumnName(int c) {
        return rows.headers().get(c);
    }

    @Override
    public Object getValueAt(int r, int c) {
        return rows.cells().get(r).get(c);
    }
}

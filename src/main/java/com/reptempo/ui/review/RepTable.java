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

package com.reptempo.ui.review;

import javax.swing.table.AbstractTableModel;
import java.util.List;

/** A table model whose columns are fixed names. */
abstract class NamedColumns extends AbstractTableModel {
    private final List<String> columns;

    NamedColumns(String... columns) {
        this.columns = List.of(columns);
    }

    @Override
    public final int getColumnCount() {
        return columns.size();
    }

    @Override
    public final String getColumnName(int c) {
        return columns.get(c);
    }
}

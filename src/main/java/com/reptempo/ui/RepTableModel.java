package com.reptempo.ui;

import com.reptempo.model.Fault;
import com.reptempo.model.PhaseResult;
import com.reptempo.model.RepResult;
import com.reptempo.model.SetResult;
import com.reptempo.model.TargetText;

import javax.swing.table.AbstractTableModel;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** One row per rep: number, side, each phase's duration against its target, faults, quality. */
final class RepTableModel extends AbstractTableModel {
    private List<RepResult> reps = List.of();
    private List<String> phaseNames = List.of();
    private int sideColumns;

    void show(SetResult set) {
        reps = set.reps();
        sideColumns = reps.stream().anyMatch(r -> r.side() != null) ? 1 : 0;
        phaseNames = reps.isEmpty() ? List.of() : reps.get(0).phases().stream().map(PhaseResult::name).toList();
        fireTableStructureChanged();
    }

    RepResult rep(int row) {
        return reps.get(row);
    }

    @Override
    public int getRowCount() {
        return reps.size();
    }

    @Override
    public int getColumnCount() {
        return 3 + sideColumns + phaseNames.size();
    }

    /** Column index as if the side column were always there. */
    private int logical(int c) {
        return sideColumns == 0 && c >= 1 ? c + 1 : c;
    }

    @Override
    public String getColumnName(int column) {
        int c = logical(column);
        if (c == 0) return "Rep";
        if (c == 1) return "Side";
        if (c < 2 + phaseNames.size()) return phaseNames.get(c - 2).replace('-', ' ');
        return c == 2 + phaseNames.size() ? "Feedback" : "Quality";
    }

    @Override
    public Object getValueAt(int row, int column) {
        int c = logical(column);
        RepResult r = reps.get(row);
        if (c == 0) return r.index();
        if (c == 1) return r.side() == null ? "" : r.side().name().toLowerCase(Locale.ROOT);
        if (c < 2 + phaseNames.size()) {
            int i = c - 2;
            if (i >= r.phases().size()) return "";
            PhaseResult p = r.phases().get(i);
            return String.format(Locale.ROOT, "%.1f s  (%s)", p.duration_s(), TargetText.TYPESET.range(p.targetMin_s(), p.targetMax_s()));
        }
        if (c == 2 + phaseNames.size()) {
            return r.faults().isEmpty() ? "good" : r.faults().stream().map(Fault::kind).map(Object::toString).distinct()
                    .collect(Collectors.joining(", "));
        }
        return Math.round(r.quality());
    }
}

package com.reptempo.ui;

import com.reptempo.model.SetResult;
import com.reptempo.model.Side;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.Locale;

/** After a set: how many reps, how good, and a row per rep. */
final class SetSummaryPanel extends JPanel {
    private final JLabel title = Ui.title("");
    private final JLabel headline = Ui.label("", 24f);
    private final RepTableModel model = new RepTableModel();
    private final JTable table = new JTable(model);

    SetSummaryPanel(Runnable onNext, Runnable onRepeat) {
        super(new BorderLayout(12, 12));
        setBorder(BorderFactory.createEmptyBorder(24, 32, 24, 32));
        JPanel head = new JPanel(new GridLayout(0, 1, 0, 4));
        head.add(title);
        head.add(headline);
        add(head, BorderLayout.NORTH);
        table.setFont(Theme.font(Font.PLAIN, 16f));
        table.setRowHeight(30);
        table.getTableHeader().setFont(Theme.font(Font.BOLD, 15f));
        add(new JScrollPane(table), BorderLayout.CENTER);
        JPanel buttons = new JPanel(new GridLayout(1, 0, 12, 0));
        buttons.add(Ui.button("Repeat this exercise", e -> onRepeat.run()));
        javax.swing.JButton next = Ui.primary("Next exercise", e -> onNext.run());
        buttons.add(next);
        putClientProperty(MainWindow.DEFAULT_BUTTON, next);
        JPanel south = new JPanel(new BorderLayout());
        south.add(buttons, BorderLayout.EAST);
        add(south, BorderLayout.SOUTH);
    }

    /** Shows a finished set. EDT only. */
    void render(String exerciseName, SetResult set, boolean perSide) {
        title.setText(exerciseName + ": set done");
        long good = set.reps().stream().filter(r -> r.faults().isEmpty()).count();
        String sides = perSide ? String.format(Locale.ROOT, " (left %d, right %d)", set.count(Side.LEFT), set.count(Side.RIGHT)) : "";
        headline.setText(String.format(Locale.ROOT, "%d reps%s · %d without a fault · quality %d / 100",
                set.count(), sides, good, Math.round(set.quality())));
        model.show(set);
    }

    int rows() {
        return model.getRowCount();
    }
}

package com.reptempo.ui.review;

import com.reptempo.app.review.PrescriptionEditor;
import com.reptempo.app.review.ReviewText;
import com.reptempo.storage.session.Prescription;
import com.reptempo.storage.session.SessionLibrary;
import com.reptempo.ui.Theme;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Font;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** Edits a patient's prescription (targets and thresholds per exercise) and saves it to the library. Renders {@link PrescriptionEditor}. */
final class PrescriptionPanel extends JPanel {
    private final ReviewScreens screens;
    private final JLabel title = Widgets.title(" ");
    private final JLabel current = Widgets.label(" ", 13f);
    private final JTextField setBy = new JTextField(10);
    private final Model model = new Model();
    private final JTable table = Widgets.table(model);
    private final ProgressView progress = new ProgressView();
    private PrescriptionEditor editor;

    PrescriptionPanel(ReviewScreens screens) {
        super(new BorderLayout(8, 8));
        this.screens = screens;
        setBorder(BorderFactory.createEmptyBorder(10, 16, 10, 16));
        JPanel head = new JPanel(new BorderLayout());
        JPanel text = new JPanel(new java.awt.GridLayout(0, 1));
        text.add(title);
        text.add(current);
        text.add(Widgets.label("Double-click a value in 'Prescribed' to change it; values that differ from the routine are bold."
                + " Sessions keep the prescription they were recorded with.", 12f));
        head.add(text, BorderLayout.CENTER);
        JPanel nav = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        nav.add(Widgets.button("← Library", e -> screens.showScreen(ReviewScreens.LIBRARY)));
        head.add(nav, BorderLayout.NORTH);
        add(head, BorderLayout.NORTH);
        table.setDefaultRenderer(Object.class, new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable t, Object v, boolean sel, boolean focus, int row, int col) {
                Component c = super.getTableCellRendererComponent(t, v, sel, focus, row, col);
                boolean changed = editor != null && editor.rows().get(row).changed();
                c.setFont(Theme.font(changed && col == 3 ? Font.BOLD : Font.PLAIN, 13f));
                return c;
            }
        });
        add(new JScrollPane(table), BorderLayout.CENTER);
        JPanel bottom = new JPanel(new BorderLayout());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 0));
        buttons.add(Widgets.label("Set by", 14f));
        buttons.add(setBy);
        buttons.add(Widgets.button("Routine values for this exercise", e -> resetSelected()));
        buttons.add(Widgets.button("Undo changes", e -> load(editor.patient())));
        buttons.add(Widgets.primary("Save prescription", e -> save()));
        bottom.add(progress, BorderLayout.CENTER);
        bottom.add(buttons, BorderLayout.EAST);
        add(bottom, BorderLayout.SOUTH);
    }

    PrescriptionEditor editor() {
        return editor;
    }

    ProgressView progress() {
        return progress;
    }

    /** Loads the patient's current prescription in the background. */
    void load(String patient) {
        SessionLibrary lib = screens.library();
        title.setText("Prescription: " + patient);
        screens.background(progress, "Reading the prescription…", p -> lib.prescription(patient, screens.routine()), found -> {
            show(new PrescriptionEditor(screens.routine(), patient, found), found);
            progress.finish(found.isPresent() ? "Loaded" : "No prescription yet: the routine's values apply", false);
        }, () -> show(new PrescriptionEditor(screens.routine(), patient, Optional.empty()), Optional.empty()));
    }

    private void show(PrescriptionEditor e, Optional<Prescription> found) {
        editor = e;
        setBy.setText(e.setBy());
        current.setText("In force now: " + ReviewText.prescription(found.orElse(null)));
        model.fireTableDataChanged();
    }

    /** Changes a value as if typed in the table. */
    boolean edit(int row, String text) {
        try {
            boolean ok = editor.set(row, Double.parseDouble(text.trim().replace(',', '.')));
            progress.finish(ok ? "Changed; not saved yet" : editor.problem().orElse(""), !ok);
            model.fireTableRowsUpdated(row, row);
            return ok;
        } catch (NumberFormatException ex) {
            progress.finish("'" + text + "' is not a number", true);
            return false;
        }
    }

    private void resetSelected() {
        int row = table.getSelectedRow();
        if (editor == null || row < 0) return;
        editor.reset(editor.rows().get(row).exerciseId());
        model.fireTableDataChanged();
    }

    /** Saves the edited prescription in the background. */
    void save() {
        if (editor == null) return;
        editor.setBy(setBy.getText());
        Prescription p = editor.build(LocalDate.now());
        SessionLibrary lib = screens.library();
        screens.background(progress, "Saving…", pr -> lib.savePrescription(p, screens.routine()), file -> {
            editor.saved();
            current.setText("In force now: " + ReviewText.prescription(p));
            progress.finish("Saved " + file.getFileName() + " for " + p.patient() + "; new analyses use it", false);
        }, () -> { });
    }

    /** Exercise, setting, routine value, prescribed value (editable). */
    private final class Model extends AbstractTableModel {
        private final String[] columns = {"Exercise", "Setting", "Routine", "Prescribed"};

        @Override
        public int getRowCount() {
            return editor == null ? 0 : editor.rows().size();
        }

        @Override
        public int getColumnCount() {
            return columns.length;
        }

        @Override
        public String getColumnName(int c) {
            return columns[c];
        }

        @Override
        public boolean isCellEditable(int row, int col) {
            return col == 3;
        }

        @Override
        public Object getValueAt(int row, int col) {
            PrescriptionEditor.Row r = editor.rows().get(row);
            if (col == 0) return r.exerciseName();
            if (col == 1) return r.label();
            return format(col == 2 ? r.routine() : r.value());
        }

        @Override
        public void setValueAt(Object value, int row, int col) {
            edit(row, String.valueOf(value));
        }
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v).replaceAll("0$", "");
    }
}

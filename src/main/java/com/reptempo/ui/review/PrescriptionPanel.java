package com.reptempo.ui.review;

import com.reptempo.app.review.PrescriptionEditor;
import com.reptempo.app.review.ReviewText;
import com.reptempo.storage.session.Prescription;
import com.reptempo.storage.session.SessionLibrary;
import com.reptempo.ui.Ui;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.time.LocalDate;
import java.util.Optional;

import static com.reptempo.ui.Ui.Scale.DESK;

/** Edits a patient's prescription (targets and thresholds per exercise) and saves it to the library. Renders {@link PrescriptionEditor}. */
final class PrescriptionPanel extends JPanel {
    private final ReviewScreens screens;
    private PrescriptionEditor editor;
    private final JLabel title = Ui.title(" ", DESK);
    private final JLabel current = Ui.label(" ", 13f);
    private final JTextField setBy = new JTextField(10);
    private final PrescriptionTable model = new PrescriptionTable(() -> editor, this::edit);
    private final JTable table = model.table();
    private final ProgressView progress = new ProgressView();

    PrescriptionPanel(ReviewScreens screens) {
        super(new BorderLayout(8, 8));
        this.screens = screens;
        setBorder(BorderFactory.createEmptyBorder(10, 16, 10, 16));
        JPanel head = new JPanel(new BorderLayout());
        JPanel text = new JPanel(new java.awt.GridLayout(0, 1));
        text.add(title);
        text.add(current);
        text.add(Ui.label("Double-click a value in 'Prescribed' to change it; values that differ from the routine are bold."
                + " Sessions keep the prescription they were recorded with.", 12f));
        head.add(text, BorderLayout.CENTER);
        JPanel nav = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        nav.add(Ui.button("← Library", DESK, e -> screens.showScreen(ReviewScreens.LIBRARY)));
        head.add(nav, BorderLayout.NORTH);
        add(head, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        add(progress.withButtons(Ui.label("Set by", 14f), setBy,
                Ui.button("Routine values for this exercise", DESK, e -> resetSelected()),
                Ui.button("Undo changes", DESK, e -> load(editor.patient())),
                Ui.primary("Save prescription", DESK, e -> save())), BorderLayout.SOUTH);
    }

    PrescriptionEditor editor() {
        return editor;
    }

    ProgressView progress() {
        return progress;
    }

    JTable table() {
        return table;
    }

    /** Loads the patient's current prescription in the background. */
    void load(String patient) {
        SessionLibrary lib = screens.library();
        title.setText("Prescription: " + patient);
        screens.work().run(progress, "Reading the prescription…", p -> lib.prescription(patient, screens.routine()), found -> {
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
        screens.work().run(progress, "Saving…", pr -> lib.savePrescription(p, screens.routine()), file -> {
            editor.saved();
            screens.libraryReview.results().forget();
            current.setText("In force now: " + ReviewText.prescription(p));
            progress.finish("Saved " + file.getFileName() + " for " + p.patient() + "; new analyses use it", false);
        }, () -> { });
    }
}

package com.reptempo.ui.review;

import com.reptempo.app.review.LibraryReview;
import com.reptempo.storage.session.SessionSummary;

import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The library screen: patients, their sessions in a date range, and what to do with them. Renders {@link LibraryReview}. */
final class LibraryPanel extends JPanel {
    private final ReviewScreens screens;
    private final DefaultListModel<LibraryReview.PatientRow> patients = new DefaultListModel<>();
    private final JList<LibraryReview.PatientRow> patientList = new JList<>(patients);
    private final SessionTableModel sessions = new SessionTableModel();
    private final JTable table = Widgets.table(sessions);
    private final JTextField from = new JTextField(9);
    private final JTextField to = new JTextField(9);
    private final JLabel where = Widgets.label(" ", 13f);
    private final JLabel problems = Widgets.label(" ", 13f);
    private final ProgressView progress = new ProgressView();
    private final List<JButton> actions = new ArrayList<>();
    private boolean rendering;

    LibraryPanel(ReviewScreens screens) {
        super(new BorderLayout(12, 12));
        this.screens = screens;
        setBorder(BorderFactory.createEmptyBorder(16, 20, 16, 20));
        JPanel top = new JPanel(new BorderLayout());
        top.add(Widgets.title("Review: sessions received"), BorderLayout.NORTH);
        top.add(where, BorderLayout.CENTER);
        JPanel libraryButtons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 0));
        libraryButtons.add(Widgets.button("Open a session file…", e -> chooseFile()));
        libraryButtons.add(Widgets.button("Other library…", e -> chooseLibrary()));
        libraryButtons.add(Widgets.button("Refresh", e -> screens.reload()));
        top.add(libraryButtons, BorderLayout.EAST);
        add(top, BorderLayout.NORTH);

        patientList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        patientList.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean sel, boolean focus) {
                LibraryReview.PatientRow r = (LibraryReview.PatientRow) value;
                return super.getListCellRendererComponent(list, "<html><b>" + r.patient() + "</b><br>" + r.sessions()
                        + " session(s), last " + r.last() + "</html>", index, sel, focus);
            }
        });
        patientList.addListSelectionListener(e -> {
            if (rendering || e.getValueIsAdjusting() || patientList.getSelectedValue() == null) return;
            screens.libraryReview.selectPatient(patientList.getSelectedValue().patient());
            render();
        });
        JScrollPane left = new JScrollPane(patientList);
        left.setPreferredSize(new Dimension(230, 100));
        left.setBorder(BorderFactory.createTitledBorder("Patients"));
        add(left, BorderLayout.WEST);

        table.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (rendering || e.getValueIsAdjusting()) return;
            List<String> ids = new ArrayList<>();
            for (int row : table.getSelectedRows()) ids.add(sessions.entry(table.convertRowIndexToModel(row)).summary().id());
            screens.libraryReview.selectSessions(ids);
            renderButtons();
        });
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) openSelected();
            }
        });
        JPanel center = new JPanel(new BorderLayout(0, 8));
        JPanel range = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 0));
        range.add(Widgets.label("From", 14f));
        range.add(from);
        range.add(Widgets.label("to", 14f));
        range.add(to);
        range.add(Widgets.button("Apply dates", e -> applyRange()));
        range.add(Widgets.label("(yyyy-mm-dd, empty for all)", 12f));
        center.add(range, BorderLayout.NORTH);
        center.add(new JScrollPane(table), BorderLayout.CENTER);
        center.add(problems, BorderLayout.SOUTH);
        add(center, BorderLayout.CENTER);

        JPanel bottom = new JPanel(new BorderLayout());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 0));
        JButton open = Widgets.primary("Open session", e -> openSelected());
        actions.add(open);
        actions.add(Widgets.button("Trends", e -> screens.showTrends()));
        actions.add(Widgets.button("Prescription", e -> screens.showPrescription()));
        actions.add(Widgets.button("PDF report…", e -> ReportActions.chooseAndWrite(screens, progress, ReportActions.Scope.LIBRARY)));
        actions.forEach(buttons::add);
        bottom.add(progress, BorderLayout.CENTER);
        bottom.add(buttons, BorderLayout.EAST);
        add(bottom, BorderLayout.SOUTH);
        putClientProperty("reptempo.defaultButton", open);
    }

    ProgressView progress() {
        return progress;
    }

    ReviewScreens screens() {
        return screens;
    }

    JTable table() {
        return table;
    }

    /** Shows the controller's state. EDT. */
    void render() {
        rendering = true;
        try {
            LibraryReview r = screens.libraryReview;
            where.setText("Library: " + r.index().root());
            patients.clear();
            r.patients().forEach(patients::addElement);
            r.patient().ifPresent(p -> {
                for (int i = 0; i < patients.size(); i++) if (patients.get(i).patient().equals(p)) patientList.setSelectedIndex(i);
            });
            sessions.show(r.entries());
            for (String id : r.selectedIds()) {
                int row = sessions.rowOf(id);
                if (row >= 0) table.addRowSelectionInterval(row, row);
            }
            problems.setText(r.problems().isEmpty() ? " " : "Cannot be read: " + String.join("; ", r.problems()));
            problems.setForeground(com.reptempo.ui.Theme.BAD);
        } finally {
            rendering = false;
        }
        renderButtons();
    }

    private void renderButtons() {
        LibraryReview r = screens.libraryReview;
        boolean patient = r.patient().isPresent() && !r.isBusy();
        actions.get(0).setEnabled(patient && r.firstSelected().isPresent());
        for (int i = 1; i < actions.size(); i++) actions.get(i).setEnabled(patient && !r.sessions().isEmpty());
        actions.get(2).setEnabled(patient);
    }

    void openSelected() {
        screens.libraryReview.firstSelected().map(SessionSummary::file).ifPresent(screens::openSession);
    }

    /** Applies the typed date range. */
    void applyRange() {
        try {
            screens.libraryReview.range(day(from.getText()), day(to.getText()));
            render();
            progress.finish(screens.libraryReview.sessions().size() + " session(s) in the range", false);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            progress.finish("Dates: " + e.getMessage(), true);
        }
    }

    void typeRange(String fromText, String toText) {
        from.setText(fromText);
        to.setText(toText);
    }

    private static LocalDate day(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
    }

    private void chooseFile() {
        JFileChooser c = new JFileChooser(screens.library().root().toFile());
        c.setFileFilter(new FileNameExtensionFilter("RepTempo sessions (*.rtsession)", "rtsession"));
        if (c.showOpenDialog(screens.parent()) == JFileChooser.APPROVE_OPTION) screens.openSession(c.getSelectedFile().toPath());
    }

    private void chooseLibrary() {
        JFileChooser c = new JFileChooser(screens.library().root().toFile());
        c.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (c.showOpenDialog(screens.parent()) == JFileChooser.APPROVE_OPTION) {
            Path dir = c.getSelectedFile().toPath();
            screens.useLibrary(dir);
        }
    }
}

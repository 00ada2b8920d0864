package com.reptempo.ui.review;

import com.reptempo.app.review.LibraryReview;
import com.reptempo.storage.session.SessionSummary;
import com.reptempo.ui.Theme;
import com.reptempo.ui.Ui;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import java.awt.BorderLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import static com.reptempo.ui.Ui.Scale.DESK;

/** The library screen: patients, their sessions in a date range, and what to do with them. Renders {@link LibraryReview}. */
final class LibraryPanel extends JPanel {
    private final ReviewScreens screens;
    private final PatientList patients;
    private final SessionTableModel sessions = new SessionTableModel();
    private final JTable table = Ui.table(sessions, DESK);
    private final DateRangeBar range = new DateRangeBar(this::applyRange);
    private final ResultToggle results;
    private final LibraryBar bar;
    private final JLabel problems = Ui.label(" ", 13f);
    private final ProgressView progress = new ProgressView();
    private final JButton open;
    private final List<JButton> forSessions = new ArrayList<>();
    private final JButton prescription;
    private boolean rendering;

    LibraryPanel(ReviewScreens screens) {
        super(new BorderLayout(12, 12));
        this.screens = screens;
        setBorder(BorderFactory.createEmptyBorder(16, 20, 16, 20));
        bar = new LibraryBar(screens);
        add(bar, BorderLayout.NORTH);

        patients = new PatientList(p -> {
            screens.libraryReview.selectPatient(p);
            render();
            screens.reanalysis.startIfNeeded(progress);
        });
        add(patients, BorderLayout.WEST);

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
        results = new ResultToggle(c -> screens.reanalysis.choose(c, progress));
        JPanel center = new JPanel(new BorderLayout(0, 8));
        JPanel filters = new JPanel(new BorderLayout());
        filters.add(range, BorderLayout.WEST);
        filters.add(results, BorderLayout.EAST);
        center.add(filters, BorderLayout.NORTH);
        center.add(new JScrollPane(table), BorderLayout.CENTER);
        center.add(problems, BorderLayout.SOUTH);
        add(center, BorderLayout.CENTER);

        open = Ui.primary("Open session", DESK, e -> openSelected());
        forSessions.add(Ui.button("Trends", DESK, e -> screens.showTrends()));
        prescription = Ui.button("Prescription", DESK, e -> screens.showPrescription());
        forSessions.add(Ui.button("PDF report…", DESK, e -> ReportActions.chooseAndWrite(screens, progress, ReportActions.Scope.LIBRARY)));
        add(progress.withButtons(open, forSessions.get(0), prescription, forSessions.get(1)), BorderLayout.SOUTH);
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

    PatientList patients() {
        return patients;
    }

    /** Shows the controller's state. EDT. */
    void render() {
        rendering = true;
        try {
            LibraryReview r = screens.libraryReview;
            bar.show(r.index().root());
            patients.show(r.patients(), r.patient().orElse(null));
            sessions.show(r.entries(), r.points());
            for (String id : r.selectedIds()) {
                int row = sessions.rowOf(id);
                if (row >= 0) table.addRowSelectionInterval(row, row);
            }
            results.show(r.results().choice(), true);
            problems.setText(r.problems().isEmpty() ? " " : "Cannot be read: " + String.join("; ", r.problems()));
            problems.setToolTipText(r.problems().isEmpty() ? null : SessionHeader.html(problems.getText()));
            problems.setForeground(Theme.BAD);
        } finally {
            rendering = false;
        }
        renderButtons();
    }

    private void renderButtons() {
        LibraryReview r = screens.libraryReview;
        boolean patient = r.patient().isPresent() && !r.isBusy();
        open.setEnabled(patient && r.firstSelected().isPresent());
        forSessions.forEach(b -> b.setEnabled(patient && !r.sessions().isEmpty()));
        prescription.setEnabled(patient);
    }

    void openSelected() {
        screens.libraryReview.firstSelected().map(SessionSummary::file).ifPresent(screens::openSession);
    }

    /** Applies the typed date range. */
    void applyRange() {
        try {
            screens.libraryReview.range(range.from(), range.to());
            render();
            progress.finish(screens.libraryReview.sessions().size() + " session(s) in the range", false);
            screens.reanalysis.startIfNeeded(progress);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            progress.finish("Dates: " + e.getMessage(), true);
        }
    }

    void typeRange(String fromText, String toText) {
        range.type(fromText, toText);
    }
}

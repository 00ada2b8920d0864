package com.reptempo.ui.review;

import com.reptempo.app.review.LibraryReview;

import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JList;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import java.awt.Component;
import java.awt.Dimension;
import java.util.List;
import java.util.function.Consumer;

/** The library screen's list of patients: pseudonym, number of sessions and the last one's day. EDT. */
final class PatientList extends JScrollPane {
    private final DefaultListModel<LibraryReview.PatientRow> rows = new DefaultListModel<>();
    private final JList<LibraryReview.PatientRow> list = new JList<>(rows);
    private boolean rendering;

    /** @param chosen called with the pseudonym the physiotherapist picks */
    PatientList(Consumer<String> chosen) {
        setViewportView(list);
        setPreferredSize(new Dimension(230, 100));
        setBorder(BorderFactory.createTitledBorder("Patients"));
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean sel, boolean focus) {
                LibraryReview.PatientRow r = (LibraryReview.PatientRow) value;
                return super.getListCellRendererComponent(l, "<html><b>" + r.patient() + "</b><br>" + r.sessions()
                        + " session(s), last " + r.last() + "</html>", index, sel, focus);
            }
        });
        list.addListSelectionListener(e -> {
            if (!rendering && !e.getValueIsAdjusting() && list.getSelectedValue() != null) chosen.accept(list.getSelectedValue().patient());
        });
    }

    /** Shows the patients with {@code selected} chosen (null for none). */
    void show(List<LibraryReview.PatientRow> patients, String selected) {
        rendering = true;
        try {
            rows.clear();
            patients.forEach(rows::addElement);
            for (int i = 0; i < rows.size(); i++) if (rows.get(i).patient().equals(selected)) list.setSelectedIndex(i);
        } finally {
            rendering = false;
        }
    }

    /** Picks a patient as a click would. */
    void pick(String patient) {
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).patient().equals(patient)) list.setSelectedIndex(i);
    }
}

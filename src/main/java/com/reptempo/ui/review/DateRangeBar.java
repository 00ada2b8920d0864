package com.reptempo.ui.review;

import com.reptempo.ui.Ui;

import javax.swing.JPanel;
import javax.swing.JTextField;
import java.awt.FlowLayout;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import static com.reptempo.ui.Ui.Scale.DESK;

/** "From [ ] to [ ] (Apply dates)": the days of the sessions shown, typed as yyyy-mm-dd; empty ends are open. EDT. */
final class DateRangeBar extends JPanel {
    private final JTextField from = new JTextField(9);
    private final JTextField to = new JTextField(9);

    /** @param apply runs when the dates are applied */
    DateRangeBar(Runnable apply) {
        super(new FlowLayout(FlowLayout.LEFT, 8, 0));
        add(Ui.label("From", 14f));
        add(from);
        add(Ui.label("to", 14f));
        add(to);
        add(Ui.button("Apply dates", DESK, e -> apply.run()));
        add(Ui.label("(yyyy-mm-dd, empty for all)", 12f));
        from.addActionListener(e -> apply.run());
        to.addActionListener(e -> apply.run());
    }

    /** The first day typed, or null for open. @throws DateTimeParseException when it is not a date */
    LocalDate from() {
        return day(from.getText());
    }

    /** The last day typed, or null for open. @throws DateTimeParseException when it is not a date */
    LocalDate to() {
        return day(to.getText());
    }

    /** Types the days as a physiotherapist would. */
    void type(String fromText, String toText) {
        from.setText(fromText);
        to.setText(toText);
    }

    private static LocalDate day(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
    }
}

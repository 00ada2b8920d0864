package com.reptempo.ui.review;

import com.reptempo.ui.Theme;
import com.reptempo.ui.Ui;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;

import static com.reptempo.ui.Ui.Scale.DESK;

/**
 * A status line with a progress bar for background work (opening, re-analysing, writing a
 * report), and a Cancel button while work that can be cancelled runs. EDT only.
 */
final class ProgressView extends JPanel {
    private final JProgressBar bar = new JProgressBar();
    private final JLabel text = Ui.label(" ", 13f);
    private final JButton cancel = Ui.button("Cancel", DESK, e -> cancel());
    private Runnable onCancel;
    private boolean busy;

    ProgressView() {
        super(new BorderLayout(10, 0));
        bar.setPreferredSize(new Dimension(220, 14));
        bar.setVisible(false);
        cancel.setVisible(false);
        JPanel left = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        left.add(bar);
        left.add(cancel);
        add(left, BorderLayout.WEST);
        add(text, BorderLayout.CENTER);
    }

    /** The bottom bar of a screen: this status line, then the screen's buttons on the right. */
    JPanel withButtons(JComponent... buttons) {
        JPanel bar = new JPanel(new BorderLayout());
        JPanel right = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 0));
        for (JComponent b : buttons) right.add(b);
        bar.add(this, BorderLayout.CENTER);
        bar.add(right, BorderLayout.EAST);
        return bar;
    }

    /** Work begins that cannot be cancelled. */
    void start(String what) {
        start(what, null);
    }

    /** Work begins; with {@code onCancel} a Cancel button runs it. */
    void start(String what, Runnable onCancel) {
        busy = true;
        this.onCancel = onCancel;
        bar.setIndeterminate(true);
        bar.setVisible(true);
        cancel.setVisible(onCancel != null);
        cancel.setEnabled(true);
        text.setForeground(Theme.foreground());
        text.setText(what);
    }

    void update(int done, int total, String what) {
        if (!busy) return;
        bar.setIndeterminate(total <= 0);
        if (total > 0) {
            bar.setMaximum(total);
            bar.setValue(done);
        }
        text.setText(total > 0 ? what + " (" + done + " of " + total + ")" : what);
    }

    /** Presses Cancel (as the button does). */
    void cancel() {
        if (!busy || onCancel == null || !cancel.isEnabled()) return;
        cancel.setEnabled(false);
        text.setText("Cancelling…");
        onCancel.run();
    }

    /** Ends the work with a message; {@code problem} true shows it as a failure. */
    void finish(String message, boolean problem) {
        busy = false;
        onCancel = null;
        bar.setVisible(false);
        cancel.setVisible(false);
        text.setForeground(problem ? Theme.BAD : Theme.foreground());
        text.setText(message == null || message.isEmpty() ? " " : message);
    }

    boolean busy() {
        return busy;
    }

    boolean cancellable() {
        return busy && onCancel != null;
    }

    String text() {
        return text.getText();
    }
}

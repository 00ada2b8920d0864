package com.reptempo.ui.review;

import com.reptempo.ui.Theme;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import java.awt.BorderLayout;
import java.awt.Dimension;

/** A status line with a progress bar for background work (opening, re-analysing, writing a report). EDT only. */
final class ProgressView extends JPanel {
    private final JProgressBar bar = new JProgressBar();
    private final JLabel text = Widgets.label(" ", 13f);
    private boolean busy;

    ProgressView() {
        super(new BorderLayout(10, 0));
        bar.setPreferredSize(new Dimension(220, 14));
        bar.setVisible(false);
        add(bar, BorderLayout.WEST);
        add(text, BorderLayout.CENTER);
    }

    void start(String what) {
        busy = true;
        bar.setIndeterminate(true);
        bar.setVisible(true);
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

    /** Ends the work with a message; {@code problem} true shows it as a failure. */
    void finish(String message, boolean problem) {
        busy = false;
        bar.setVisible(false);
        text.setForeground(problem ? Theme.BAD : Theme.foreground());
        text.setText(message == null || message.isEmpty() ? " " : message);
    }

    boolean busy() {
        return busy;
    }

    String text() {
        return text.getText();
    }
}

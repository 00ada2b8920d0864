package com.reptempo.ui.review;

import com.reptempo.app.review.ReviewText;
import com.reptempo.app.review.SetView;
import com.reptempo.storage.session.SessionInfo;
import com.reptempo.ui.Ui;

import javax.swing.JLabel;
import javax.swing.JPanel;
import java.awt.GridLayout;

import static com.reptempo.ui.Ui.Scale.DESK;

/**
 * The lines above a set's charts: who and when, the targets, the result in one line, where the
 * result comes from, the notes. Lines too long for the window are read in full in their tooltips.
 * EDT.
 */
final class SessionHeader extends JPanel {
    private final JLabel title = Ui.title(" ", DESK);
    private final JLabel info = Ui.label(" ", 13f);
    private final JLabel result = Ui.label(" ", 13f);
    private final JLabel source = Ui.label(" ", 12f);
    private final JLabel notes = Ui.label(" ", 13f);

    SessionHeader() {
        super(new GridLayout(0, 1));
        for (JLabel l : new JLabel[]{title, info, result, source, notes}) add(l);
    }

    void show(SessionInfo i, SetView v) {
        title.setText(i.patient() + " · " + ReviewText.when(i.startedAt()) + " · " + v.title());
        info.setText(ReviewText.sessionLine(i) + " · targets: " + ReviewText.targets(v.exercise()));
        result.setText("Result: " + ReviewText.result(v.result()));
        source.setText("Result " + v.source());
        notes.setText(i.notes().isEmpty() ? "No notes." : "Notes: " + i.notes());
        for (JLabel l : new JLabel[]{info, result, source, notes}) l.setToolTipText(html(l.getText()));
    }

    /** A tooltip that wraps. */
    static String html(String text) {
        return "<html><body style='width:600px'>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</body></html>";
    }
}

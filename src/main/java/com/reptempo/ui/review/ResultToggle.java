package com.reptempo.ui.review;

import com.reptempo.app.review.ResultChoice;
import com.reptempo.ui.Theme;
import com.reptempo.ui.Ui;

import javax.swing.ButtonGroup;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.function.Consumer;

/** "Results: [Re-analysed now] [As recorded]": which results a screen shows; the same on every review screen. EDT. */
final class ResultToggle extends JPanel {
    private final JToggleButton reanalysed = new JToggleButton("Re-analysed now");
    private final JToggleButton recorded = new JToggleButton("As recorded");

    /** @param chosen called when the physiotherapist picks one */
    ResultToggle(Consumer<ResultChoice> chosen) {
        super(new FlowLayout(FlowLayout.LEFT, 4, 0));
        JLabel label = Ui.label("Results:", 13f);
        add(label);
        ButtonGroup g = new ButtonGroup();
        for (JToggleButton b : new JToggleButton[]{reanalysed, recorded}) {
            b.setFont(Theme.font(Font.PLAIN, 13f));
            g.add(b);
            add(b);
        }
        reanalysed.setToolTipText("Analysed again from the raw samples with the current pipeline and the patient's current prescription");
        recorded.setToolTipText("As analysed when the session was recorded, judged against the prescription in force then");
        reanalysed.addActionListener(e -> chosen.accept(ResultChoice.REANALYSED));
        recorded.addActionListener(e -> chosen.accept(ResultChoice.AS_RECORDED));
    }

    /**
     * Shows a choice.
     *
     * @param choice       the one selected
     * @param canReanalyse false when re-analysed results cannot be had
     */
    void show(ResultChoice choice, boolean canReanalyse) {
        reanalysed.setEnabled(canReanalyse);
        reanalysed.setSelected(choice == ResultChoice.REANALYSED);
        recorded.setSelected(choice == ResultChoice.AS_RECORDED);
    }
}

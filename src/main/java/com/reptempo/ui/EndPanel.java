package com.reptempo.ui;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSlider;
import javax.swing.JTextArea;
import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.Hashtable;

/** At the end: pain before and after (0-10) and free notes, then save. */
final class EndPanel extends JPanel {
    /** What the exerciser entered. */
    record Entry(int painBefore, int painAfter, String notes) {
    }

    interface SaveAction {
        void save(Entry entry);
    }

    private final JSlider before = painSlider();
    private final JSlider after = painSlider();
    private final JTextArea notes = new JTextArea(5, 40);
    private final JLabel result = Ui.label(" ", 17f);

    EndPanel(SaveAction onSave) {
        super(new BorderLayout(12, 16));
        setBorder(BorderFactory.createEmptyBorder(24, 32, 24, 32));
        add(Ui.title("Well done. How do you feel?"), BorderLayout.NORTH);
        JPanel form = new JPanel(new GridLayout(0, 1, 0, 10));
        form.add(Ui.label("Pain before you started (0 = none, 10 = worst)", 18f));
        form.add(before);
        form.add(Ui.label("Pain now", 18f));
        form.add(after);
        form.add(Ui.label("Notes for your physiotherapist (optional)", 18f));
        JPanel center = new JPanel(new BorderLayout(0, 8));
        center.add(form, BorderLayout.NORTH);
        notes.setFont(Theme.font(Font.PLAIN, 16f));
        notes.setLineWrap(true);
        notes.setWrapStyleWord(true);
        center.add(new JScrollPane(notes), BorderLayout.CENTER);
        center.add(Ui.label("If anything hurt, stop and talk to your physiotherapist before the next session.", 15f),
                BorderLayout.SOUTH);
        add(center, BorderLayout.CENTER);
        JPanel south = new JPanel(new BorderLayout(12, 0));
        south.add(result, BorderLayout.CENTER);
        south.add(Ui.primary("Save session", e -> onSave.save(new Entry(before.getValue(), after.getValue(), notes.getText()))),
                BorderLayout.EAST);
        add(south, BorderLayout.SOUTH);
    }

    void setPainBefore(int pain) {
        before.setValue(pain);
    }

    void showResult(String text, boolean ok) {
        result.setText(text);
        result.setForeground(ok ? Theme.GOOD : Theme.BAD);
    }

    private static JSlider painSlider() {
        JSlider s = new JSlider(0, 10, 0);
        s.setMajorTickSpacing(1);
        s.setPaintTicks(true);
        s.setSnapToTicks(true);
        Hashtable<Integer, JLabel> labels = new Hashtable<>();
        for (int i = 0; i <= 10; i++) labels.put(i, Ui.label(Integer.toString(i), 15f));
        s.setLabelTable(labels);
        s.setPaintLabels(true);
        return s;
    }
}

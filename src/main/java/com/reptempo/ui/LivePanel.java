package com.reptempo.ui;

import com.reptempo.app.live.LiveView;
import com.reptempo.model.TargetText;

import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingConstants;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.event.ActionEvent;
import java.util.Locale;

/**
 * The live exercise screen, for someone on the floor a few metres away: a huge rep counter and
 * side, the phase with its count, feedback in plain words, and the motion chart. Space starts and
 * stops a set; P pauses. Only renders {@link LiveView} snapshots.
 */
final class LivePanel extends JPanel {
    /** What the buttons and keys ask for. */
    interface Actions {
        void startOrStop();

        void pauseOrResume();

        void repeat();

        void next();
    }

    private final JLabel title = Ui.title("");
    private final JLabel target = Ui.label("", 18f);
    private final JLabel reps = big("0", 150f);
    private final JLabel repsOf = center(Ui.label("of 0", 30f));
    private final JLabel side = center(Ui.label("", 34f));
    private final JLabel phase = center(Ui.label(" ", 36f));
    private final JLabel count = big("", 150f);
    private final JLabel countOf = center(Ui.label("", 30f));
    private final JLabel feedback = center(Ui.label(" ", 30f));
    private final JLabel prompt = Ui.label(" ", 20f);
    private final JProgressBar calibration = new JProgressBar(0, 100);
    private final JButton startStop;
    private final JButton pause;
    final LiveChart chart = new LiveChart();

    LivePanel(Actions actions) {
        super(new BorderLayout(12, 8));
        setBorder(BorderFactory.createEmptyBorder(16, 28, 16, 28));
        JPanel head = new JPanel(new BorderLayout());
        head.add(title, BorderLayout.WEST);
        head.add(target, BorderLayout.EAST);
        add(head, BorderLayout.NORTH);

        JPanel counters = new JPanel(new GridLayout(1, 2, 24, 0));
        counters.add(column(center(Ui.label("REPS", 24f)), reps, repsOf, side));
        counters.add(column(phase, count, countOf, center(Ui.label(" ", 20f))));
        JPanel middle = new JPanel(new BorderLayout(0, 8));
        middle.add(counters, BorderLayout.CENTER);
        middle.add(feedback, BorderLayout.SOUTH);
        add(middle, BorderLayout.CENTER);

        startStop = Ui.primary("Start set  (space)", e -> actions.startOrStop());
        pause = Ui.button("Pause  (P)", e -> actions.pauseOrResume());
        JPanel buttons = new JPanel(new GridLayout(1, 0, 10, 0));
        buttons.add(Ui.button("Repeat exercise", e -> actions.repeat()));
        buttons.add(Ui.button("Next exercise", e -> actions.next()));
        buttons.add(pause);
        buttons.add(startStop);
        calibration.setStringPainted(true);
        calibration.setPreferredSize(new Dimension(260, 28));
        JPanel promptRow = new JPanel(new BorderLayout(12, 0));
        promptRow.add(prompt, BorderLayout.CENTER);
        promptRow.add(calibration, BorderLayout.EAST);
        JPanel south = new JPanel(new BorderLayout(0, 8));
        chart.component().setPreferredSize(new Dimension(800, 220));
        south.add(chart.component(), BorderLayout.NORTH);
        south.add(promptRow, BorderLayout.CENTER);
        south.add(buttons, BorderLayout.SOUTH);
        add(south, BorderLayout.SOUTH);

        bindKey("SPACE", "startStop", actions::startOrStop);
        bindKey("P", "pause", actions::pauseOrResume);
    }

    private void bindKey(String key, String name, Runnable r) {
        getInputMap(WHEN_IN_FOCUSED_WINDOW).put(Ui.key(key), name);
        getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                r.run();
            }
        });
    }

    /** Shows a snapshot. EDT only. */
    void render(LiveView v) {
        title.setText(v.exerciseName());
        target.setText(v.targetText());
        reps.setText(Integer.toString(v.reps()));
        repsOf.setText("of " + v.repTarget() + (v.side() != null ? " per side" : ""));
        side.setText(v.side() == null ? " " : v.side().toUpperCase(Locale.ROOT) + " SIDE   (L " + v.left() + " · R " + v.right() + ")");
        boolean moving = v.phase() != null;
        phase.setText(moving ? v.phase().replace('-', ' ').toUpperCase(Locale.ROOT)
                : v.stage() == LiveView.Stage.RUNNING ? "READY" : "NOW");
        count.setText(moving ? Integer.toString(v.count()) : " ");
        count.setForeground(moving && v.count() > v.countMax() ? Theme.WARN : Theme.foreground());
        countOf.setText(moving ? "of " + TargetText.TYPESET.range(v.countMin(), v.countMax()) : " ");
        feedback.setText(v.feedback().isEmpty() ? " " : "<html><center>" + String.join("<br>", v.feedback()) + "</center></html>");
        feedback.setForeground(v.feedback().isEmpty() ? Theme.foreground() : v.lastRepGood() ? Theme.GOOD : Theme.WARN);
        prompt.setText(v.prompt());
        calibration.setVisible(v.stage() == LiveView.Stage.CALIBRATING);
        calibration.setValue((int) Math.round(100 * v.calibration()));
        calibration.setString(v.stage() == LiveView.Stage.CALIBRATING ? "keep still… " + calibration.getValue() + "%" : "");
        startStop.setText(v.stage() == LiveView.Stage.RUNNING || v.stage() == LiveView.Stage.PAUSED ? "Stop set  (space)" : "Start set  (space)");
        startStop.setEnabled(v.stage() != LiveView.Stage.CALIBRATING);
        pause.setEnabled(v.stage() == LiveView.Stage.RUNNING || v.stage() == LiveView.Stage.PAUSED);
        pause.setText(v.stage() == LiveView.Stage.PAUSED ? "Resume  (P)" : "Pause  (P)");
    }

    private static JLabel big(String text, float size) {
        JLabel l = new JLabel(text, SwingConstants.CENTER);
        l.setFont(Theme.font(Font.BOLD, size));
        return l;
    }

    private static JLabel center(JLabel l) {
        l.setHorizontalAlignment(SwingConstants.CENTER);
        return l;
    }

    /** A bordered column: a heading, one huge number, and lines under it. */
    private static JPanel column(JLabel heading, JLabel big, JLabel... under) {
        JPanel p = new JPanel(new BorderLayout(0, 4));
        p.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createLineBorder(new Color(128, 128, 128, 80), 1, true),
                BorderFactory.createEmptyBorder(6, 6, 6, 6)));
        heading.setHorizontalAlignment(SwingConstants.CENTER);
        p.add(heading, BorderLayout.NORTH);
        p.add(big, BorderLayout.CENTER);
        JPanel lines = new JPanel(new GridLayout(0, 1));
        for (JLabel l : under) lines.add(l);
        p.add(lines, BorderLayout.SOUTH);
        return p;
    }
}

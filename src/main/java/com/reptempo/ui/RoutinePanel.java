package com.reptempo.ui;

import com.reptempo.app.live.RoutineController;
import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Placement;

import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.function.IntConsumer;

/** The routine: the four exercises, the chosen one's instructions and targets, and the safety notes. */
final class RoutinePanel extends JPanel {
    private final JList<ExerciseDefinition> list;
    private final JLabel name = Ui.title("");
    private final JLabel targets = Ui.label("", 18f);
    private final JLabel position = Ui.label("", 16f);
    private final JTextArea instructions = Ui.paragraph("", 19f);
    private final JLabel placement = Ui.label("", 16f);
    private final JButton start;
    private final javax.swing.JTextField pseudonym = new javax.swing.JTextField("me", 10);
    private final javax.swing.JSpinner painBefore = new javax.swing.JSpinner(new javax.swing.SpinnerNumberModel(0, 0, 10, 1));
    private final JLabel problem = Ui.label(" ", 15f);
    private boolean rendering;

    RoutinePanel(RoutineController routine, IntConsumer onSelect, Runnable onStart, Runnable onSkip, Runnable onFinish) {
        super(new BorderLayout(20, 12));
        setBorder(BorderFactory.createEmptyBorder(24, 32, 24, 32));

        list = new JList<>(routine.exercises().toArray(new ExerciseDefinition[0]));
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setFont(Theme.font(Font.PLAIN, 17f));
        list.setFixedCellHeight(64);
        list.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean selected, boolean focus) {
                ExerciseDefinition e = (ExerciseDefinition) value;
                return super.getListCellRendererComponent(l, "<html><b>" + (index + 1) + ". " + e.name() + "</b><br><small>"
                        + RoutineController.targetText(e) + "</small></html>", index, selected, focus);
            }
        });
        list.addListSelectionListener(e -> {
            if (!rendering && !e.getValueIsAdjusting() && list.getSelectedIndex() >= 0) onSelect.accept(list.getSelectedIndex());
        });
        list.setPreferredSize(new Dimension(300, 300));
        JPanel left = new JPanel(new BorderLayout(0, 10));
        left.add(Ui.label("Today's routine", 18f), BorderLayout.NORTH);
        left.add(list, BorderLayout.CENTER);
        left.add(safetyBox(), BorderLayout.SOUTH);
        add(left, BorderLayout.WEST);

        JPanel detail = new JPanel();
        detail.setLayout(new BoxLayout(detail, BoxLayout.Y_AXIS));
        for (Component c : new Component[]{name, targets, position, instructions, placement}) {
            ((javax.swing.JComponent) c).setAlignmentX(LEFT_ALIGNMENT);
            detail.add(c);
            detail.add(javax.swing.Box.createVerticalStrut(10));
        }
        JPanel detailTop = new JPanel(new BorderLayout());
        detailTop.add(detail, BorderLayout.NORTH);
        add(detailTop, BorderLayout.CENTER);

        start = Ui.primary("Start this exercise", e -> onStart.run());
        JPanel buttons = new JPanel(new GridLayout(1, 0, 12, 0));
        buttons.add(Ui.button("Skip it", e -> onSkip.run()));
        buttons.add(Ui.button("Finish for today", e -> onFinish.run()));
        buttons.add(start);
        JPanel who = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.LEFT, 8, 0));
        who.add(Ui.label("Your code name:", 15f));
        pseudonym.setFont(Theme.font(Font.PLAIN, 15f));
        pseudonym.setToolTipText("The pseudonym your physiotherapist gave you (letters, digits, - or _), never your real name");
        who.add(pseudonym);
        who.add(Ui.label("   Pain right now (0-10):", 15f));
        painBefore.setFont(Theme.font(Font.PLAIN, 15f));
        who.add(painBefore);
        problem.setForeground(Theme.BAD);
        JPanel south = new JPanel(new BorderLayout(8, 6));
        south.add(who, BorderLayout.WEST);
        south.add(buttons, BorderLayout.EAST);
        south.add(problem, BorderLayout.SOUTH);
        add(south, BorderLayout.SOUTH);
        putClientProperty(MainWindow.DEFAULT_BUTTON, start);
    }

    private static JPanel safetyBox() {
        JPanel box = new JPanel(new BorderLayout(0, 6));
        box.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createLineBorder(Theme.WARN, 2, true),
                BorderFactory.createEmptyBorder(8, 10, 8, 10)));
        JLabel head = Ui.label("Before you start", 16f);
        head.setFont(Theme.font(Font.BOLD, 16f));
        box.add(head, BorderLayout.NORTH);
        box.add(Ui.paragraph("• " + String.join("\n• ", RoutineController.SAFETY_NOTES), 14f), BorderLayout.CENTER);
        box.setPreferredSize(new Dimension(300, 250));
        return box;
    }

    String pseudonym() {
        return pseudonym.getText();
    }

    int painBefore() {
        return (Integer) painBefore.getValue();
    }

    /** Shows a problem (e.g. a pseudonym that is not allowed); null clears it. */
    void showProblem(String text) {
        problem.setText(text == null ? " " : text);
    }

    /** Shows the routine's current exercise. EDT only. */
    void render(RoutineController routine) {
        rendering = true;
        try {
            ExerciseDefinition e = routine.current();
            list.setSelectedIndex(routine.index());
            name.setText(e.name());
            targets.setText("Target: " + RoutineController.targetText(e));
            position.setText("Position: " + e.position());
            instructions.setText(e.instructions());
            placement.setText("Sensor: " + placementText(e.placement()));
            start.requestFocusInWindow();
        } finally {
            rendering = false;
        }
    }

    static String placementText(Placement p) {
        return switch (p) {
            case LOWER_BACK -> "clipped at the lower back, in the middle";
            case RIGHT_HIP -> "clipped at the hip (right side)";
            case LEFT_HIP -> "clipped at the hip (left side)";
            case UNSPECIFIED -> "wherever it moves with the exercise";
        };
    }
}

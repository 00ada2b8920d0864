package com.reptempo.ui;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.table.TableModel;
import java.awt.Font;
import java.awt.event.ActionListener;

/**
 * Small builders for the look shared by every screen (live and review). Type comes in two
 * scales: {@link Scale#MAT} for the live screens, read from the exercise mat, and
 * {@link Scale#DESK} for the review screens, read at a desk with more on them.
 */
public final class Ui {
    /**
     * Type sizes, points.
     */
    public enum Scale {
        /** Live screens, read from the mat. */
        MAT(26f, 16f, 18f, 16f),
        /** Review screens, read at a desk. */
        DESK(22f, 14f, 15f, 13f);

        private final float title_pt;
        private final float button_pt;
        private final float primary_pt;
        private final float table_pt;

        Scale(float title_pt, float button_pt, float primary_pt, float table_pt) {
            this.title_pt = title_pt;
            this.button_pt = button_pt;
            this.primary_pt = primary_pt;
            this.table_pt = table_pt;
        }
    }

    private Ui() {
    }

    /** A screen's title, at the live screens' size. */
    public static JLabel title(String text) {
        return title(text, Scale.MAT);
    }

    public static JLabel title(String text, Scale scale) {
        JLabel l = new JLabel(text);
        l.setFont(Theme.font(Font.BOLD, scale.title_pt));
        return l;
    }

    public static JLabel label(String text, float size) {
        JLabel l = new JLabel(text);
        l.setFont(Theme.font(Font.PLAIN, size));
        return l;
    }

    /** Read-only wrapped text that looks like a label. */
    public static JTextArea paragraph(String text, float size) {
        JTextArea a = new JTextArea(text);
        a.setFont(Theme.font(Font.PLAIN, size));
        a.setLineWrap(true);
        a.setWrapStyleWord(true);
        a.setEditable(false);
        a.setFocusable(false);
        a.setOpaque(false);
        a.setBorder(BorderFactory.createEmptyBorder());
        return a;
    }

    /** A button at the live screens' size. */
    public static JButton button(String text, ActionListener action) {
        return button(text, Scale.MAT, action);
    }

    public static JButton button(String text, Scale scale, ActionListener action) {
        JButton b = new JButton(text);
        b.setFont(Theme.font(Font.PLAIN, scale.button_pt));
        b.addActionListener(action);
        return b;
    }

    /** A prominent button for the main action of a screen, at the live screens' size. */
    public static JButton primary(String text, ActionListener action) {
        return primary(text, Scale.MAT, action);
    }

    /** A prominent button for the main action of a screen. */
    public static JButton primary(String text, Scale scale, ActionListener action) {
        JButton b = button(text, scale, action);
        b.setFont(Theme.font(Font.BOLD, scale.primary_pt));
        b.putClientProperty("JButton.buttonType", "roundRect");
        b.putClientProperty("FlatLaf.style", "background: $Component.accentColor; foreground: #ffffff");
        return b;
    }

    /** A table with bold headers and rows tall enough for the type. */
    public static JTable table(TableModel model, Scale scale) {
        JTable t = new JTable(model);
        t.setFont(Theme.font(Font.PLAIN, scale.table_pt));
        t.setRowHeight(Math.round(scale.table_pt * 1.85f));
        t.getTableHeader().setFont(Theme.font(Font.BOLD, scale.table_pt));
        t.setFillsViewportHeight(true);
        t.setBorder(BorderFactory.createEmptyBorder());
        return t;
    }

    public static KeyStroke key(String spec) {
        return KeyStroke.getKeyStroke(spec);
    }
}

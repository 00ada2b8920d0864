package com.reptempo.ui;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import java.awt.Font;
import java.awt.event.ActionListener;

/** Small builders for the look shared by the screens. */
final class Ui {
    private Ui() {
    }

    static JLabel title(String text) {
        JLabel l = new JLabel(text);
        l.setFont(Theme.font(Font.BOLD, 26f));
        return l;
    }

    static JLabel label(String text, float size) {
        JLabel l = new JLabel(text);
        l.setFont(Theme.font(Font.PLAIN, size));
        return l;
    }

    /** Read-only wrapped text that looks like a label. */
    static JTextArea paragraph(String text, float size) {
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

    static JButton button(String text, ActionListener action) {
        JButton b = new JButton(text);
        b.setFont(Theme.font(Font.PLAIN, 16f));
        b.addActionListener(action);
        return b;
    }

    /** A prominent button for the main action of a screen. */
    static JButton primary(String text, ActionListener action) {
        JButton b = button(text, action);
        b.setFont(Theme.font(Font.BOLD, 18f));
        b.putClientProperty("JButton.buttonType", "roundRect");
        b.putClientProperty("FlatLaf.style", "background: $Component.accentColor; foreground: #ffffff");
        return b;
    }

    static KeyStroke key(String spec) {
        return KeyStroke.getKeyStroke(spec);
    }
}

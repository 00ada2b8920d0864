package com.reptempo.ui.review;

import com.reptempo.ui.Theme;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JTable;
import java.awt.Font;
import java.awt.event.ActionListener;

/** The look of the review screens (the dashboard's own helpers are private to its package). */
final class Widgets {
    private Widgets() {
    }

    static JLabel title(String text) {
        JLabel l = new JLabel(text);
        l.setFont(Theme.font(Font.BOLD, 22f));
        return l;
    }

    static JLabel label(String text, float size) {
        JLabel l = new JLabel(text);
        l.setFont(Theme.font(Font.PLAIN, size));
        return l;
    }

    static JButton button(String text, ActionListener action) {
        JButton b = new JButton(text);
        b.setFont(Theme.font(Font.PLAIN, 14f));
        b.addActionListener(action);
        return b;
    }

    static JButton primary(String text, ActionListener action) {
        JButton b = button(text, action);
        b.setFont(Theme.font(Font.BOLD, 15f));
        b.putClientProperty("FlatLaf.style", "background: $Component.accentColor; foreground: #ffffff");
        return b;
    }

    static JTable table(javax.swing.table.TableModel model) {
        JTable t = new JTable(model);
        t.setFont(Theme.font(Font.PLAIN, 13f));
        t.setRowHeight(24);
        t.getTableHeader().setFont(Theme.font(Font.BOLD, 13f));
        t.setFillsViewportHeight(true);
        t.setBorder(BorderFactory.createEmptyBorder());
        return t;
    }
}

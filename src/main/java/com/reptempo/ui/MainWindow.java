package com.reptempo.ui;

import com.reptempo.app.live.SensorStatus;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.ButtonGroup;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one window: a header (modes, theme, sensor status always visible) over the current
 * screen. Screens are registered by name; the window only switches between them.
 */
final class MainWindow extends JFrame {
    /** Client property of a screen: its main button, pressed by Enter. */
    static final String DEFAULT_BUTTON = "reptempo.defaultButton";

    private final CardLayout cards = new CardLayout();
    private final JPanel content = new JPanel(cards);
    private final Map<String, Component> screens = new LinkedHashMap<>();
    private final JLabel sensor = Ui.label("No sensor", 15f);
    private final JLabel notice = Ui.label("", 13f);
    private final JPanel modes = new JPanel();
    private final ButtonGroup modeGroup = new ButtonGroup();
    private String current;

    MainWindow(Runnable onClose, Runnable onToggleTheme) {
        super("RepTempo");
        setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                onClose.run();
            }
        });
        JPanel header = new JPanel(new BorderLayout(16, 0));
        header.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, Theme.muted()),
                BorderFactory.createEmptyBorder(8, 16, 8, 16)));
        JLabel brand = new JLabel("RepTempo");
        brand.setFont(Theme.font(Font.BOLD, 20f));
        JPanel left = new JPanel(new BorderLayout(16, 0));
        left.add(brand, BorderLayout.WEST);
        left.add(modes, BorderLayout.CENTER);
        header.add(left, BorderLayout.WEST);
        JPanel right = new JPanel(new BorderLayout(12, 0));
        right.add(notice, BorderLayout.WEST);
        right.add(sensor, BorderLayout.CENTER);
        JButton theme = Ui.button("Light / dark", e -> onToggleTheme.run());
        theme.setFocusable(false);
        right.add(theme, BorderLayout.EAST);
        header.add(right, BorderLayout.EAST);
        getContentPane().add(header, BorderLayout.NORTH);
        getContentPane().add(content, BorderLayout.CENTER);
        setMinimumSize(new Dimension(1000, 680));
        setSize(new Dimension(1280, 800));
        setLocationRelativeTo(null);
    }

    /** Adds a mode button (e.g. "Exercise", "Review") that shows {@code screen}. */
    void addMode(String label, Runnable show) {
        JToggleButton b = new JToggleButton(label);
        b.setFont(Theme.font(Font.PLAIN, 16f));
        b.setFocusable(false);
        b.addActionListener(e -> show.run());
        modeGroup.add(b);
        modes.add(b);
        if (modeGroup.getButtonCount() == 1) b.setSelected(true);
    }

    void addScreen(String name, Component screen) {
        screens.put(name, screen);
        content.add(screen, name);
    }

    void show(String name) {
        if (!screens.containsKey(name)) throw new IllegalArgumentException("no screen " + name);
        current = name;
        cards.show(content, name);
        Component screen = screens.get(name);
        getRootPane().setDefaultButton(screen instanceof javax.swing.JComponent c
                ? (javax.swing.JButton) c.getClientProperty(DEFAULT_BUTTON) : null);
        screen.requestFocusInWindow();
    }

    String currentScreen() {
        return current;
    }

    Component screen(String name) {
        return screens.get(name);
    }

    /** A short notice in the header (e.g. no sound), with the full text as tooltip; null hides it. */
    void showNotice(String text) {
        notice.setText(text == null ? "" : text.startsWith("No sound") ? "no sound" : text);
        notice.setToolTipText(text);
        notice.setForeground(Theme.WARN);
    }

    /** Shows the sensor's state in the header. EDT only. */
    void showSensor(SensorStatus s) {
        sensor.setText(s.summary());
        sensor.setToolTipText(s.message());
        sensor.setForeground(s.alarming() ? Theme.BAD : Theme.foreground());
        sensor.setFont(Theme.font(s.alarming() ? Font.BOLD : Font.PLAIN, 15f));
    }
}

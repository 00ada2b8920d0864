package com.reptempo.ui.review;

import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** Drives the review screens from tests, always on the EDT (the ui package's helper is package-private). */
public final class ReviewSwing {
    private ReviewSwing() {
    }

    /** GUI tests fail rather than skip without a display; CI runs them under xvfb-run. */
    public static void requireDisplay() {
        assertFalse(GraphicsEnvironment.isHeadless(), "no display: run the tests with xvfb-run -a mvn test (bash .ci/run does)");
    }

    public static <T> T onEdt(Supplier<T> s) {
        AtomicReference<T> out = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> out.set(s.get()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
        return out.get();
    }

    public static void onEdt(Runnable r) {
        onEdt(() -> {
            r.run();
            return null;
        });
    }

    public static <T extends Component> List<T> all(Container root, Class<T> type, Predicate<T> p) {
        List<T> out = new ArrayList<>();
        for (Component c : root.getComponents()) {
            if (type.isInstance(c) && p.test(type.cast(c))) out.add(type.cast(c));
            if (c instanceof Container k) out.addAll(all(k, type, p));
        }
        return out;
    }

    /** Clicks the visible button whose text starts with {@code textStart}. */
    public static void click(Container root, String textStart) {
        AbstractButton b = onEdt(() -> all(root, AbstractButton.class, x -> x.getText() != null && x.getText().startsWith(textStart)
                && x.isShowing()).stream().findFirst().orElseThrow(() -> new AssertionError("no visible button '" + textStart + "'")));
        onEdt(() -> b.doClick());
    }

    /** True when a visible label or text component shows {@code text}. */
    public static boolean showsText(Container root, String text) {
        return onEdt(() -> !all(root, JLabel.class, l -> l.isShowing() && l.getText() != null && l.getText().contains(text)).isEmpty()
                || !all(root, JTextComponent.class, l -> l.isShowing() && l.getText() != null && l.getText().contains(text)).isEmpty());
    }

    public static boolean await(Supplier<Boolean> condition, long timeout_ms) throws InterruptedException {
        long end = System.nanoTime() + timeout_ms * 1_000_000;
        while (System.nanoTime() < end) {
            if (condition.get()) return true;
            Thread.sleep(20);
        }
        return condition.get();
    }
}

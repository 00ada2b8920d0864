package com.reptempo.ui;

import com.reptempo.model.Routine;

import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens the dashboard, visits each main screen in the light and the dark theme, and saves what
 * the window shows as PNG files. Needs a display (Xvfb works).
 */
public final class ScreenshotTour {
    private ScreenshotTour() {
    }

    /** Saves the screenshots into {@code dir} and returns their paths. Call from a non-EDT thread. */
    public static List<Path> run(Routine routine, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        Dashboard[] d = new Dashboard[1];
        onEdt(() -> d[0] = Dashboard.open(routine, false));
        try {
            for (boolean dark : new boolean[]{false, true}) {
                onEdt(() -> Theme.apply(dark));
                for (String screen : List.of(Dashboard.CONNECT, Dashboard.ROUTINE)) {
                    onEdt(() -> d[0].window().show(screen));
                    Thread.sleep(300);
                    Path file = dir.resolve(screen + (dark ? "-dark" : "-light") + ".png");
                    BufferedImage[] img = new BufferedImage[1];
                    onEdt(() -> img[0] = paint(d[0].window()));
                    ImageIO.write(img[0], "png", file.toFile());
                    written.add(file);
                }
            }
        } finally {
            onEdt(() -> d[0].quit());
        }
        return written;
    }

    /** Paints a component (and its children) into an image, as the screen shows it. EDT only. */
    static BufferedImage paint(Component c) {
        c.validate();
        BufferedImage img = new BufferedImage(Math.max(1, c.getWidth()), Math.max(1, c.getHeight()), BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        try {
            c.paintAll(g);
        } finally {
            g.dispose();
        }
        return img;
    }

    static void onEdt(Runnable r) throws InterruptedException {
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the dashboard failed while taking screenshots", e.getCause());
        }
    }
}

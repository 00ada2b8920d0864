package com.reptempo.ui;

import com.reptempo.app.live.SourceChoice;
import com.reptempo.model.Routine;
import com.reptempo.storage.session.SessionLibrary;

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
import java.util.OptionalLong;

/**
 * Opens the dashboard, visits each main screen in the light and the dark theme, and saves what
 * the window shows as PNG files. Needs a display (Xvfb works).
 */
public final class ScreenshotTour {
    /** The demo sensor runs this many times faster than real time during the tour. */
    private static final double DEMO_SPEED = 6.0;
    /** The demo person of the tour, the same every run so that its screenshots can be compared. */
    private static final long DEMO_SEED = 2024;

    private ScreenshotTour() {
    }

    /** Saves the screenshots into {@code dir} and returns their paths. Call from a non-EDT thread. */
    public static List<Path> run(Routine routine, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        Dashboard[] d = new Dashboard[1];
        SessionLibrary library = new SessionLibrary(Files.createTempDirectory("reptempo-tour-library"));
        com.reptempo.ui.review.ReviewTour.prepare(library, routine); // issue 7: sessions to review
        onEdt(() -> d[0] = Dashboard.open(routine, library, false, DEMO_SPEED, Dashboard.DEMO_RATE_HZ,
                OptionalLong.of(DEMO_SEED)));
        try {
            shoot(d[0], Dashboard.CONNECT, dir, written);
            onEdt(() -> {
                d[0].connectTo(SourceChoice.demo("cobra-lift", true), false);
                d[0].routine().select(1);
                d[0].routinePanelForTour().render(d[0].routine());
            });
            shoot(d[0], Dashboard.ROUTINE, dir, written);
            onEdt(() -> d[0].startExerciseNow());
            // fix (issue 7 tour): recording starts in the background, so wait for the live set before pressing space
            waitFor(() -> d[0].currentSet() != null, 15_000);
            onEdt(() -> d[0].spaceBar());
            waitFor(() -> d[0].currentSet().view(com.reptempo.app.live.CountAlong.Display.REST).reps() >= 3, 60_000);
            Thread.sleep(700);
            shoot(d[0], Dashboard.LIVE, dir, written);
            onEdt(() -> d[0].spaceBar());
            waitFor(() -> d[0].summaryPanel().rows() > 0, 10_000);
            shoot(d[0], Dashboard.SUMMARY, dir, written);
            onEdt(() -> d[0].finishForToday());
            shoot(d[0], Dashboard.END, dir, written);
            // issue 7: the review screens, and a sample report of a session and of the date range
            written.addAll(com.reptempo.ui.review.ReviewTour.visit(d[0].review(), screen -> shoot(d[0], screen, dir, written), dir));
        } finally {
            onEdt(() -> d[0].quit());
        }
        return written;
    }

    /** Saves the screen as it is now, in the light and the dark theme. */
    private static void shoot(Dashboard d, String screen, Path dir, List<Path> written) throws IOException, InterruptedException {
        for (boolean dark : new boolean[]{false, true}) {
            onEdt(() -> {
                d.window().show(screen);
                Theme.apply(dark);
                d.livePanel().chart.restyle();
                d.review().restyle(); // issue 7
            });
            Thread.sleep(250);
            BufferedImage[] img = new BufferedImage[1];
            onEdt(() -> img[0] = paint(d.window()));
            Path file = dir.resolve(screen + (dark ? "-dark" : "-light") + ".png");
            ImageIO.write(img[0], "png", file.toFile());
            written.add(file);
        }
        onEdt(() -> Theme.apply(false));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, long timeout_ms) throws InterruptedException {
        long end = System.nanoTime() + timeout_ms * 1_000_000;
        while (System.nanoTime() < end) {
            boolean[] ok = new boolean[1];
            onEdt(() -> ok[0] = condition.getAsBoolean());
            if (ok[0]) return;
            Thread.sleep(100);
        }
        throw new IllegalStateException("the dashboard did not get there in " + timeout_ms / 1000 + " s");
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

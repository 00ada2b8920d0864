package com.reptempo.ui;

import com.reptempo.storage.RoutineJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.reptempo.storage.session.SessionLibrary;
import java.nio.file.Path;

import javax.swing.JList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real dashboard window under a display (Xvfb in CI), driven like a person would. */
class DashboardGuiTest {
    private Dashboard dashboard;

    @TempDir
    Path dir;

    @BeforeEach
    void open() {
        Swing.requireDisplay();
        SessionLibrary library = new SessionLibrary(dir.resolve("library"));
        dashboard = Swing.onEdt(() -> Dashboard.open(RoutineJson.bundled(), library, false));
    }

    @AfterEach
    void close() {
        if (dashboard != null) Swing.onEdt(() -> dashboard.quit());
    }

    @Test
    void theDemoSensorConnectsAndTheRoutineCanBeBrowsed() throws InterruptedException {
        MainWindow w = dashboard.window();
        assertEquals(Dashboard.CONNECT, Swing.onEdt(w::currentScreen));
        assertTrue(Swing.showsText(w, "Connect your sensor"));
        assertTrue(Swing.await(() -> !Swing.onEdt(() -> dashboard.connectController().state().listing()), 10_000), "ports listed");

        Swing.click(w, "Demo sensor");
        Swing.click(w, "Connect");
        assertEquals(Dashboard.ROUTINE, Swing.onEdt(w::currentScreen));
        assertTrue(Swing.await(() -> Swing.showsText(w, "Connected"), 8000), "the header shows the demo sensor connected");

        assertTrue(Swing.showsText(w, "Heel scoop"));
        assertTrue(Swing.showsText(w, "Before you start"));
        @SuppressWarnings("unchecked")
        JList<Object> list = Swing.onEdt(() -> (JList<Object>) Swing.all(w, JList.class, l -> l.isShowing()).get(0));
        Swing.onEdt(() -> list.setSelectedIndex(1));
        assertTrue(Swing.showsText(w, "Cobra lift"));
        assertTrue(Swing.showsText(w, "lift 4, hold 2–3, lower 4 counts"));
        Swing.click(w, "Skip it");
        assertTrue(Swing.showsText(w, "Rear leg lift"));
    }

    @Test
    void aLiveSetWithTheDemoSensorCountsRepsAndEndsInASummary() throws InterruptedException, java.io.IOException {
        Swing.onEdt(() -> dashboard.quit());
        SessionLibrary library = new SessionLibrary(dir.resolve("library"));
        dashboard = Swing.onEdt(() -> Dashboard.open(RoutineJson.bundled(), library, false, 8.0, Dashboard.DEMO_RATE_HZ));
        MainWindow w = dashboard.window();
        Swing.onEdt(() -> {
            dashboard.connectTo(com.reptempo.app.live.SourceChoice.demo("heel-scoop", false), false);
            dashboard.startExerciseNow();
        });
        assertTrue(Swing.await(() -> Dashboard.LIVE.equals(Swing.onEdt(w::currentScreen)), 10_000),
                "recording starts and the live screen opens");
        assertTrue(Swing.showsText(w, "press space"), "the calibration prompt");
        Swing.onEdt(() -> dashboard.spaceBar());
        assertTrue(Swing.await(() -> Swing.onEdt(() -> dashboard.currentSet().view(com.reptempo.app.live.CountAlong.Display.REST).reps()) >= 2,
                60_000), "reps are counted live");
        assertTrue(Swing.showsText(w, "SIDE"), "the heel scoop shows its side");
        assertTrue(Swing.onEdt(() -> dashboard.livePanel().chart.pointCount()) > 50, "the chart draws the motion");
        Swing.click(w, "Stop set");
        assertTrue(Swing.await(() -> Dashboard.SUMMARY.equals(Swing.onEdt(w::currentScreen)), 5000));
        // the demo's seed varies, and the finished set may withdraw a rep counted live (a first rep
        // found to be settling, a movement still waiting): the summary lists the finished set's reps
        int counted = Swing.onEdt(() -> dashboard.currentSet().result().count());
        assertTrue(counted >= 1, "the finished set keeps reps");
        assertEquals(counted, Swing.onEdt(() -> dashboard.summaryPanel().rows()), "the summary lists every rep of the finished set");
        Swing.click(w, "Next exercise");
        assertTrue(Swing.showsText(w, "Cobra lift"));
        Swing.click(w, "Finish for today");
        assertTrue(Swing.showsText(w, "How do you feel"));
        Swing.click(w, "Save session");
        assertTrue(Swing.await(() -> Swing.showsText(w, "Saved"), 15_000), "the session is saved to the library");
        assertEquals(1, library.list(com.reptempo.storage.session.SessionFilter.ALL).sessions().size(), "one session in the library");
    }

    @Test
    void theThemeSwitchesBetweenLightAndDark() {
        MainWindow w = dashboard.window();
        Swing.click(w, "Light / dark");
        assertTrue(Swing.onEdt(Theme::isDark));
        Swing.click(w, "Light / dark");
        assertTrue(!Swing.onEdt(Theme::isDark));
    }
}

package com.reptempo.ui;

import com.reptempo.storage.RoutineJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.swing.JList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real dashboard window under a display (Xvfb in CI), driven like a person would. */
class DashboardGuiTest {
    private Dashboard dashboard;

    @BeforeEach
    void open() {
        Swing.requireDisplay();
        dashboard = Swing.onEdt(() -> Dashboard.open(RoutineJson.bundled(), false));
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
        assertTrue(Swing.showsText(w, "lift 4, hold 2 to 3, lower 4 counts"));
        Swing.click(w, "Skip it");
        assertTrue(Swing.showsText(w, "Rear leg lift"));
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

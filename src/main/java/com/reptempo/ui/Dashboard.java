package com.reptempo.ui;

import com.reptempo.app.live.ConnectController;
import com.reptempo.app.live.RoutineController;
import com.reptempo.app.live.SensorLink;
import com.reptempo.app.live.SourceChoice;
import com.reptempo.app.live.SourceFactory;
import com.reptempo.device.SerialPorts;
import com.reptempo.model.Routine;

import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Builds the dashboard and wires controllers to screens. Threads: Swing only on the EDT; port
 * listing, connecting and closing on a background executor; samples on the source's reader
 * thread; screens refresh from immutable snapshots on a ~30 Hz Swing Timer.
 */
public final class Dashboard {
    static final String CONNECT = "connect";
    static final String ROUTINE = "routine";
    private static final int REFRESH_MS = 33;

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dashboard-background");
        t.setDaemon(true);
        return t;
    });
    private final SensorLink link;
    private final RoutineController routine;
    private final ConnectController connect;
    private final MainWindow window;
    private final ConnectPanel connectPanel;
    private final RoutinePanel routinePanel;
    private final SoundCues sound = new SoundCues();
    private final Timer refresh;

    private Dashboard(Routine r) {
        link = new SensorLink(new SourceFactory(r));
        routine = new RoutineController(r);
        window = new MainWindow(this::quit, this::toggleTheme);
        connectPanel = new ConnectPanel(this::connectTo);
        connect = new ConnectController(SerialPorts::list, background, SwingUtilities::invokeLater, connectPanel::render);
        connectPanel.bind(connect);
        routinePanel = new RoutinePanel(routine, i -> {
            routine.select(i);
            routinePanel().render(routine);
        }, this::startExercise, this::skipExercise, this::finishRoutine);
        window.addMode("Exercise", () -> window.show(link.choice() == null ? CONNECT : ROUTINE));
        window.addScreen(CONNECT, connectPanel);
        window.addScreen(ROUTINE, routinePanel);
        refresh = new Timer(REFRESH_MS, e -> tick());
    }

    private RoutinePanel routinePanel() {
        return routinePanel;
    }

    /** Opens the dashboard; call on the EDT. */
    public static Dashboard open(Routine routine, boolean dark) {
        Theme.apply(dark);
        Dashboard d = new Dashboard(routine);
        d.window.show(CONNECT);
        d.routinePanel.render(d.routine);
        d.window.setVisible(true);
        d.connect.refreshPorts();
        String noSound = d.sound.open();
        if (noSound != null) d.window.showSensor(com.reptempo.app.live.SensorStatus.NONE);
        d.refresh.start();
        return d;
    }

    MainWindow window() {
        return window;
    }

    ConnectController connectController() {
        return connect;
    }

    private void tick() {
        window.showSensor(link.status());
    }

    private void connectTo(SourceChoice choice) {
        background.execute(() -> link.connect(choice));
        window.show(ROUTINE);
    }

    private void startExercise() {
        JOptionPane.showMessageDialog(window, "Live coaching for " + routine.current().name()
                + " needs the rep counter, which is not built yet.", "RepTempo", JOptionPane.INFORMATION_MESSAGE);
    }

    private void skipExercise() {
        routine.next();
        routinePanel.render(routine);
    }

    private void finishRoutine() {
        window.show(CONNECT);
    }

    private void toggleTheme() {
        Theme.apply(!Theme.isDark());
    }

    void quit() {
        refresh.stop();
        window.dispose();
        background.execute(() -> {
            link.close();
            sound.close();
        });
        background.shutdown();
    }
}

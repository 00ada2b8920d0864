package com.reptempo.ui;

import com.reptempo.app.live.ConnectController;
import com.reptempo.app.live.CountAlong;
import com.reptempo.app.live.LiveSession;
import com.reptempo.app.live.LiveSetController;
import com.reptempo.storage.session.SessionLibrary;
import java.time.Clock;
import com.reptempo.app.live.LiveView;
import com.reptempo.model.PhaseTarget;
import com.reptempo.model.SetResult;
import com.reptempo.pipeline.LiveState;
import com.reptempo.pipeline.PipelineOptions;
import com.reptempo.app.live.RoutineController;
import com.reptempo.app.live.SensorLink;
import com.reptempo.app.live.SourceChoice;
import com.reptempo.app.live.SourceFactory;
import com.reptempo.device.SerialPorts;
import com.reptempo.model.Routine;

import javax.swing.SwingUtilities;
import javax.swing.Timer;
import java.util.OptionalLong;
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
    static final String LIVE = "live";
    static final String SUMMARY = "summary";
    static final String END = "end";
    /** Refresh period: 30 ms gives a little over 30 frames per second. */
    static final int REFRESH_MS = 30;
    /** Samples and the journal are flushed to the library at least this often (on top of the recorder's own flushing). */
    private static final int CHECKPOINT_MS = 30_000;
    /** The demo sensor's rate: a typical 100 Hz IMU. */
    static final double DEMO_RATE_HZ = 100;

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
    private LivePanel livePanel;
    private final SetSummaryPanel summaryPanel;
    private final EndPanel endPanel;
    private final SoundCues sound = new SoundCues();
    private final CountAlong countAlong = new CountAlong();
    private final Timer refresh;
    private final java.util.List<SetResult> sets = new java.util.ArrayList<>();
    private LiveSetController set;
    private final SessionLibrary library;
    private final LiveSession session;
    private final Timer checkpoints;
    /** Review mode (issue 7): the physiotherapist's screens. */
    private final com.reptempo.ui.review.ReviewScreens review;

    private Dashboard(Routine r, SessionLibrary library, double demoSpeed, double demoRate_hz, OptionalLong demoSeed) {
        link = new SensorLink(new SourceFactory(r, demoSpeed, demoRate_hz, demoSeed));
        this.library = library;
        session = new LiveSession(library, r, link, Clock.systemDefaultZone());
        checkpoints = new Timer(CHECKPOINT_MS, e -> background.execute(this::checkpoint));
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
        summaryPanel = new SetSummaryPanel(this::nextExercise, this::startExercise);
        endPanel = new EndPanel(this::save);
        window.addScreen(CONNECT, connectPanel);
        window.addScreen(ROUTINE, routinePanel);
        window.addScreen(SUMMARY, summaryPanel);
        window.addScreen(END, endPanel);
        // Review mode (issue 7): library, session, trends and prescription screens
        review = new com.reptempo.ui.review.ReviewScreens(window::addScreen, window::show, window, library, r);
        window.addMode("Review", review::open);
        refresh = new Timer(REFRESH_MS, e -> tick());
    }

    /** The review mode's screens (issue 7). */
    com.reptempo.ui.review.ReviewScreens review() {
        return review;
    }

    private RoutinePanel routinePanel() {
        return routinePanel;
    }

    RoutinePanel routinePanelForTour() {
        return routinePanel;
    }

    /** Opens the dashboard on the given session library; call on the EDT. */
    public static Dashboard open(Routine routine, SessionLibrary library, boolean dark) {
        return open(routine, library, dark, 1.0, DEMO_RATE_HZ);
    }

    /** Opens the dashboard with the demo sensor running {@code demoSpeed} times faster than real time at {@code demoRate_hz}. */
    static Dashboard open(Routine routine, SessionLibrary library, boolean dark, double demoSpeed, double demoRate_hz) {
        return open(routine, library, dark, demoSpeed, demoRate_hz, OptionalLong.empty());
    }

    /** As {@link #open(Routine, SessionLibrary, boolean, double, double)}, with the demo person's seed (a reproducible tour). */
    static Dashboard open(Routine routine, SessionLibrary library, boolean dark, double demoSpeed, double demoRate_hz,
                          OptionalLong demoSeed) {
        Theme.apply(dark);
        Dashboard d = new Dashboard(routine, library, demoSpeed, demoRate_hz, demoSeed);
        d.window.show(CONNECT);
        d.routinePanel.render(d.routine);
        d.window.setVisible(true);
        d.connect.refreshPorts();
        d.window.showNotice(d.sound.open());
        d.refresh.start();
        d.checkpoints.start();
        new RecoveryPrompt(library, d.background, d.window).offer();
        return d;
    }

    MainWindow window() {
        return window;
    }

    com.reptempo.app.live.SensorStatus linkStatus() {
        return link.status();
    }

    LiveSetController currentSet() {
        return set;
    }

    RoutineController routine() {
        return routine;
    }

    SetSummaryPanel summaryPanel() {
        return summaryPanel;
    }

    /** The live screen, built when first needed (its chart library takes a moment to load). */
    LivePanel livePanel() {
        if (livePanel == null) {
            LivePanel panel = new LivePanel(new LivePanel.Actions() {
                @Override
                public void startOrStop() {
                    startOrStopSet();
                }

                @Override
                public void pauseOrResume() {
                    if (set != null) set.pauseOrResume();
                }

                @Override
                public void repeat() {
                    stopSet(false);
                    startExercise();
                }

                @Override
                public void next() {
                    stopSet(false);
                    nextExercise();
                }
            });
            livePanel = panel;
            window.addScreen(LIVE, panel);
        }
        return livePanel;
    }

    /** The actions a person takes with the mouse or keys, for tours and GUI tests. */
    void connectTo(SourceChoice choice, boolean wait) {
        connectTo(choice);
    }

    void startExerciseNow() {
        startExercise();
    }

    void spaceBar() {
        startOrStopSet();
    }

    void finishForToday() {
        finishRoutine();
    }

    ConnectController connectController() {
        return connect;
    }

    /** Ticks of the refresh timer so far (for the frame-rate benchmark). */
    long ticks() {
        return ticks;
    }

    private long ticks;
    private final double[] tickCost_ms = new double[1 << 16];

    /** How long the refreshes so far took on the EDT, ms (at most the last 65536). */
    double[] tickCosts_ms() {
        int n = (int) Math.min(ticks, tickCost_ms.length);
        return java.util.Arrays.copyOf(tickCost_ms, n);
    }

    private void tick() {
        long t0 = System.nanoTime();
        refreshScreens();
        tickCost_ms[(int) (ticks++ % tickCost_ms.length)] = (System.nanoTime() - t0) / 1e6;
    }

    private void refreshScreens() {
        window.showSensor(link.status());
        LiveSetController s = set;
        if (s == null || !LIVE.equals(window.currentScreen())) return;
        LiveState state = s.liveState();
        if (state != null) {
            PhaseTarget t = state.phase() == null ? null : s.target(state.phase());
            for (CountAlong.Cue cue : countAlong.update(state.t_s(), t == null ? null : state.phase(),
                    state.t_s() - state.timeInPhase_s(), t == null ? 0 : t.min_s(), t == null ? 0 : t.max_s())) {
                sound.play(cue);
            }
        }
        for (LiveSetController.RepEvent e : s.newRepEvents()) sound.repDone(e.rep().faults().isEmpty());
        LivePanel live = livePanel();
        for (LiveSetController.PhaseBand b : s.newPhaseBands()) live.chart.phaseBand(b.phase(), b.start_s(), b.min_s(), b.max_s());
        live.chart.append(s.newTracePoints());
        live.render(s.view(countAlong.display()));
    }

    private void connectTo(SourceChoice choice) {
        background.execute(() -> link.connect(choice));
        window.show(ROUTINE);
    }

    /** Opens the live screen for the current exercise (recording starts with the first); the set starts with space. */
    private void startExercise() {
        if (!session.recording()) {
            String who = routinePanel.pseudonym();
            int pain = routinePanel.painBefore();
            background.execute(() -> {
                String problem = null;
                try {
                    session.begin(who, pain);
                } catch (IllegalArgumentException | java.io.IOException e) {
                    problem = e.getMessage();
                }
                String p = problem;
                SwingUtilities.invokeLater(() -> {
                    routinePanel.showProblem(p == null ? null : "Cannot record this session: " + p);
                    if (p == null) {
                        endPanel.setPainBefore(pain);
                        openLiveScreen();
                    }
                });
            });
            return;
        }
        openLiveScreen();
    }

    private void openLiveScreen() {
        set = new LiveSetController(session.inForce(routine.current()), PipelineOptions.defaults(), link);
        livePanel().chart.clear();
        livePanel().render(set.view(countAlong.display()));
        window.show(LIVE);
    }

    private void startOrStopSet() {
        LiveSetController s = set;
        if (s == null) return;
        switch (s.stage()) {
            case READY -> {
                s.start();
                background.execute(() -> record(() -> session.beginSet(s.exercise())));
            }
            case RUNNING, PAUSED -> stopSet(true);
            default -> { }
        }
    }

    /** Ends the running set off the EDT; shows its summary when asked. */
    private void stopSet(boolean showSummary) {
        LiveSetController s = set;
        if (s == null || s.stage() == LiveView.Stage.READY) return;
        background.execute(() -> {
            boolean first = s.result() == null;
            SetResult result = s.stop();
            if (first) record(() -> session.endSet(result));
            SwingUtilities.invokeLater(() -> {
                if (!result.reps().isEmpty()) sets.add(result);
                if (showSummary) {
                    summaryPanel.render(s.exercise().name(), result, s.exercise().perSide());
                    window.show(SUMMARY);
                }
            });
        });
    }

    private void nextExercise() {
        routine.next();
        if (routine.done()) {
            finishRoutine();
            return;
        }
        routinePanel.render(routine);
        window.show(ROUTINE);
    }

    private void skipExercise() {
        nextExercise();
    }

    private void finishRoutine() {
        stopSet(false);
        window.show(END);
    }

    private void save(EndPanel.Entry entry) {
        background.execute(() -> {
            String text;
            boolean ok;
            try {
                java.nio.file.Path file = session.finish(entry.painBefore(), entry.painAfter(), entry.notes());
                ok = file != null;
                text = ok ? "Saved: " + file.getFileName() + " in " + file.getParent() + ". Your physiotherapist can open it."
                        : "Nothing was recorded today, so there is nothing to save.";
            } catch (java.io.IOException e) {
                ok = false;
                text = "Saving failed: " + e.getMessage() + ". Nothing is lost: RepTempo offers to recover it at the next start.";
            }
            String t = text;
            boolean good = ok;
            SwingUtilities.invokeLater(() -> endPanel.showResult(t, good));
        });
    }

    /** A library write that must not stop the coaching when the disk misbehaves: it is shown instead. */
    private interface LibraryWrite {
        void run() throws java.io.IOException;
    }

    private void record(LibraryWrite write) {
        try {
            write.run();
        } catch (java.io.IOException e) {
            String m = "Recording problem: " + e.getMessage();
            SwingUtilities.invokeLater(() -> window.showNotice(m));
        }
    }

    private void checkpoint() {
        record(session::checkpoint);
    }

    private void toggleTheme() {
        Theme.apply(!Theme.isDark());
        if (livePanel != null) livePanel.chart.restyle();
        review.restyle(); // issue 7
    }

    void quit() {
        refresh.stop();
        checkpoints.stop();
        window.dispose();
        review.close(); // issue 7
        background.execute(() -> {
            if (set != null) set.stop();
            record(session::abandon);
            link.close();
            sound.close();
        });
        background.shutdown();
    }
}

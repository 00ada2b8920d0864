package com.reptempo.ui;

import com.reptempo.app.live.SourceChoice;
import com.reptempo.storage.RoutineJson;

import javax.swing.SwingUtilities;
import javax.swing.Timer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The live screen under a one-hour demo session, run faster than real time: the demo sensor
 * streams an hour of samples (the whole routine, looping) at 100 Hz and at 200 Hz through the real
 * protocol into the pipeline while the live screen refreshes. Prints the refresh rate actually
 * achieved, the cost of each refresh on the EDT (median, p99), the heap after GC and its peak, and
 * the time from JVM start to the first visible window. A refresh reads the snapshots, feeds the
 * chart and renders the labels; Swing then paints what changed. Needs a display (xvfb-run).
 *
 * <p>Run: {@code xvfb-run -a mvn -q -B -Dreptempo.buildDir=/tmp/rt-bench test-compile exec:exec
 * -Dexec.executable=java -Dexec.classpathScope=test -Dexec.args="-Xmx300m -cp %classpath com.reptempo.ui.LiveScreenBenchmark"}
 */
public final class LiveScreenBenchmark {
    private static final double SESSION_S = 3600;
    private static final double SPEED = 40;

    public static void main(String[] args) throws Exception {
        long jvmStart_ms = ManagementFactory.getRuntimeMXBean().getStartTime();
        Dashboard[] d = new Dashboard[1];
        SwingUtilities.invokeAndWait(() -> d[0] = Dashboard.open(RoutineJson.bundled(), library(), false, SPEED, 100));
        long firstWindow_ms = System.currentTimeMillis() - jvmStart_ms;
        SwingUtilities.invokeAndWait(() -> d[0].quit());
        System.out.printf(Locale.ROOT, "launch to first window: %d ms (JVM start to visible window)%n", firstWindow_ms);
        System.out.println("rate_hz session_s wall_s refresh_per_s tick_median_ms tick_p99_ms heap_after_gc_mb heap_peak_mb samples");
        for (double rate : new double[]{100, 200}) run(rate);
        System.exit(0);
    }

    private static void run(double rate_hz) throws Exception {
        Dashboard[] d = new Dashboard[1];
        SwingUtilities.invokeAndWait(() -> {
            d[0] = Dashboard.open(RoutineJson.bundled(), library(), false, SPEED, rate_hz);
            d[0].connectTo(SourceChoice.demo("routine", true), false);
            d[0].startExerciseNow();
        });
        Thread.sleep(300);
        SwingUtilities.invokeAndWait(() -> d[0].spaceBar());
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long[] peak = {0};
        Timer heapProbe = new Timer(100, e -> peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed()));
        SwingUtilities.invokeAndWait(heapProbe::start);
        long ticks0 = d[0].ticks();
        long start = System.nanoTime();
        double wall_s = SESSION_S / SPEED;
        Thread.sleep((long) (wall_s * 1000));
        double elapsed_s = (System.nanoTime() - start) / 1e9;
        long ticks = d[0].ticks() - ticks0;
        SwingUtilities.invokeAndWait(heapProbe::stop);
        System.gc();
        Thread.sleep(200);
        double heapAfter_mb = memory.getHeapMemoryUsage().getUsed() / 1e6;
        long samples = d[0].linkStatus().stats().samples();
        double[] all = d[0].tickCosts_ms();
        double[] c = Arrays.copyOfRange(all, Math.max(0, all.length - (int) ticks), all.length);
        Arrays.sort(c);
        System.out.printf(Locale.ROOT, "%.0f %.0f %.1f %.1f %.2f %.2f %.1f %.1f %d%n", rate_hz, samples / rate_hz, elapsed_s,
                ticks / elapsed_s, c[c.length / 2], c[(int) (c.length * 0.99)], heapAfter_mb, peak[0] / 1e6, samples);
        SwingUtilities.invokeAndWait(() -> d[0].quit());
    }

    private static com.reptempo.storage.session.SessionLibrary library() {
        try {
            return new com.reptempo.storage.session.SessionLibrary(java.nio.file.Files.createTempDirectory("reptempo-bench-library"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private LiveScreenBenchmark() {
    }
}

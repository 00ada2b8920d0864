package com.reptempo.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The {@link PipelineBenchmark} cases timed by the analysing thread's CPU time rather than wall
 * time, for a machine shared with other work (JMH's wall-clock figures then depend on the load).
 * Prints, per case, the fastest and the median CPU time of {@code runs} analyses of the hour after
 * {@code warmups} unmeasured ones (default 40 and 30: with fewer warm-ups the first case is still
 * being compiled on a two-core machine).
 *
 * <p>Run: {@code java -cp <test classpath> com.reptempo.bench.PipelineCpuTime [warmups] [runs] [case...]},
 * a case being {@code exercise/sensor}, e.g. {@code custom-fast/gyro}; all six when none is given.
 */
public final class PipelineCpuTime {
    private PipelineCpuTime() {
    }

    public static void main(String[] args) {
        int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String[] cases = args.length > 2 ? Arrays.copyOfRange(args, 2, args.length)
                : new String[] {"rear-leg-lift/gyro", "rear-leg-lift/accel-only", "custom/gyro", "custom/accel-only",
                        "custom-fast/gyro", "custom-fast/accel-only"};
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String c : cases) {
            PipelineBenchmark b = new PipelineBenchmark();
            b.exercise = c.substring(0, c.indexOf('/'));
            b.sensor = c.substring(c.indexOf('/') + 1);
            b.setup();
            int reps = 0;
            for (int i = 0; i < warmups; i++) reps = b.analyseOneHour().reps().size();
            double[] cpu_ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t0_ns = threads.getCurrentThreadCpuTime();
                b.analyseOneHour();
                cpu_ms[i] = (threads.getCurrentThreadCpuTime() - t0_ns) / 1e6;
            }
            Arrays.sort(cpu_ms);
            double median_ms = cpu_ms[runs / 2];
            System.out.printf("%-26s reps %5d  CPU ms per hour: min %6.1f  median %6.1f  (%.1f M samples/s at the median)%n",
                    c, reps, cpu_ms[0], median_ms, b.hour.size() / median_ms / 1000);
        }
    }
}

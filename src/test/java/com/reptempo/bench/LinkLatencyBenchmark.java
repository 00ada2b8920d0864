package com.reptempo.bench;

import com.reptempo.device.LinkState;
import com.reptempo.device.SerialPortSource;
import com.reptempo.device.SourceListener;
import com.reptempo.model.Sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * End-to-end latency over a real pseudo-terminal: from the C fake device's write() of a frame
 * (its CLOCK_REALTIME, logged with --write-log) to the batch's last sample reaching the
 * SampleSource listener (the pipeline interface), measured with the same wall clock.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:exec
 * -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-cp %classpath com.reptempo.bench.LinkLatencyBenchmark"}
 */
public final class LinkLatencyBenchmark {
    public static void main(String[] args) throws Exception {
        Process make = new ProcessBuilder("make", "-s", "-C", "firmware-protocol/c").inheritIO().start();
        if (make.waitFor() != 0) throw new IOException("building the fake device failed");
        System.out.println("rate_hz batch seconds frames median_ms p99_ms max_ms lost");
        run(100, 1, 20);
        run(100, 10, 20);
        run(1000, 10, 10);
    }

    private static void run(int rate, int batch, int seconds) throws Exception {
        Path dir = Files.createTempDirectory("reptempo-latency");
        Path dev = dir.resolve("dev");
        Path host = dir.resolve("host");
        Path log = dir.resolve("writes.log");
        Process socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + dev, "pty,raw,echo=0,link=" + host)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        while (!Files.exists(host) || !Files.exists(dev)) Thread.sleep(10);
        List<long[]> arrivals = new ArrayList<>();
        SourceListener listener = new SourceListener() {
            long index;

            @Override
            public void onSample(Sample sample) {
                Instant now = Instant.now();
                synchronized (arrivals) {
                    arrivals.add(new long[]{index++, now.getEpochSecond() * 1_000_000_000L + now.getNano()});
                }
            }

            @Override
            public void onStateChanged(LinkState state, String message) {
                if (state == LinkState.FAILED) System.err.println(message);
            }
        };
        try (SerialPortSource source = new SerialPortSource(host.toString(), 921_600)) {
            source.start(listener);
            Process device = new ProcessBuilder("firmware-protocol/c/build/fake_device", "--port", dev.toString(),
                    "--rate", "" + rate, "--batch", "" + batch, "--gyro", "--duration", "" + seconds, "--write-log", log.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            device.waitFor(seconds + 20L, TimeUnit.SECONDS);
            Thread.sleep(500);
            report(rate, batch, seconds, log, arrivals, source.stats().lostSamples());
        } finally {
            socat.destroyForcibly().waitFor();
        }
    }

    private static void report(int rate, int batch, int seconds, Path log, List<long[]> arrivals, long lost) throws IOException {
        List<String> lines = Files.readAllLines(log).stream().filter(l -> !l.isBlank()).toList();
        long[] arrival = new long[arrivals.size()];
        synchronized (arrivals) {
            for (long[] a : arrivals) arrival[(int) a[0]] = a[1];
        }
        double[] latency_ms = new double[lines.size()];
        int n = 0;
        long sampleIndex = -1;
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            sampleIndex += Long.parseLong(f[1]);
            if (sampleIndex >= arrival.length) break;
            latency_ms[n++] = (arrival[(int) sampleIndex] - Long.parseLong(f[2])) / 1e6;
        }
        double[] l = Arrays.copyOf(latency_ms, n);
        Arrays.sort(l);
        System.out.printf(Locale.ROOT, "%d %d %d %d %.3f %.3f %.3f %d%n", rate, batch, seconds, n,
                l[n / 2], l[(int) Math.min(n - 1, Math.ceil(n * 0.99) - 1)], l[n - 1], lost);
    }

    private LinkLatencyBenchmark() {
    }
}

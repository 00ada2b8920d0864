package com.reptempo.bench;

import com.reptempo.app.SessionPipeline;
import com.reptempo.app.SessionPrescriptions;
import com.reptempo.app.SessionReanalyzer;
import com.reptempo.app.SessionRecorder;
import com.reptempo.app.SessionReopener;
import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Routine;
import com.reptempo.model.Sample;
import com.reptempo.model.SetResult;
import com.reptempo.protocol.DeviceMessage;
import com.reptempo.protocol.FrameEncoder;
import com.reptempo.simulator.Pacing;
import com.reptempo.simulator.SampleStream;
import com.reptempo.simulator.SessionPlan;
import com.reptempo.storage.RoutineJson;
import com.reptempo.storage.SampleCsvWriter;
import com.reptempo.storage.session.SessionContents;
import com.reptempo.storage.session.SessionFileEntries;
import com.reptempo.storage.session.SessionFileReader;
import com.reptempo.storage.session.SessionJson;
import com.reptempo.storage.session.SessionLibrary;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Session recording and reopening (issue 5): a 30-minute session at 100 Hz with gyroscope
 * (simulated routine, looped) recorded through {@link SessionRecorder} without and with a raw
 * serial capture (the binary protocol frames a sensor would send, 10 samples per frame).
 * Prints the recording cost per sample on the reader thread (onSample/onRawBytes; the journal
 * writes at set boundaries and the 30-s checkpoints happen on the caller's thread and are not
 * counted), the time to pack the file, its size, and the time to open it and re-analyse every
 * set with the real pipeline, warm and in fresh JVMs. For comparison, the same sessions are also
 * written in the layout of schema version 1 (samples as CSV), which is still read.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-cp %classpath com.reptempo.bench.SessionBenchmark"}. Only the fresh-JVM opens of
 * files made before: {@code ... SessionBenchmark --cold N FILE...}.
 */
public final class SessionBenchmark {
    static final int RATE_HZ = 100;
    static final int SAMPLES = 30 * 60 * RATE_HZ;
    static final int BATCH = 10;

    /** The real analysis: the same pipeline that coaches live. */
    static final SessionReanalyzer ANALYZER = SessionPipeline.current().orElseThrow();

    private SessionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--open")) {
            coldOpen(Path.of(args[1]));
            return;
        }
        if (args.length >= 3 && args[0].equals("--cold")) {
            System.out.println("load average before: " + Files.readString(Path.of("/proc/loadavg")).trim());
            for (int i = 2; i < args.length; i++) cold(Path.of(args[i]), Integer.parseInt(args[1]));
            System.out.println("load average after: " + Files.readString(Path.of("/proc/loadavg")).trim());
            return;
        }
        Routine routine = RoutineJson.bundled();
        SampleStream stream = new SampleStream(SessionPlan.routine(routine).withPacing(Pacing.LOOP));
        List<Sample> samples = new ArrayList<>(SAMPLES);
        while (samples.size() < SAMPLES) samples.add(stream.next());
        List<byte[]> frames = frames(samples);
        System.out.printf(Locale.ROOT, "%d samples (%.1f min at %d Hz, gyroscope), %d capture frames%n", samples.size(),
                samples.get(SAMPLES - 1).t_s() / 60, RATE_HZ, frames.size());

        System.out.println("load average before: " + Files.readString(Path.of("/proc/loadavg")).trim());
        Path dir = Files.createTempDirectory("reptempo-session-bench");
        record(dir.resolve("warmup"), routine, samples, null);
        Path plain = repeat(dir, "plain", routine, samples, null);
        Path withCapture = repeat(dir, "capture", routine, samples, frames);
        Path plainV1 = schemaOne(plain, dir.resolve("plain-csv"));
        Path captureV1 = schemaOne(withCapture, dir.resolve("capture-csv"));
        for (Path f : List.of(plain, withCapture, plainV1, captureV1)) {
            System.out.printf(Locale.ROOT, "%-11s file %d bytes (%.2f MB, %.2f MiB)%n", label(f), Files.size(f), Files.size(f) / 1e6,
                    Files.size(f) / 1048576.0);
        }
        for (Path f : List.of(plain, withCapture, plainV1)) reopen(f, routine);
        for (Path f : List.of(plain, withCapture, plainV1)) cold(f, 5);
        System.out.println("load average after: " + Files.readString(Path.of("/proc/loadavg")).trim());
        try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }

    private static String label(Path file) {
        return file.getParent().getFileName().toString().replaceAll("\\d$", "");
    }

    /** Opens {@code file} in {@code runs} fresh JVMs one after the other; prints each run's wall and CPU time. */
    private static void cold(Path file, int runs) throws Exception {
        List<String> cold = new ArrayList<>();
        for (int i = 0; i < runs; i++) cold.add(freshJvm(file));
        System.out.println(label(file) + " cold open + re-analyse in a fresh JVM (" + runs + " runs; wall / process CPU): "
                + String.join(", ", cold));
    }

    /**
     * The same session in the layout of schema version 1, as earlier versions wrote it: session.json
     * saying version 1 and the samples as CSV (best compression), plus the capture if any.
     */
    private static Path schemaOne(Path file, Path dir) throws Exception {
        SessionContents c = new SessionFileReader().read(file);
        Files.createDirectories(dir);
        Path out = dir.resolve(file.getFileName());
        String json = new String(SessionJson.write(c.session()), StandardCharsets.UTF_8)
                .replace("\"schemaVersion\" : " + SessionJson.SCHEMA_VERSION, "\"schemaVersion\" : 1");
        Path capture = dir.resolve("capture.rtraw");
        boolean hasCapture = new SessionFileReader().copyCapture(file, capture);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out), StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry(SessionFileEntries.SESSION_JSON));
            zip.write(json.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(SessionFileEntries.SAMPLES_CSV));
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            SampleCsvWriter csv = new SampleCsvWriter(w, true);
            for (Sample s : c.samples()) csv.write(s);
            csv.flush();
            zip.closeEntry();
            if (hasCapture) {
                zip.putNextEntry(new ZipEntry(SessionFileEntries.CAPTURE));
                Files.copy(capture, zip);
                zip.closeEntry();
            }
        }
        Files.deleteIfExists(capture);
        if (!new SessionFileReader().read(out).samples().equals(c.samples())) throw new IllegalStateException("v1 copy differs");
        return out;
    }

    /** Runs {@code --open FILE} in a new JVM, as when the app has just started; returns its printed time. */
    private static String freshJvm(Path file) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), SessionBenchmark.class.getName(), "--open", file.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) throw new IllegalStateException("cold open failed: " + out);
        return out;
    }

    private static void coldOpen(Path file) throws Exception {
        Routine routine = RoutineJson.bundled();
        SessionLibrary library = new SessionLibrary(file.getParent());
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        SessionReopener.Reopened r = new SessionReopener(library, new SessionPrescriptions(library, routine), Optional.of(ANALYZER))
                .reopen(file);
        long t1 = System.nanoTime();
        long c1 = os.getProcessCpuTime();
        if (!r.reanalysed()) throw new IllegalStateException("not re-analysed");
        System.out.printf(Locale.ROOT, "%.0f / %.0f ms", (t1 - t0) / 1e6, (c1 - c0) / 1e6);
    }

    /** Records three times; prints median and best cost per sample and packing time; returns the last file. */
    private static Path repeat(Path dir, String name, Routine routine, List<Sample> samples, List<byte[]> frames) throws Exception {
        double[] perSample = new double[3];
        double[] pack = new double[3];
        Path file = null;
        for (int i = 0; i < 3; i++) {
            Result r = record(dir.resolve(name + i), routine, samples, frames);
            perSample[i] = r.perSample_ns();
            pack[i] = r.pack_ms();
            file = r.file();
        }
        Arrays.sort(perSample);
        Arrays.sort(pack);
        System.out.printf(Locale.ROOT, "%-8s recording %.0f ns/sample median, %.0f best (%s); packing %.0f ms median; file %.2f MB%n",
                name, perSample[1], perSample[0], frames == null ? "samples only" : "samples + raw capture", pack[1],
                Files.size(file) / 1048576.0);
        return file;
    }

    private record Result(Path file, double perSample_ns, double pack_ms) {
    }

    private static Result record(Path libDir, Routine routine, List<Sample> samples, List<byte[]> frames) throws Exception {
        SessionLibrary library = new SessionLibrary(libDir);
        SessionRecorder r = SessionRecorder.start(library, new SessionRecorder.Start("bench", 2, null, "benchmark"),
                Clock.systemDefaultZone(), new Random(1), null);
        List<ExerciseDefinition> exercises = routine.exercises();
        int perSet = samples.size() / 8;
        long spent_ns = 0;
        for (int i = 0; i < samples.size(); i++) {
            if (i % perSet == 0) {
                if (i > 0) r.endSet(null);
                r.beginSet(exercises.get((i / perSet) % 4));
            }
            if (i % (30 * RATE_HZ) == 0) r.checkpoint();
            long t0 = System.nanoTime();
            if (frames != null && i % BATCH == 0) {
                byte[] f = frames.get(i / BATCH);
                r.onRawBytes(f, 0, f.length);
            }
            r.onSample(samples.get(i));
            spent_ns += System.nanoTime() - t0;
        }
        r.endSet(null);
        long t0 = System.nanoTime();
        Path file = r.finish();
        long pack_ns = System.nanoTime() - t0;
        return new Result(file, (double) spent_ns / samples.size(), pack_ns / 1e6);
    }

    private static void reopen(Path file, Routine routine) throws Exception {
        SessionLibrary library = new SessionLibrary(file.getParent());
        SessionReopener reopener = new SessionReopener(library, new SessionPrescriptions(library, routine), Optional.of(ANALYZER));
        SessionReopener plain = new SessionReopener(library, new SessionPrescriptions(library, routine), Optional.empty());
        double[] times = new double[7];
        double first = 0;
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            SessionReopener.Reopened r = reopener.reopen(file);
            times[i] = (System.nanoTime() - t0) / 1e6;
            if (i == 0) first = times[i];
            if (r.sets().size() != 8 || !r.reanalysed()) throw new IllegalStateException("unexpected reopen result");
        }
        long t0 = System.nanoTime();
        plain.reopen(file);
        double openOnly = (System.nanoTime() - t0) / 1e6;
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "%-11s open + re-analyse (%s): first %.0f ms, median %.0f ms, max %.0f ms; open only %.0f ms%n",
                label(file), ANALYZER.describe(), first, times[times.length / 2], times[times.length - 1], openOnly);
    }

    /** The binary frames a 100 Hz MPU-6050 (±4 g, ±500 °/s) would send for these samples. */
    private static List<byte[]> frames(List<Sample> samples) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < samples.size(); i += BATCH) {
            short[] raw = new short[BATCH * 6];
            for (int k = 0; k < BATCH && i + k < samples.size(); k++) {
                Sample s = samples.get(i + k);
                double[] v = {s.ax_g() * 8192, s.ay_g() * 8192, s.az_g() * 8192, s.gx_dps() * 65.5, s.gy_dps() * 65.5, s.gz_dps() * 65.5};
                for (int a = 0; a < 6; a++) raw[k * 6 + a] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v[a])));
            }
            out.add(FrameEncoder.frame(new DeviceMessage.SampleBatch(i, (long) (samples.get(i).t_s() * 1e6), 6, raw)));
        }
        return out;
    }
}

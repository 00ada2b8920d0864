package com.reptempo.bench;

import com.reptempo.app.SessionPipeline;
import com.reptempo.app.review.DemoLibrary;
import com.reptempo.app.review.LibraryIndex;
import com.reptempo.app.review.LibraryReview;
import com.reptempo.app.review.Progress;
import com.reptempo.app.review.ReportBuilder;
import com.reptempo.app.review.ResultChoice;
import com.reptempo.app.review.ReviewReport;
import com.reptempo.app.review.TrendSeries;
import com.reptempo.model.Routine;
import com.reptempo.storage.RoutineJson;
import com.reptempo.storage.session.SessionContents;
import com.reptempo.storage.session.SessionIds;
import com.reptempo.storage.session.SessionInfo;
import com.reptempo.storage.session.SessionLibrary;
import com.reptempo.ui.report.PdfReport;
import com.reptempo.ui.review.ChartFiles;
import com.reptempo.ui.review.ChartPalette;
import com.reptempo.ui.review.TrendChart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Review (issue 7): opening a library of 200 sessions and drawing the trend chart (target under
 * 2 s), and a PDF report of 30 sessions (target under 5 s, counting the whole {@code report}
 * command with JVM start-up). The library is the eight sample CSVs imported and analysed with the
 * real pipeline, saved again as one patient's 200 daily sessions (new ids, dates and pain ratings;
 * the samples and results of the eight). Runs headless.
 *
 * <p>Run: {@code mvn -q -B -Dreptempo.buildDir=/tmp/rt-bench test-compile exec:exec -Dexec.executable=java
 * -Dexec.classpathScope=test -Dexec.args="-Djava.awt.headless=true -cp %classpath com.reptempo.bench.ReviewBenchmark"}
 */
public final class ReviewBenchmark {
    static final int SESSIONS = 200;
    static final int REPORT_SESSIONS = 30;
    static final String PATIENT = "P-017";
    static final LocalDate FIRST = LocalDate.of(2024, 1, 1);

    private ReviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--cold-open")) {
            System.out.print(openAndDraw(new SessionLibrary(Path.of(args[1]))));
            return;
        }
        if (args.length == 2 && args[0].equals("--cold-report")) {
            System.out.print(report(new SessionLibrary(Path.of(args[1])), ResultChoice.AS_RECORDED, Files.createTempFile("rt-cold", ".pdf")));
            return;
        }
        Routine routine = RoutineJson.bundled();
        Path dir = Files.createTempDirectory("reptempo-review-bench");
        SessionLibrary library = build(dir, routine);
        System.out.println("library: " + library.files().size() + " sessions, " + size(library) / 1048576 + " MB in " + library.root());
        System.out.println("load average before: " + Files.readString(Path.of("/proc/loadavg")).trim());

        List<String> cold = new ArrayList<>();
        for (int i = 0; i < 3; i++) cold.add(fresh("--cold-open", library.root()));
        System.out.println("open 200 + trend chart, fresh JVM (3 runs): " + String.join(", ", cold));
        double[] warm = new double[7];
        for (int i = 0; i < warm.length; i++) warm[i] = Double.parseDouble(openAndDraw(library).replace(" ms", ""));
        System.out.println("open 200 + trend chart, warm: " + summary(warm));

        List<String> coldReport = new ArrayList<>();
        for (int i = 0; i < 3; i++) coldReport.add(fresh("--cold-report", library.root()));
        System.out.println("report of 30 sessions as recorded, fresh JVM (3 runs): " + String.join(", ", coldReport));
        List<String> command = new ArrayList<>();
        for (int i = 0; i < 5; i++) command.add(reportCommand(library.root(), dir.resolve("command.pdf")));
        System.out.println("whole 'report --patient' command, JVM start-up included (5 runs): " + String.join(", ", command));
        Path pdf = dir.resolve("report.pdf");
        for (ResultChoice c : ResultChoice.values()) {
            double[] t = new double[3];
            for (int i = 0; i < t.length; i++) t[i] = Double.parseDouble(report(library, c, pdf).split(" ms")[0]);
            System.out.println("report of 30 sessions (" + c.label() + "), warm: " + summary(t) + "; " + Files.size(pdf) / 1024 + " kB, "
                    + report(library, c, pdf).split(" ms")[1].trim());
        }
        System.out.println("load average after: " + Files.readString(Path.of("/proc/loadavg")).trim());
        try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }

    /** Reads the library, picks the patient and draws the trend chart at screen size; returns the time. */
    static String openAndDraw(SessionLibrary library) throws Exception {
        long t0 = System.nanoTime();
        LibraryReview review = new LibraryReview(library.root());
        review.show(LibraryIndex.scan(library, Progress.NONE));
        review.selectPatient(PATIENT);
        TrendSeries t = review.trend();
        ChartFiles.image(TrendChart.build(t, ChartPalette.print()), 1250, 440, 1);
        long t1 = System.nanoTime();
        if (t.points().size() != SESSIONS) throw new IllegalStateException("expected " + SESSIONS + " points, got " + t.points().size());
        return String.format(Locale.ROOT, "%.0f ms", (t1 - t0) / 1e6);
    }

    /** Gathers and writes the report of the first 30 days; returns "T ms (pages)". */
    static String report(SessionLibrary library, ResultChoice choice, Path out) throws Exception {
        long t0 = System.nanoTime();
        ReportBuilder b = new ReportBuilder(library, RoutineJson.bundled(), SessionPipeline.current(), Clock.systemDefaultZone());
        ReviewReport r = b.patient(PATIENT, FIRST, FIRST.plusDays(REPORT_SESSIONS - 1), choice, Progress.NONE);
        int pages = PdfReport.write(r, out);
        long t1 = System.nanoTime();
        if (r.sessions().size() != REPORT_SESSIONS) throw new IllegalStateException("expected 30 sessions");
        return String.format(Locale.ROOT, "%.0f ms (%d pages)", (t1 - t0) / 1e6, pages);
    }

    private static SessionLibrary build(Path dir, Routine routine) throws Exception {
        SessionLibrary templates = new SessionLibrary(dir.resolve("templates"));
        Path samples = Path.of("samples");
        List<Path> made = DemoLibrary.build(templates, routine, DemoLibrary.sampleCsvs(samples), PATIENT, FIRST, Progress.NONE);
        List<SessionContents> contents = new ArrayList<>();
        for (Path f : made) contents.add(templates.reader().read(f));
        SessionLibrary library = new SessionLibrary(dir.resolve("library"));
        library.savePrescription(DemoLibrary.prescription(PATIENT), routine);
        Random random = new Random(7);
        for (int i = 0; i < SESSIONS; i++) {
            SessionContents c = contents.get(i % contents.size());
            SessionInfo old = c.session().info();
            ZonedDateTime at = ZonedDateTime.of(FIRST.plusDays(i), LocalTime.of(9, 30), DemoLibrary.ZONE);
            int pain = Math.max(0, 5 - i / 40);
            SessionInfo info = new SessionInfo(SessionIds.next(at, random), PATIENT, at, old.origin(), old.source(), false, "",
                    old.device(), old.link(), pain, Math.max(0, pain - 1), "benchmark copy of " + old.id(), old.appVersion());
            library.save(c.session().withInfo(info), c.samples());
        }
        return library;
    }

    private static String fresh(String mode, Path root) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), ReviewBenchmark.class.getName(), mode, root.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) throw new IllegalStateException(mode + " failed: " + out);
        String[] lines = out.split("\n");
        return lines[lines.length - 1];
    }

    /**
     * Runs the {@code report} command of the program in a new JVM as a user would (class path
     * instead of the shaded jar) and returns the time from starting the process to its exit.
     */
    private static String reportCommand(Path root, Path pdf) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "com.reptempo.cli.RepTempoCli", "report", "--patient", PATIENT,
                "--from", FIRST.toString(), "--to", FIRST.plusDays(REPORT_SESSIONS - 1).toString(), "--library", root.toString(),
                "--out", pdf.toString(), "--overwrite").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) throw new IllegalStateException("report failed: " + out);
        return String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - t0) / 1e9);
    }

    private static String summary(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "first %.0f ms, median %.0f ms, max %.0f ms", ms[0], s[s.length / 2], s[s.length - 1]);
    }

    private static long size(SessionLibrary library) throws Exception {
        long n = 0;
        for (Path f : library.files()) n += Files.size(f);
        return n;
    }
}

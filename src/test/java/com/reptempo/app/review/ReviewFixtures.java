package com.reptempo.app.review;

import com.reptempo.model.Routine;
import com.reptempo.storage.RoutineJson;
import com.reptempo.storage.session.SessionLibrary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The review tests' library: the eight sample CSVs of {@code samples/} imported (with the real
 * pipeline) as patient P-017's sessions every other day from 2025-03-03. Built once per test JVM
 * and shared read-only; tests that change a library copy it with {@link #copy}.
 */
public final class ReviewFixtures {
    public static final Routine ROUTINE = RoutineJson.bundled();
    public static final String PATIENT = "P-017";
    public static final LocalDate FIRST_DAY = LocalDate.of(2025, 3, 3);
    private static SessionLibrary shared;

    private ReviewFixtures() {
    }

    /** The shared library (do not change it). */
    public static synchronized SessionLibrary library() {
        if (shared == null) {
            try {
                Path dir = Files.createTempDirectory("reptempo-review-fixture");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                shared = new SessionLibrary(dir.resolve("library"));
                DemoLibrary.build(shared, ROUTINE, DemoLibrary.sampleCsvs(Path.of("samples")), PATIENT, FIRST_DAY, Progress.NONE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** The session files of the shared library, in date order. */
    public static List<Path> files() throws IOException {
        return library().list(com.reptempo.storage.session.SessionFilter.ALL).sessions().stream()
                .map(com.reptempo.storage.session.SessionSummary::file).toList();
    }

    /** A copy of the shared library in {@code dir}, to change. */
    public static SessionLibrary copy(Path dir) throws IOException {
        Path from = library().root();
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path to = dir.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        }
        return new SessionLibrary(dir);
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary folder left behind is harmless
            return;
        }
    }
}

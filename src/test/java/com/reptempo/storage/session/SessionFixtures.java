package com.reptempo.storage.session;

import com.reptempo.model.DeviceInfo;
import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Fault;
import com.reptempo.model.FaultKind;
import com.reptempo.model.LinkStats;
import com.reptempo.model.PhaseKind;
import com.reptempo.model.PhaseResult;
import com.reptempo.model.Placement;
import com.reptempo.model.RepResult;
import com.reptempo.model.Routine;
import com.reptempo.model.Sample;
import com.reptempo.model.SetResult;
import com.reptempo.model.Side;
import com.reptempo.storage.RoutineJson;
import com.reptempo.storage.SampleCsvReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Sessions, samples and hand-made zip files for the session tests. */
public final class SessionFixtures {
    public static final Routine ROUTINE = RoutineJson.bundled();
    public static final ZonedDateTime STARTED = ZonedDateTime.of(2025, 3, 14, 9, 30, 12, 345_000_000, ZoneId.of("Europe/Berlin"));

    private SessionFixtures() {
    }

    /** The first {@code n} samples of a bundled simulated session (with gyroscope, 50 Hz). */
    public static List<Sample> samples(int n) throws IOException {
        List<Sample> all = SampleCsvReader.readAll(Path.of("samples/cobra-lift-good.csv")).samples();
        return all.subList(0, Math.min(n, all.size()));
    }

    /** A rep of {@code exercise} with a fault and an unknown smoothness (NaN). */
    public static RepResult rep(int index, double start_s, Side side) {
        return new RepResult(index, start_s, start_s + 6, side,
                List.of(new PhaseResult("lift", PhaseKind.MOVEMENT, start_s, start_s + 2.5, 4, 4),
                        new PhaseResult("lower", PhaseKind.MOVEMENT, start_s + 2.5, start_s + 6, 4, 4)),
                List.of(new Fault(FaultKind.TOO_FAST, "lift", -1.5, -37.5)), 71.5, 32.25, 1.5, Double.NaN);
    }

    /** A session of patient P-017 with a cobra-lift set (analysed) and a heel-scoop set (not analysed). */
    public static Session session(String id, String patient, ZonedDateTime startedAt) {
        ExerciseDefinition cobra = ROUTINE.get("cobra-lift");
        ExerciseDefinition heel = ROUTINE.get("heel-scoop");
        SetResult result = new SetResult("cobra-lift", List.of(rep(1, 2.0, null), rep(2, 9.5, null)), 80.25, 1.0, 20.0);
        SessionInfo info = new SessionInfo(id, patient, startedAt, SessionOrigin.RECORDED, "/dev/ttyACM0", false, "",
                new DeviceInfo("1.2.0", "00c0ffee", "MPU-6050", 50, 4, 500, true, Placement.LOWER_BACK),
                new LinkStats(1000, 90, 1, 0, 0, 0, 0, 0, 12, 3, 0, 0, 900, 0, 0), 3, 2,
                "felt fine; =HYPERLINK(\"x\") ünïcode", "test");
        Prescription p = new Prescription(patient, "KM", java.time.LocalDate.of(2025, 3, 2),
                List.of(new ExercisePrescription("cobra-lift", 6, 8, List.of(new PhaseRange("hold", 3, 5)),
                        new ThresholdOverrides(null, null, null, 8.0, null, null))));
        return new Session(info, SampleSummary.EMPTY, p,
                List.of(new RecordedSet(p.applyTo(cobra), 1.0, 20.0, result), new RecordedSet(heel, 23.0, 30.0, null)));
    }

    public static Session session() {
        return session("20250314-093012-7f3a", "P-017", STARTED);
    }

    /** A zip with these entries (name → content), in order; names are written as given. */
    public static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Writes {@code bytes} to {@code dir/name}. */
    public static Path file(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}

package com.reptempo.cli;

import com.reptempo.app.SessionLibraryLocation;
import com.reptempo.app.SessionRecorder;
import com.reptempo.storage.session.SessionFixtures;
import com.reptempo.storage.session.SessionLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionsCliTest {
    static final String PHYPHOX = "src/test/resources/imports/phyphox-tab-comma.csv";

    @TempDir
    Path dir;
    Path lib;
    SessionLibrary library;

    @BeforeEach
    void fill() throws IOException {
        lib = dir.resolve("lib");
        library = new SessionLibrary(lib);
        library.save(SessionFixtures.session(), SessionFixtures.samples(1600));
        library.save(SessionFixtures.session("20250320-080000-beef", "anna",
                ZonedDateTime.of(2025, 3, 20, 8, 0, 0, 0, ZoneId.of("Europe/Berlin"))), SessionFixtures.samples(100));
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "sessions";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--library";
        all[args.length + 2] = lib.toString();
        return CliRun.of(all);
    }

    private List<Path> libraryFiles() throws IOException {
        try (Stream<Path> s = Files.walk(lib)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void listShowsEverySessionAndAPatientsHistory() {
        CliRun all = run("list");
        assertEquals(0, all.exitCode(), all.err());
        assertTrue(all.out().contains("20250314-093012-7f3a  P-017         2025-03-14 09:30"), all.out());
        assertTrue(all.out().contains("cobra-lift: 2 reps (quality 80), heel-scoop: not analysed  pain 3->2"), all.out());
        assertTrue(all.out().contains("2 session(s) in " + lib), all.out());
        CliRun history = CliRun.of("sessions", "--library", lib.toString(), "list", "--patient", "anna");
        assertEquals(0, history.exitCode(), history.err());
        assertTrue(history.out().startsWith("history of anna: 1 session(s); targets from the routine's defaults"), history.out());
        assertFalse(history.out().contains("P-017"));
        CliRun dates = run("list", "--from", "2025-03-15", "--exercise", "cobra-lift");
        assertTrue(dates.out().contains("1 session(s)"), dates.out());
        CliRun bad = run("list", "--from", "March");
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("--from must be a day such as 2025-03-01, got 'March'"), bad.err());
    }

    @Test
    void aDamagedFileInTheLibraryIsReportedWhileTheOthersAreListed() throws IOException {
        Files.writeString(lib.resolve("broken.rtsession"), "PK\u0003\u0004garbage");
        CliRun r = run("list");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("2 session(s)"), r.out());
        assertTrue(r.err().contains("skipped a file that cannot be read: " + lib.resolve("broken.rtsession") + " is damaged"), r.err());
    }

    @Test
    void showTellsWhoWhenWhatAndEveryRep() {
        CliRun r = run("show", "20250314", "--reps");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("  patient:  P-017"), r.out());
        assertTrue(r.out().contains("  started:  2025-03-14 09:30:12 Europe/Berlin"), r.out());
        assertTrue(r.out().contains("  sensor:   MPU-6050 #00c0ffee, fw 1.2.0, 50 Hz"), r.out());
        assertTrue(r.out().contains("  pain:     before 3/10, after 2/10"), r.out());
        assertTrue(r.out().contains("set 1: Cobra lift, 1.0-20.0 s; targets 6-8 reps; lift 4 s, hold 3-5 s, lower 4 s"), r.out());
        assertTrue(r.out().contains("  as recorded:   2 reps, quality 80, too-fast x2"), r.out());
        assertTrue(r.out().matches("(?s).*\\n    rep  1 .*s \\(3\\).*quality \\d+.*"),
                "each rep of the current analysis with its phase durations, targets and quality: " + r.out());
        assertTrue(r.out().contains("  analysis: re-analysed from the raw samples with RepTempo pipeline"), r.out());
        assertTrue(r.out().contains("  re-analysed:"), "the current pipeline's result is shown beside the recorded one: " + r.out());
        CliRun none = run("show", "1999");
        assertEquals(1, none.exitCode());
        assertTrue(none.err().contains("no session '1999'"), none.err());
    }

    @Test
    void exportWritesRepsSamplesAndSaysWhatItDid() throws IOException {
        Path reps = dir.resolve("out/reps.csv");
        Path samples = dir.resolve("out/samples.csv");
        CliRun r = run("export", "20250314-093012-7f3a", "--reps", reps.toString(), "--samples", samples.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("wrote 3 reps of 2 set(s) of session 20250314-093012-7f3a to " + reps), r.out());
        assertTrue(r.out().contains("wrote 1600 samples"), r.out());
        assertEquals(4, Files.readAllLines(reps).size(), "the recorded set's 2 reps, and the unanalysed set analysed now");
        assertEquals(1601, Files.readAllLines(samples).size());
        CliRun again = run("export", "20250314", "--reps", reps.toString());
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("already exists"), again.err());
        assertEquals(0, run("export", "20250314", "--reps", reps.toString(), "--overwrite").exitCode());
        CliRun nothing = run("export", "20250314");
        assertEquals(1, nothing.exitCode());
        assertTrue(nothing.err().contains("say what to export"), nothing.err());
        CliRun capture = run("export", "20250314", "--capture", dir.resolve("c.rtraw").toString());
        assertEquals(1, capture.exitCode());
        assertTrue(capture.out().contains("has no raw capture"), capture.out());
    }

    @Test
    void importAddsASessionAndReportsDetectionAndRefusalsChangeNothing() throws IOException {
        CliRun r = run("import", PHYPHOX, "--patient", "anna", "--exercise", "cobra-lift", "--started", "2025-04-01 10:00");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("imported phyphox-tab-comma.csv as phyphox CSV (tab-separated, decimal comma)"), r.out());
        assertTrue(r.out().contains("acceleration: m/s^2 with gravity, converted to g"), r.out());
        assertTrue(r.out().contains("analysed with RepTempo pipeline"), r.out());
        assertTrue(run("list").out().contains("3 session(s)"));

        List<Path> before = libraryFiles();
        CliRun noPatient = run("import", PHYPHOX, "--exercise", "cobra-lift");
        assertEquals(1, noPatient.exitCode());
        assertTrue(noPatient.err().contains("needs the patient (--patient)"), noPatient.err());
        CliRun missing = run("import", "src/test/resources/imports/phyphox-missing-column.csv", "--patient", "anna", "--exercise", "cobra-lift");
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("missing column \"Acceleration z (m/s^2)\""), missing.err());
        CliRun rate = run("import", "src/test/resources/imports/arduino-no-time.txt", "--patient", "anna", "--exercise", "cobra-lift");
        assertTrue(rate.err().contains("give the sample rate with --rate HZ"), rate.err());
        Path truncated = dir.resolve("half.rtsession");
        byte[] whole = Files.readAllBytes(library.files().get(0));
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        CliRun damaged = run("import", truncated.toString());
        assertEquals(1, damaged.exitCode());
        assertTrue(damaged.err().contains("is damaged or incomplete"), damaged.err());
        CliRun negative = run("import", PHYPHOX, "--patient", "anna", "--exercise", "cobra-lift", "--rate", "-5");
        assertEquals(1, negative.exitCode());
        assertTrue(negative.err().contains("sample rate must be more than 0"), negative.err());
        assertEquals(before, libraryFiles(), "refused imports change nothing");
    }

    @Test
    void recoverFindsAndSavesInterruptedRecordings() throws IOException {
        SessionRecorder rec = SessionRecorder.start(library, new SessionRecorder.Start("P-017", null, null, "test"),
                Clock.fixed(Instant.parse("2025-05-01T10:00:00Z"), ZoneId.of("UTC")), new Random(1), null);
        SessionFixtures.samples(300).forEach(rec::onSample);
        rec.close();

        CliRun list = run("recover", "--list");
        assertTrue(list.out().contains(rec.id() + "  P-017  2025-05-01 10:00"), list.out());
        CliRun r = run("recover");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("recovered " + rec.id() + " as " + rec.id() + "_P-017.rtsession: recording interrupted; 300 samples"), r.out());
        assertTrue(run("list").out().contains("[recovered]"));
        assertTrue(run("recover").out().contains("nothing to recover"));
    }

    @Test
    void deleteMovesToTheTrash() {
        CliRun r = run("delete", "20250320");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("moved to the trash: " + lib.resolve("trash")), r.out());
        assertTrue(run("list").out().contains("1 session(s)"));
    }

    @Test
    void prescriptionsAreShownAndSetAfterValidation() throws IOException {
        assertTrue(run("prescription", "anna").out().contains("no prescription for anna: the routine's defaults apply"));
        Path good = Files.writeString(dir.resolve("p.json"), "{\"schemaVersion\": 1, \"patient\": \"anna\", \"setBy\": \"KM\","
                + " \"exercises\": [{\"id\": \"cobra-lift\", \"minReps\": 5, \"maxReps\": 6}]}");
        CliRun set = run("prescription", "anna", "--set", good.toString());
        assertEquals(0, set.exitCode(), set.err());
        assertTrue(run("prescription", "anna").out().contains("\"minReps\" : 5"));
        assertTrue(run("list", "--patient", "anna").out().contains("targets from the current prescription for anna by KM"));
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"schemaVersion\": 1, \"patient\": \"anna\", \"exercises\": [{\"id\": \"plank\"}]}");
        CliRun refused = run("prescription", "anna", "--set", bad.toString());
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("unknown exercise 'plank'"), refused.err());
        CliRun other = run("prescription", "P-017", "--set", good.toString());
        assertTrue(other.err().contains("is for patient 'anna', not 'P-017'"), other.err());
        CliRun badName = run("prescription", "../x");
        assertEquals(1, badName.exitCode());
        assertTrue(badName.err().contains("pseudonym '../x' is not allowed"), badName.err());
    }

    @Test
    void theLibraryComesFromTheOptionTheEnvironmentOrTheHomeFolder() {
        assertEquals(Path.of("/a"), SessionLibraryLocation.resolve(Path.of("/a"), "/b", "/home/u"));
        assertEquals(Path.of("/b"), SessionLibraryLocation.resolve(null, " /b ", "/home/u"));
        assertEquals(Path.of("/home/u/RepTempo/sessions"), SessionLibraryLocation.resolve(null, "", "/home/u"));
        CliRun before = CliRun.of("sessions", "--library", lib.toString(), "list");
        assertTrue(before.out().contains("2 session(s) in " + lib), before.out());
        CliRun usage = CliRun.of("sessions");
        assertTrue(usage.out().contains("recover"), usage.out());
    }
}

package com.reptempo.app.review;

import com.reptempo.app.ImportSession;
import com.reptempo.app.SessionPipeline;
import com.reptempo.app.SessionPrescriptions;
import com.reptempo.model.Routine;
import com.reptempo.model.Sample;
import com.reptempo.simulator.FaultPlan;
import com.reptempo.simulator.SessionPlan;
import com.reptempo.simulator.SimulatedSession;
import com.reptempo.storage.SampleCsvWriter;
import com.reptempo.storage.session.ExercisePrescription;
import com.reptempo.storage.session.PhaseRange;
import com.reptempo.storage.session.Prescription;
import com.reptempo.storage.session.SessionContents;
import com.reptempo.storage.session.SessionLibrary;
import com.reptempo.storage.session.ThresholdOverrides;
import com.reptempo.storage.session.importing.ImportOptions;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A library of simulated sessions for screenshots, demos, tests and benchmarks: sample CSVs
 * ({@code samples/*-faults.csv} then {@code *-good.csv}) imported with {@link ImportSession} as
 * one patient's sessions every other day, analysed with the real pipeline, with pain ratings and
 * notes. Everything in it is simulated.
 */
public final class DemoLibrary {
    /** Where demo sessions are dated. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final String[] EXERCISES = {"heel-scoop", "cobra-lift", "rear-leg-lift", "arm-leg-extension"};

    private DemoLibrary() {
    }

    /** The sample CSVs of {@code samplesDir} in demo order (faulty sessions first, then good ones); the whole-routine file is left out. */
    public static List<Path> sampleCsvs(Path samplesDir) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String kind : new String[]{"faults", "good"}) {
            for (String e : EXERCISES) {
                Path f = samplesDir.resolve(e + "-" + kind + ".csv");
                if (Files.isRegularFile(f)) out.add(f);
            }
        }
        return out;
    }

    /** Simulates the same kind of CSVs into {@code dir} (for when the samples folder is not at hand). */
    public static List<Path> simulatedCsvs(Path dir, Routine routine) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        long seed = 11;
        for (String kind : new String[]{"faults", "good"}) {
            for (String e : EXERCISES) {
                SessionPlan plan = SessionPlan.singleSet(routine.get(e), 5).withSeed(seed++);
                if (kind.equals("faults")) plan = plan.withFaults(FaultPlan.all(0.5));
                Path f = dir.resolve(e + "-" + kind + ".csv");
                try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8); SampleCsvWriter csv = new SampleCsvWriter(w, true)) {
                    for (Sample s : SimulatedSession.generate(plan).samples()) csv.write(s);
                }
                out.add(f);
            }
        }
        return out;
    }

    /** The prescription the demo patient has: a longer cobra-lift hold, and a little more pelvic rotation allowed in the rear leg lift. */
    public static Prescription prescription(String patient) {
        return new Prescription(patient, "KM", LocalDate.of(2025, 3, 1), List.of(
                new ExercisePrescription("cobra-lift", 8, 10, List.of(new PhaseRange("hold", 2, 4)), ThresholdOverrides.NONE),
                new ExercisePrescription("rear-leg-lift", null, null, List.of(), new ThresholdOverrides(null, null, null, 8.0, null, null))));
    }

    /**
     * Imports {@code csvs} (named {@code <exercise>-<kind>.csv}) into {@code library} as {@code patient}'s sessions,
     * one every other day from {@code firstDay} at 09:30, after saving the demo prescription.
     *
     * @return the new session files, in date order
     */
    public static List<Path> build(SessionLibrary library, Routine routine, List<Path> csvs, String patient, LocalDate firstDay,
                                   Progress progress) throws IOException {
        library.savePrescription(prescription(patient), routine);
        Path staging = Files.createTempDirectory("reptempo-demo-import");
        List<Path> made = new ArrayList<>();
        try {
            SessionLibrary stage = new SessionLibrary(staging);
            for (int i = 0; i < csvs.size(); i++) {
                Path csv = csvs.get(i);
                String name = csv.getFileName().toString();
                String exercise = name.substring(0, name.lastIndexOf('-'));
                boolean faulty = name.contains("-faults");
                ZonedDateTime at = ZonedDateTime.of(firstDay.plusDays(2L * i), LocalTime.of(9, 30), ZONE);
                progress.update(i, csvs.size(), "importing " + name);
                ImportSession importer = new ImportSession(stage, new SessionPrescriptions(library, routine), SessionPipeline.current(),
                        Clock.system(ZONE), new Random(i + 1));
                Path f = importer.run(new ImportSession.Request(csv, patient, exercise, ImportOptions.DETECT, at, null)).sessionFile();
                SessionContents c = stage.reader().read(f);
                int before = Math.max(0, 4 - i / 2);
                int after = Math.max(0, before - (faulty ? 0 : 1));
                String notes = "Simulated session (" + name + "). " + (faulty ? "Tired today; rushed some reps." : "Felt steady, no pain in the back.");
                made.add(library.save(c.session().withInfo(c.session().info().withPainAndNotes(before, after, notes)), c.samples()));
            }
            progress.update(csvs.size(), csvs.size(), "imported " + csvs.size() + " sessions");
        } finally {
            deleteTree(staging);
        }
        return made;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}

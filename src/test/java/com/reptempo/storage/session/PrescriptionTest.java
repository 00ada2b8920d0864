package com.reptempo.storage.session;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.storage.SampleFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrescriptionTest {
    @TempDir
    Path dir;

    private static Prescription prescription() {
        return new Prescription("P-017", "KM", LocalDate.of(2025, 3, 2), List.of(
                new ExercisePrescription("cobra-lift", 6, 8, List.of(new PhaseRange("hold", 3, 5)),
                        new ThresholdOverrides(0.8, null, null, 8.0, null, null)),
                new ExercisePrescription("heel-scoop", 5, null, List.of(), ThresholdOverrides.NONE)));
    }

    @Test
    void appliedToTheRoutineItChangesOnlyWhatItNames() {
        ExerciseDefinition cobra = prescription().applyTo(SessionFixtures.ROUTINE.get("cobra-lift"));
        assertEquals(6, cobra.minReps());
        assertEquals(8, cobra.maxReps());
        assertEquals(3, cobra.phases().get(1).min_s());
        assertEquals(5, cobra.phases().get(1).max_s());
        assertEquals(4, cobra.phases().get(0).min_s(), "other phases keep the routine's targets");
        assertEquals(0.8, cobra.thresholds().tooFastFactor());
        assertEquals(8.0, cobra.thresholds().maxPelvisRotation_deg());
        assertEquals(1.5, cobra.thresholds().tooSlowFactor(), "other thresholds keep the routine's values");
        ExerciseDefinition heel = prescription().applyTo(SessionFixtures.ROUTINE.get("heel-scoop"));
        assertEquals(5, heel.minReps());
        assertEquals(10, heel.maxReps());
        ExerciseDefinition rear = SessionFixtures.ROUTINE.get("rear-leg-lift");
        assertEquals(rear, prescription().applyTo(rear), "exercises not prescribed are unchanged");
    }

    @Test
    void roundTripsThroughTheLibrary() throws IOException {
        SessionLibrary library = new SessionLibrary(dir);
        Path file = library.savePrescription(prescription(), SessionFixtures.ROUTINE);
        assertEquals(dir.resolve("patients/P-017/prescription.json"), file);
        assertEquals(prescription(), library.prescription("P-017", SessionFixtures.ROUTINE).orElseThrow());
        assertTrue(library.prescription("anna", SessionFixtures.ROUTINE).isEmpty());
    }

    private static String refused(String json) {
        SampleFileException e = assertThrows(SampleFileException.class,
                () -> PrescriptionJson.read(SessionFixtures.utf8(json), SessionFixtures.ROUTINE));
        return e.getMessage();
    }

    @Test
    void badPrescriptionsAreRefusedWithAMessage() {
        assertTrue(refused("{\"schemaVersion\": 1, \"patient\": \"P-017\", \"exercises\": [{\"id\": \"plank\"}]}")
                .contains("unknown exercise 'plank'; known: [heel-scoop"));
        assertTrue(refused("{\"schemaVersion\": 1, \"patient\": \"P-017\", \"exercises\": [{\"id\": \"cobra-lift\", "
                + "\"phases\": [{\"name\": \"hld\", \"min_s\": 2, \"max_s\": 3}]}]}").contains("unknown phase 'hld'; its phases are [lift, hold, lower]"));
        assertTrue(refused("{\"schemaVersion\": 1, \"patient\": \"P-017\", \"exercises\": [{\"id\": \"cobra-lift\", "
                + "\"phases\": [{\"name\": \"hold\", \"min_s\": 5, \"max_s\": 3}]}]}").contains("phase 'hold': target must satisfy"));
        assertTrue(refused("{\"schemaVersion\": 1, \"patient\": \"P-017\", \"exercises\": [{\"id\": \"cobra-lift\", "
                + "\"thresholds\": {\"tooSlowFactor\": 0.5}}]}").contains("tooSlowFactor must be >= 1"));
        assertTrue(refused("{\"schemaVersion\": 1, \"patient\": \"P-017\", \"exercises\": [{\"id\": \"cobra-lift\", \"minReps\": 9, \"maxReps\": 4}]}")
                .contains("reps must satisfy 1 <= min <= max"));
        assertTrue(refused("{\"schemaVersion\": 2, \"patient\": \"P-017\"}").contains("schema version 2, written by a newer RepTempo"));
        assertTrue(refused("{\"schemaVersion\": 1, \"patient\": \"Anna Maria/..\"}").contains("pseudonym 'Anna Maria/..' is not allowed"));
        assertTrue(refused("{\"schemaVersion\": 1, \"patient\": \"P-017\", \"updated\": \"March\"}").contains("\"updated\" must be a date"));
        assertTrue(refused("[1, 2]").contains("not a JSON object"));
    }

    @Test
    void aPrescriptionFiledUnderAnotherPatientIsRefused() throws IOException {
        SessionLibrary library = new SessionLibrary(dir);
        library.savePrescription(prescription(), SessionFixtures.ROUTINE);
        Files.createDirectories(library.patientFolder("anna"));
        Files.copy(library.patientFolder("P-017").resolve("prescription.json"), library.patientFolder("anna").resolve("prescription.json"));
        SampleFileException e = assertThrows(SampleFileException.class, () -> library.prescription("anna", SessionFixtures.ROUTINE));
        assertTrue(e.getMessage().contains("is for patient 'P-017', not 'anna'"), e.getMessage());
    }

    @Test
    void pseudonymsThatCouldEscapeTheLibraryAreRefused() {
        for (String bad : List.of("..", "a/b", "a\\b", "", " anna", "con", "Anna Müller", "x".repeat(41))) {
            assertThrows(IllegalArgumentException.class, () -> Pseudonyms.check(bad), bad);
        }
        for (String good : List.of("P-017", "anna", "a_b-9", "x".repeat(40))) assertEquals(good, Pseudonyms.check(good));
    }
}

package com.reptempo.storage.session.importing;

import com.reptempo.model.Sample;
import com.reptempo.storage.SampleFileException;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static com.reptempo.storage.session.importing.PhyphoxImportTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArduinoLogImportTest {
    private static String refused(String file, ImportOptions o) {
        return assertThrows(SampleFileException.class, () -> read(file, o)).getMessage();
    }

    @Test
    void aHeaderWithUnitsAndMillisNeedsNothingMore() throws IOException {
        ImportedSamples in = read("arduino-header-units.csv", ImportOptions.DETECT);
        assertEquals(120, in.samples().size());
        Sample s = in.samples().get(1);
        assertEquals(0.010, s.t_s(), 1e-12);
        assertEquals(0.97, s.az_g(), 1e-12);
        assertEquals(-5.0, s.gy_dps(), 1e-12);
        ImportReport r = in.report();
        assertEquals("comma", r.separator());
        assertTrue(r.time().startsWith("time column in milliseconds (millis()) (as its name says)"), r.time());
        assertEquals("g (from the column name)", r.accel());
        assertEquals("deg/s (from the column name)", r.gyro());
        assertEquals(100, r.rate_hz(), 1e-6);
        assertTrue(r.notes().contains("1 repeated rows were dropped"), r.notes().toString());
        assertTrue(r.notes().contains("1 lines of text (messages from the board) were skipped"), r.notes().toString());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void plotterLabelsWithoutTimeUseTheRateTheBoardStated() throws IOException {
        ImportedSamples in = read("arduino-plotter-labels.txt", ImportOptions.DETECT);
        assertEquals(100, in.samples().size());
        assertEquals(0.02, in.samples().get(1).t_s(), 1e-12);
        assertEquals(50, in.report().rate_hz());
        assertTrue(in.report().time().contains("50 Hz from a line of the log"), in.report().time());
        assertTrue(in.report().accel().startsWith("g (detected: median magnitude"), in.report().accel());
        assertTrue(in.report().notes().get(0).contains("label:value pairs"), in.report().notes().toString());
        assertTrue(in.report().warnings().get(0).contains("no time column"), in.report().warnings().toString());
    }

    @Test
    void rawCountsAreDetectedFromGravityButTheGyroscopeUnitMustBeGiven() throws IOException {
        String ask = refused("arduino-raw-counts-tab.txt", ImportOptions.DETECT);
        assertTrue(ask.contains("give --gyro-unit dps, rad/s, counts:LSB_PER_DPS"), ask);
        ImportedSamples in = read("arduino-raw-counts-tab.txt", new ImportOptions(null, null, "counts:131", null, null));
        assertEquals(150, in.samples().size());
        assertEquals("tab", in.report().separator());
        assertEquals(200, in.report().rate_hz(), 1e-6);
        assertTrue(in.report().time().contains("microseconds (micros()) (detected: whole numbers stepping by 5000)"), in.report().time());
        assertTrue(in.report().accel().contains("16384 counts per g (detected"), in.report().accel());
        assertEquals(15892 / 16384.0, in.samples().get(0).az_g(), 1e-12);
        assertEquals(-655 / 131.0, in.samples().get(0).gy_dps(), 1e-12);
        ImportedSamples noGyro = read("arduino-raw-counts-tab.txt", new ImportOptions(null, null, "none", null, null));
        assertFalse(noGyro.hasGyro());
    }

    @Test
    void twoCapturesAskWhichOneAndMetresPerSecondSquaredAreDetected() throws IOException {
        String ask = refused("arduino-two-captures.txt", ImportOptions.DETECT);
        assertTrue(ask.contains("holds 2 captures; choose one with --capture N"), ask);
        assertTrue(ask.contains("capture 2: lines 43-102, 60 samples"), ask);
        ImportedSamples second = read("arduino-two-captures.txt", new ImportOptions(null, null, null, null, 2));
        assertEquals(60, second.samples().size());
        assertEquals("space", second.report().separator());
        assertEquals(0.97, second.samples().get(0).az_g(), 1e-3);
        assertTrue(second.report().accel().startsWith("m/s^2 (detected"), second.report().accel());
        assertTrue(refused("arduino-two-captures.txt", new ImportOptions(null, null, null, null, 3)).contains("--capture 3 does not exist"));
    }

    @Test
    void noTimeAndNoRateAsksForTheRate() throws IOException {
        assertTrue(refused("arduino-no-time.txt", ImportOptions.DETECT).contains("has no time column: give the sample rate with --rate HZ"));
        ImportedSamples in = read("arduino-no-time.txt", new ImportOptions(100.0, null, null, null, null));
        assertEquals(80, in.samples().size());
        assertEquals(0.79, in.samples().get(79).t_s(), 1e-12);
        assertTrue(in.report().notes().stream().anyMatch(n -> n.contains("Serial Monitor's own time stamps")), in.report().notes().toString());
    }

    @Test
    void unknownUnitsAndRaggedLogsAreRefused() throws IOException {
        String units = refused("arduino-unknown-units.txt", ImportOptions.DETECT);
        assertTrue(units.contains("the acceleration's unit cannot be told (median magnitude 50") && units.contains("give --accel-unit"), units);
        assertEquals(50, read("arduino-unknown-units.txt", new ImportOptions(null, "counts:500", null, null, null)).samples().size());
        assertTrue(refused("arduino-ragged.txt", ImportOptions.DETECT).contains("25 of 50 lines have another number of values than the first"));
        assertTrue(refused("arduino-header-units.csv", new ImportOptions(null, "furlongs", null, null, null)).contains("acceleration unit 'furlongs' is not one of"));
    }
}

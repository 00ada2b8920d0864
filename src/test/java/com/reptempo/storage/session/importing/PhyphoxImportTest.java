package com.reptempo.storage.session.importing;

import com.reptempo.model.Sample;
import com.reptempo.storage.SampleFileException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhyphoxImportTest {
    static Path fixture(String name) {
        return Path.of("src/test/resources/imports", name);
    }

    static ImportedSamples read(String name, ImportOptions o) throws IOException {
        return SampleImporter.read(fixture(name), o);
    }

    @ParameterizedTest
    @CsvSource({
            "phyphox-comma-point.csv, comma, point",
            "phyphox-tab-point.csv, tab, point",
            "phyphox-semicolon-point.csv, semicolon, point",
            "phyphox-tab-comma.csv, tab, comma",
            "phyphox-semicolon-comma-ios.csv, semicolon, comma"})
    void allFiveSeparatorAndDecimalVariantsGiveTheSameSamples(String file, String separator, String decimal) throws IOException {
        assertEquals(SampleImporter.Format.PHYPHOX_CSV, SampleImporter.detect(fixture(file)));
        ImportedSamples in = read(file, ImportOptions.DETECT);
        assertEquals(100, in.samples().size());
        Sample s = in.samples().get(10);
        assertEquals(0.1, s.t_s(), 1e-12);
        assertEquals(0.5 * Math.sin(2 * Math.PI * 0.5 * 0.1) / 9.80665, s.ax_g(), 1e-9);
        assertEquals(0.3 / 9.80665, s.ay_g(), 1e-12);
        assertEquals(9.7 / 9.80665, s.az_g(), 1e-12);
        assertFalse(s.hasGyro());
        ImportReport r = in.report();
        assertEquals(separator, r.separator());
        assertEquals(decimal, r.decimal());
        assertEquals(100, r.rate_hz(), 1e-6);
        assertTrue(r.accel().contains("m/s^2 with gravity, converted to g"), r.accel());
        assertTrue(r.warnings().isEmpty());
        assertTrue(r.describe().contains("phyphox CSV (" + separator + "-separated, decimal " + decimal + ")"), r.describe());
    }

    @Test
    void iosPaddingAndAMissingFinalLineFeedAreHandled() throws IOException {
        ImportReport ios = read("phyphox-semicolon-comma-ios.csv", ImportOptions.DETECT).report();
        assertEquals(List.of("3 rows padded with NaN or empty cells were skipped"), ios.notes());
        ImportReport old = read("phyphox-old-ios-padding.csv", ImportOptions.DETECT).report();
        assertEquals(List.of("2 rows padded with NaN or empty cells were skipped"), old.notes());
    }

    @Test
    void linearAccelerationIsImportedWithAClearWarningAndAndroidsZeroRowIsDropped() throws IOException {
        ImportedSamples in = read("phyphox-linear-android.csv", ImportOptions.DETECT);
        assertEquals(299, in.samples().size());
        assertEquals(0.0, in.samples().get(0).t_s());
        assertEquals(250, in.report().rate_hz(), 10);
        assertTrue(in.report().notes().get(0).contains("1 leading rows of zeros"), in.report().notes().toString());
        assertTrue(in.report().accel().contains("without gravity"), in.report().accel());
        assertTrue(in.report().warnings().get(0).contains("orientation cannot be had from this file"), in.report().warnings().toString());
        assertTrue(in.report().oneLine().contains("WARNING"), in.report().oneLine());
    }

    @Test
    void aGyroscopeFileIsInterpolatedOntoTheAccelerationTimes() throws IOException {
        ImportedSamples in = read("phyphox-comma-point.csv",
                new ImportOptions(null, null, null, fixture("phyphox-gyroscope.csv"), null));
        assertEquals(100, in.samples().size());
        Sample s = in.samples().get(50);
        assertTrue(s.hasGyro());
        assertEquals(Math.toDegrees(0.1 * 0.5), s.gx_dps(), 1e-6);
        assertEquals(Math.toDegrees(-0.2), s.gy_dps(), 1e-6);
        Sample between = in.samples().get(51);
        assertEquals(Math.toDegrees(0.1 * 0.51), between.gx_dps(), 1e-6, "linear interpolation between 50 Hz gyro rows");
        assertTrue(in.report().gyro().contains("from phyphox-gyroscope.csv (50.0 Hz, interpolated"), in.report().gyro());
    }

    @Test
    void aGyroscopeFileCanBeLeftOut() throws IOException {
        ImportedSamples in = read("phyphox-comma-point.csv",
                new ImportOptions(null, null, "none", fixture("phyphox-gyroscope.csv"), null));
        assertFalse(in.hasGyro());
    }

    @Test
    void wrongFilesAndColumnsAreRefusedWithAMessage() {
        String gyroOnly = assertThrows(SampleFileException.class, () -> read("phyphox-gyroscope.csv", ImportOptions.DETECT)).getMessage();
        assertTrue(gyroOnly.contains("is a phyphox gyroscope file: import the acceleration file and give this one with --gyro"), gyroOnly);
        String missing = assertThrows(SampleFileException.class, () -> read("phyphox-missing-column.csv", ImportOptions.DETECT)).getMessage();
        assertTrue(missing.contains("missing column \"Acceleration z (m/s^2)\"; the header has [Time (s), Acceleration x"), missing);
        String notGyro = assertThrows(SampleFileException.class, () -> read("phyphox-comma-point.csv",
                new ImportOptions(null, null, null, fixture("phyphox-tab-point.csv"), null))).getMessage();
        assertTrue(notGyro.contains("has no \"Gyroscope x (rad/s)\" columns"), notGyro);
        String unit = assertThrows(SampleFileException.class, () -> read("phyphox-comma-point.csv",
                new ImportOptions(null, "g", null, null, null))).getMessage();
        assertTrue(unit.contains("--accel-unit does not apply to phyphox files"), unit);
    }
}

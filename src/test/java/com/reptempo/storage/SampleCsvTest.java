package com.reptempo.storage;

import com.reptempo.model.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleCsvTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsWithGyroscopeAtTheStatedResolution() throws IOException {
        Random r = new Random(3);
        List<Sample> in = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            in.add(new Sample(i * 0.01 + 1e-7, r.nextGaussian(), -r.nextGaussian(), 1 + r.nextGaussian() * 1e-3,
                    r.nextGaussian() * 100, r.nextGaussian() * 1000, -0.00004));
        }
        StringWriter text = new StringWriter();
        try (SampleCsvWriter w = new SampleCsvWriter(text, true)) {
            for (Sample s : in) w.write(s);
        }
        assertTrue(text.toString().startsWith("t_s,ax_g,ay_g,az_g,gx_dps,gy_dps,gz_dps\n"), text.toString().substring(0, 60));
        List<Sample> out = new ArrayList<>();
        SampleCsvReader.Summary summary = SampleCsvReader.read(new StringReader(text.toString()), out::add);
        assertTrue(summary.hasGyro());
        assertEquals(in.size(), out.size());
        for (int i = 0; i < in.size(); i++) {
            assertEquals(in.get(i).t_s(), out.get(i).t_s(), 5e-7);
            assertEquals(in.get(i).ax_g(), out.get(i).ax_g(), 5e-7);
            assertEquals(in.get(i).az_g(), out.get(i).az_g(), 5e-7);
            assertEquals(in.get(i).gy_dps(), out.get(i).gy_dps(), 5e-5);
            assertEquals(in.get(i).gz_dps(), out.get(i).gz_dps(), 5e-5);
        }
    }

    @Test
    void accelerometerOnlyFilesHaveFourColumnsAndNoGyro() throws IOException {
        StringWriter text = new StringWriter();
        try (SampleCsvWriter w = new SampleCsvWriter(text, false)) {
            w.write(Sample.accelOnly(0, 0, 0, 1));
            w.write(Sample.accelOnly(0.02, -0.5, 0.25, 0.75));
        }
        assertEquals("t_s,ax_g,ay_g,az_g\n0.0,0.0,0.0,1.0\n0.02,-0.5,0.25,0.75\n", text.toString());
        List<Sample> out = new ArrayList<>();
        assertFalse(SampleCsvReader.read(new StringReader(text.toString()), out::add).hasGyro());
        assertFalse(out.get(0).hasGyro());
    }

    @Test
    void badFilesGetAMessageNamingLineAndColumn() {
        assertMessage("", "empty");
        assertMessage("0.0,0,0,1\n", "no header line");
        assertMessage("time,x,y,z\n", "unexpected header");
        assertMessage("t_s,ax_g,ay_g,az_g\n0,0,0,1\n0.01,abc,0,1\n", "line 3, column ax_g: 'abc' is not a number");
        assertMessage("t_s,ax_g,ay_g,az_g\n0,0,0,NaN\n", "not a finite number");
        assertMessage("t_s,ax_g,ay_g,az_g\n0,0,0,1\n0,0,0,1\n", "does not increase");
        assertMessage("t_s,ax_g,ay_g,az_g\n0,0,0,1\n-1,0,0,1\n", "does not increase");
        assertMessage("t_s,ax_g,ay_g,az_g\n0,0,1\n", "3 cells, expected 4");
    }

    @Test
    void captureFilesAreOwnerOnly() throws IOException {
        Path csv = dir.resolve("rec.csv");
        try (CaptureWriter w = new CaptureWriter(csv, CaptureWriter.rawBeside(csv), false)) {
            w.sample(Sample.accelOnly(0, 0, 0, 1));
            w.rawBytes(new byte[]{1, 2, 3}, 0, 3);
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(csv)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("rec.rtraw"))));
        assertThrows(SampleFileException.class, () -> new CaptureWriter(csv, null, false), "never overwrites by accident");
    }

    @Test
    void captureIsForcedToTheDiskEveryFewSecondsOfSampleTimeAndOnClose() throws IOException {
        Path csv = dir.resolve("synced.csv");
        CaptureWriter w = new CaptureWriter(csv, CaptureWriter.rawBeside(csv), false);
        try (w) {
            for (int i = 0; i < 1200; i++) {
                w.sample(Sample.accelOnly(100 + i * 0.01, 0, 0, 1));
                w.rawBytes(new byte[]{1, 2, 3}, 0, 3);
            }
            assertEquals(2, w.syncRequests(), "12 s of samples: forced at 5 s and 10 s (in the background)");
            int visible = Files.readAllLines(csv).size() - 1;
            assertTrue(visible >= 1000 && visible < 1200, visible + " rows visible: all but the last second or two");
        }
        assertTrue(w.syncs() >= 2 && w.syncs() <= 3, w.syncs() + " forces: in the background (the two requests may share one) and once more on close");
        assertEquals(1201, Files.readAllLines(csv).size());
        assertEquals(3600, Files.size(dir.resolve("synced.rtraw")));
    }

    private static void assertMessage(String csv, String expected) {
        SampleFileException e = assertThrows(SampleFileException.class, () -> SampleCsvReader.read(new StringReader(csv), s -> { }));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}

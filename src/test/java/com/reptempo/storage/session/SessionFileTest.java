package com.reptempo.storage.session;

import com.reptempo.model.Sample;
import com.reptempo.storage.SampleFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SessionFileTest {
    @TempDir
    Path dir;

    @Test
    void aSessionSurvivesTheRoundTripExactly() throws IOException {
        Session session = SessionFixtures.session();
        List<Sample> samples = SessionFixtures.samples(1500);
        Path file = dir.resolve("s.rtsession");

        SessionFileWriter.write(file, session, samples, false);
        SessionContents read = new SessionFileReader().read(file);

        assertEquals(session.withSamples(SampleSummary.of(samples)), read.session());
        assertEquals(samples, read.samples());
        assertFalse(read.hasCapture());
        assertTrue(Double.isNaN(read.session().sets().get(0).result().reps().get(0).smoothness()), "NaN survives as null");
        assertEquals(1500, read.session().samples().count());
        assertEquals(50, read.session().samples().rate_hz(), 0.5);
    }

    @Test
    void sessionJsonIsPlainReadableJsonWithASchemaVersion() throws IOException {
        String json = new String(SessionJson.write(SessionFixtures.session()), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"schemaVersion\" : " + SessionJson.SCHEMA_VERSION), json);
        assertTrue(json.contains("\"startedAt\" : \"2025-03-14T09:30:12.345+01:00\""), json);
        assertTrue(json.contains("\"zone\" : \"Europe/Berlin\""), json);
        assertTrue(json.contains("\"kind\" : \"too-fast\""), json);
        assertFalse(json.contains("NaN"), "JSON has no NaN: unknown values are left out");
    }

    @Test
    void samplesAndCaptureArePackedFromFilesAndTheCaptureCanBeCopiedOut() throws IOException {
        List<Sample> samples = SessionFixtures.samples(200);
        Path csv = dir.resolve("in.csv");
        SessionFileWriter.write(dir.resolve("tmp.rtsession"), SessionFixtures.session(), samples, false);
        Files.write(csv, Files.readAllLines(Path.of("samples/cobra-lift-good.csv")).subList(0, 201));
        byte[] raw = new byte[5000];
        for (int i = 0; i < raw.length; i++) raw[i] = (byte) (i * 31);
        Path capture = Files.write(dir.resolve("in.rtraw"), raw);
        Path file = dir.resolve("packed.rtsession");

        SessionFileWriter.write(file, SessionFixtures.session().withSamples(SampleSummary.of(samples)), csv, capture, false);
        SessionContents read = new SessionFileReader().read(file);
        Path out = dir.resolve("out.rtraw");

        assertEquals(samples, read.samples());
        assertEquals(5000, read.captureBytes());
        assertTrue(new SessionFileReader().copyCapture(file, out));
        assertArrayEquals(raw, Files.readAllBytes(out));
    }

    @Test
    void newFilesHoldTheSampleBlockAndNoCsv() throws IOException {
        Path file = dir.resolve("s.rtsession");
        SessionFileWriter.write(file, SessionFixtures.session(), SessionFixtures.samples(100), false);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            assertEquals(List.of("session.json", "samples.bin"), zip.stream().map(java.util.zip.ZipEntry::getName).toList());
        }
    }

    @Test
    void filesOfSchemaVersionOneWithSamplesAsCsvAreStillRead() throws IOException {
        List<Sample> samples = SessionFixtures.samples(1500);
        Session session = SessionFixtures.session().withSamples(SampleSummary.of(samples));
        String v2 = new String(SessionJson.write(session), StandardCharsets.UTF_8);
        assertTrue(v2.contains("\"schemaVersion\" : 2"), v2);
        java.io.StringWriter csv = new java.io.StringWriter();
        try (com.reptempo.storage.SampleCsvWriter w = new com.reptempo.storage.SampleCsvWriter(csv, true)) {
            for (Sample s : samples) w.write(s);
        }
        java.util.Map<String, byte[]> v1 = new java.util.LinkedHashMap<>();
        v1.put("session.json", SessionFixtures.utf8(v2.replace("\"schemaVersion\" : 2", "\"schemaVersion\" : 1")));
        v1.put("samples.csv", SessionFixtures.utf8(csv.toString()));
        Path old = SessionFixtures.file(dir, "old.rtsession", SessionFixtures.zip(v1));
        Path now = dir.resolve("now.rtsession");
        SessionFileWriter.write(now, session, samples, false);

        SessionContents fromOld = new SessionFileReader().read(old);
        SessionContents fromNew = new SessionFileReader().read(now);

        assertEquals(fromNew.session(), fromOld.session());
        assertEquals(fromNew.samples(), fromOld.samples(), "the same doubles from the CSV and from the block");
        assertEquals(samples, fromNew.samples());
    }

    @Test
    void aRecordingWithoutSamplesIsSavedAndRead() throws IOException {
        Path csv = Files.writeString(dir.resolve("empty.csv"), "t_s,ax_g,ay_g,az_g\n");
        Path file = dir.resolve("e.rtsession");
        SessionFileWriter.write(file, SessionFixtures.session(), csv, null, false);
        assertTrue(new SessionFileReader().read(file).samples().isEmpty());
    }

    @Test
    void aDamagedWorkCsvIsRefusedAndNothingIsWritten() throws IOException {
        Path csv = Files.writeString(dir.resolve("bad.csv"), "t_s,ax_g,ay_g,az_g\n0.0,0,0,1\n0.01,0,x,1\n");
        Path file = dir.resolve("b.rtsession");
        SampleFileException e = assertThrows(SampleFileException.class,
                () -> SessionFileWriter.write(file, SessionFixtures.session(), csv, null, false));
        assertTrue(e.getMessage().contains(csv + ": line 3, column ay_g: 'x' is not a number"), e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void anExistingFileIsNeverOverwrittenUnlessAsked() throws IOException {
        Path file = dir.resolve("s.rtsession");
        SessionFileWriter.write(file, SessionFixtures.session(), SessionFixtures.samples(10), false);
        byte[] before = Files.readAllBytes(file);

        SampleFileException e = assertThrows(SampleFileException.class,
                () -> SessionFileWriter.write(file, SessionFixtures.session(), SessionFixtures.samples(20), false));

        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aFailedSaveLeavesNoPartialFileAndKeepsTheGoodOne() throws IOException {
        Path file = dir.resolve("s.rtsession");
        SessionFileWriter.write(file, SessionFixtures.session(), SessionFixtures.samples(10), false);
        byte[] good = Files.readAllBytes(file);
        Path missingCsv = dir.resolve("gone.csv");

        assertThrows(NoSuchFileException.class,
                () -> SessionFileWriter.write(file, SessionFixtures.session(), missingCsv, null, true));
        assertThrows(NoSuchFileException.class,
                () -> SessionFileWriter.write(dir.resolve("new.rtsession"), SessionFixtures.session(), missingCsv, null, false));

        assertArrayEquals(good, Files.readAllBytes(file), "the good file is untouched");
        assertFalse(Files.exists(dir.resolve("new.rtsession")), "no half-written file");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void filesAreOwnerOnlyOnPosix() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Path file = dir.resolve("lib/sub/s.rtsession");
        SessionFileWriter.write(file, SessionFixtures.session(), SessionFixtures.samples(10), false);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
    }

    @Test
    void samplesBetweenSelectsASetsSpanInclusive() throws IOException {
        List<Sample> samples = SessionFixtures.samples(100);
        SessionContents c = new SessionContents(SessionFixtures.session(), samples, -1);
        List<Sample> span = c.samplesBetween(samples.get(10).t_s(), samples.get(20).t_s());
        assertEquals(samples.subList(10, 21), span);
        assertTrue(c.samplesBetween(1e6, 2e6).isEmpty());
    }
}

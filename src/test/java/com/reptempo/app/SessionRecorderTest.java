package com.reptempo.app;

import com.reptempo.device.LinkState;
import com.reptempo.model.DeviceInfo;
import com.reptempo.model.LinkStats;
import com.reptempo.model.Placement;
import com.reptempo.model.Sample;
import com.reptempo.model.SetResult;
import com.reptempo.storage.SampleCsvReader;
import com.reptempo.storage.session.SessionContents;
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
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionRecorderTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-14T08:30:00Z"), ZoneId.of("Europe/Berlin"));
    static final LinkStats LINK = new LinkStats(5000, 400, 2, 0, 0, 0, 0, 0, 30, 4, 0, 0, 396, 0, 0);
    static final DeviceInfo DEVICE = new DeviceInfo("1.2.0", "00c0ffee", "MPU-6050", 50, 4, 500, true, Placement.LOWER_BACK);

    @TempDir
    Path dir;
    SessionLibrary library;
    List<Sample> samples;

    @BeforeEach
    void setUp() throws IOException {
        library = new SessionLibrary(dir.resolve("lib"));
        samples = SessionFixtures.samples(600);
    }

    static SessionRecorder start(SessionLibrary library) throws IOException {
        return SessionRecorder.start(library, new SessionRecorder.Start("P-017", 2, null, "/dev/ttyACM0"), CLOCK,
                new Random(7), () -> LINK);
    }

    private void feed(SessionRecorder r, int from, int to) {
        for (int i = from; i < to; i++) {
            r.onSample(samples.get(i));
            byte[] raw = {(byte) i, (byte) (i >> 8)};
            r.onRawBytes(raw, 0, 2);
        }
    }

    @Test
    void aFinishedRecordingIsOneSessionFileAndNoWorkFolder() throws IOException {
        SessionRecorder r = start(library);
        r.onDeviceInfo(DEVICE);
        r.onStateChanged(LinkState.CONNECTED, "connected");
        feed(r, 0, 100);
        r.beginSet(SessionFixtures.ROUTINE.get("cobra-lift"));
        feed(r, 100, 300);
        SetResult live = new SetResult("cobra-lift", List.of(SessionFixtures.rep(1, 3, null)), 77, samples.get(100).t_s(), samples.get(299).t_s());
        r.endSet(live);
        r.beginSet(SessionFixtures.ROUTINE.get("heel-scoop"));
        feed(r, 300, 600);
        r.setPainAndNotes(2, 1, "all good");
        Path file = r.finish();

        SessionContents c = library.reader().read(file);
        assertEquals(samples, c.samples());
        assertEquals(1200, c.captureBytes());
        assertEquals("P-017", c.session().info().patient());
        assertEquals("2025-03-14T09:30+01:00[Europe/Berlin]", c.session().info().startedAt().toString());
        assertEquals(DEVICE, c.session().info().device());
        assertEquals(LINK, c.session().info().link());
        assertEquals(2, c.session().info().painBefore());
        assertEquals(1, c.session().info().painAfter());
        assertEquals("all good", c.session().info().notes());
        assertFalse(c.session().info().recovered());
        assertEquals(2, c.session().sets().size());
        assertEquals(live, c.session().sets().get(0).result());
        assertEquals(samples.get(99).t_s(), c.session().sets().get(0).start_s(), 1e-9);
        assertEquals(samples.get(299).t_s(), c.session().sets().get(0).end_s(), 1e-9);
        assertNull(c.session().sets().get(1).result(), "a set still open at finish is kept without a result");
        assertEquals(samples.get(599).t_s(), c.session().sets().get(1).end_s(), 1e-9);
        assertFalse(Files.exists(r.workFolder()), "the work folder is removed");
        assertTrue(new RecoveryFinder(library).find().isEmpty());
    }

    @Test
    void thePrescriptionInForceIsAppliedToEachSetAndStored() throws IOException {
        var p = SessionFixtures.session().prescription();
        SessionRecorder r = SessionRecorder.start(library, new SessionRecorder.Start("P-017", null, p, "demo"), CLOCK, new Random(1), null);
        feed(r, 0, 10);
        r.beginSet(SessionFixtures.ROUTINE.get("cobra-lift"));
        feed(r, 10, 20);
        r.endSet(null);
        SessionContents c = library.reader().read(r.finish());
        assertEquals(p, c.session().prescription());
        assertEquals(6, c.session().sets().get(0).exercise().minReps());
        assertEquals(8.0, c.session().sets().get(0).exercise().thresholds().maxPelvisRotation_deg());
    }

    @Test
    void samplesReachTheDiskWithinASecondOfSampleTime() throws IOException {
        SessionRecorder r = start(library);
        feed(r, 0, 400);
        Path csv = r.workFolder().resolve("samples.csv");
        List<Sample> onDisk = SampleCsvReader.readAll(csv).samples();
        assertEquals(samples.subList(0, onDisk.size()), onDisk);
        assertTrue(onDisk.get(onDisk.size() - 1).t_s() > samples.get(399).t_s() - 1.0,
                "on disk up to " + onDisk.get(onDisk.size() - 1).t_s() + " s of " + samples.get(399).t_s());
        r.close();
    }

    @Test
    void aCheckpointFlushesTheSamplesAndRefreshesTheJournal() throws IOException {
        SessionRecorder r = start(library);
        feed(r, 0, 30);
        r.checkpoint();
        assertEquals(30, SampleCsvReader.readAll(r.workFolder().resolve("samples.csv")).samples().size(),
                "every sample is on disk even within the first second");
        String journal = Files.readString(r.workFolder().resolve("journal.json"));
        assertTrue(journal.contains("\"count\" : 30"), journal);
        assertTrue(journal.contains("\"lostSamples\" : 4"), journal);
        r.close();
    }

    @Test
    void aRunningRecordingIsNeverOfferedForRecovery() throws IOException {
        SessionRecorder r = start(library);
        feed(r, 0, 100);
        assertTrue(new RecoveryFinder(library).find().isEmpty());
        r.close();
        assertEquals(1, new RecoveryFinder(library).find().size());
    }

    @Test
    void theWorkFolderAndEverythingInItIsOwnerOnly() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        SessionRecorder r = start(library);
        feed(r, 0, 10);
        for (String name : List.of("samples.csv", "capture.rtraw", "journal.json", "lock")) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(r.workFolder().resolve(name))), name);
        }
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(r.workFolder())));
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(library.root())));
        r.close();
    }

    @Test
    void misuseSaysWhatIsWrong() throws IOException {
        SessionRecorder r = start(library);
        assertThrows(IllegalStateException.class, () -> r.endSet(null));
        r.beginSet(SessionFixtures.ROUTINE.get("cobra-lift"));
        assertThrows(IllegalStateException.class, () -> r.beginSet(SessionFixtures.ROUTINE.get("cobra-lift")));
        r.finish();
        assertThrows(IllegalStateException.class, () -> r.beginSet(SessionFixtures.ROUTINE.get("cobra-lift")));
        assertThrows(IllegalStateException.class, r::finish);
    }

    @Test
    void twoRecordingsInTheSameSecondGetDifferentIds() throws IOException {
        SessionRecorder a = start(library);
        SessionRecorder b = SessionRecorder.start(library, new SessionRecorder.Start("P-017", null, null, ""), CLOCK, new Random(7), null);
        assertFalse(a.id().equals(b.id()));
        assertArrayEquals(new String[]{a.id().substring(0, 15)}, new String[]{b.id().substring(0, 15)});
        a.close();
        b.close();
    }
}

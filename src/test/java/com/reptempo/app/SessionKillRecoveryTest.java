package com.reptempo.app;

import com.reptempo.model.Sample;
import com.reptempo.storage.session.RecordedSet;
import com.reptempo.storage.session.SessionContents;
import com.reptempo.storage.session.SessionLibrary;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Kills a real recording process with SIGKILL after about three seconds of samples and recovers
 * the session: every sample up to at most one second before the kill is there, and nothing is
 * corrupt.
 */
@Tag("slow")
class SessionKillRecoveryTest {
    @TempDir
    Path dir;

    private volatile double reported_s = -1;
    private volatile String id;

    @Test
    void aKilledRecordingLosesAtMostTheLastSecond() throws Exception {
        Path library = dir.resolve("lib");
        Path stderr = dir.resolve("child.err");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "-XX:TieredStopAtLevel=1", SessionRecordingChild.class.getName(), library.toString())
                .redirectError(stderr.toFile()).start();
        Thread reader = new Thread(() -> readReports(child), "child stdout");
        reader.setDaemon(true);
        reader.start();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (reported_s < 3.0) {
            if (!child.isAlive()) fail("the recording process ended early: " + Files.readString(stderr));
            if (System.nanoTime() > deadline) {
                child.destroyForcibly();
                fail("no 3 s of samples within 60 s: " + Files.readString(stderr));
            }
            Thread.sleep(5);
        }
        double lastTaken_s = reported_s;
        child.destroyForcibly();
        assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        assertEquals(128 + 9, child.exitValue(), "killed by SIGKILL");

        SessionLibrary lib = new SessionLibrary(library);
        List<RecoveryCandidate> found = new RecoveryFinder(lib).find();
        assertEquals(1, found.size());
        assertEquals(id, found.get(0).id());
        RecoverSession.Outcome outcome = new RecoverSession(lib, Optional.empty()).recover(found.get(0));
        SessionContents c = lib.reader().read(outcome.file());

        List<Sample> expected = SessionRecordingChild.samples();
        List<Sample> got = c.samples();
        assertFalse(got.isEmpty());
        for (int i = 0; i < got.size(); i++) same(expected.get(i), got.get(i), i);
        double last_s = got.get(got.size() - 1).t_s();
        System.out.printf("killed after the recorder took %.2f s of samples; recovered %d samples up to %.2f s: %s%n",
                lastTaken_s, got.size(), last_s, outcome.message());
        assertTrue(last_s > lastTaken_s - 1.0, "recovered up to " + last_s + " s; the recorder had taken " + lastTaken_s + " s");
        assertTrue(c.session().info().recovered());
        assertEquals("P-017", c.session().info().patient());
        assertEquals(4, c.session().info().painBefore());
        RecordedSet set = c.session().sets().get(0);
        assertEquals("cobra-lift", set.exercise().id());
        assertEquals(last_s, set.end_s(), 1e-6, "the set in progress ends at the last recovered sample");
        assertFalse(Files.exists(found.get(0).folder()));
    }

    private static void same(Sample want, Sample got, int i) {
        String at = "sample " + i;
        assertEquals(want.t_s(), got.t_s(), 6e-7, at);
        assertEquals(want.ax_g(), got.ax_g(), 6e-7, at);
        assertEquals(want.ay_g(), got.ay_g(), 6e-7, at);
        assertEquals(want.az_g(), got.az_g(), 6e-7, at);
        assertEquals(want.gx_dps(), got.gx_dps(), 6e-5, at);
        assertEquals(want.gy_dps(), got.gy_dps(), 6e-5, at);
        assertEquals(want.gz_dps(), got.gz_dps(), 6e-5, at);
    }

    private void readReports(Process child) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("id ")) id = line.substring(3);
                else if (line.startsWith("t ")) reported_s = Double.parseDouble(line.substring(2));
            }
        } catch (IOException e) {
            // the pipe closes when the child is killed: nothing more to read
            return;
        }
    }
}

package com.reptempo.cli;

import com.reptempo.model.Sample;
import com.reptempo.storage.SampleCsvReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code record} from a fake device over a pty, then {@code replay} of what it wrote. */
@Tag("slow")
class RecordReplayCliTest {
    @TempDir
    Path dir;

    @Test
    void recordsCsvAndRawCaptureThatReplayToTheSameSamples() throws Exception {
        Path dev = dir.resolve("dev");
        Path host = dir.resolve("host");
        Process socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + dev, "pty,raw,echo=0,link=" + host)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        try {
            while (!Files.exists(dev) || !Files.exists(host)) Thread.sleep(10);
            Process make = new ProcessBuilder("make", "-s", "-C", "firmware-protocol/c").inheritIO().start();
            assertEquals(0, make.waitFor());
            Process device = new ProcessBuilder("firmware-protocol/c/build/fake_device", "--port", dev.toString(),
                    "--rate", "200", "--batch", "4", "--gyro").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectErrorStream(true).start();
            try {
                Path out = dir.resolve("rec.csv");
                CliRun run = CliRun.of("record", "--port", host.toString(), "--out", out.toString(), "--duration", "3");
                assertEquals(0, run.exitCode(), run.err());
                assertTrue(run.err().contains("connected"), run.err());
                assertTrue(run.err().contains("samples") && run.err().contains("link"), "running counts: " + run.err());
                assertTrue(run.out().contains("saved"), run.out());

                List<Sample> recorded = SampleCsvReader.readAll(out).samples();
                assertTrue(recorded.size() >= 400, "about 3 s at 200 Hz, got " + recorded.size());
                Path raw = dir.resolve("rec.rtraw");
                assertTrue(Files.size(raw) > 0);

                Path back = dir.resolve("back.csv");
                CliRun replay = CliRun.of("replay", raw.toString(), "--fast", "--csv", back.toString());
                assertEquals(0, replay.exitCode(), replay.err());
                List<Sample> replayed = SampleCsvReader.readAll(back).samples();
                assertEquals(recorded, replayed, "the raw capture replays to exactly the recorded samples");
            } finally {
                device.destroy();
                device.waitFor(3, TimeUnit.SECONDS);
            }
        } finally {
            socat.destroyForcibly().waitFor();
        }
    }

    @Test
    void badArgumentsGetOneClearLine() throws Exception {
        CliRun missing = CliRun.of("record", "--port", dir.resolve("nothing").toString(), "--out", dir.resolve("x.csv").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("no serial port"), missing.err());
        assertFalse(Files.exists(dir.resolve("x.csv")), "no empty recording left behind");

        CliRun badDuration = CliRun.of("record", "--port", "/dev/null", "--out", dir.resolve("y.csv").toString(), "--duration", "-2");
        assertEquals(1, badDuration.exitCode());
        assertTrue(badDuration.err().startsWith("reptempo: --duration"), badDuration.err());

        CliRun noFile = CliRun.of("replay", dir.resolve("absent.csv").toString());
        assertEquals(1, noFile.exitCode());
        assertTrue(noFile.err().contains("no such file"), noFile.err());

        Path corrupt = dir.resolve("corrupt.csv");
        Files.writeString(corrupt, "t_s,ax_g,ay_g,az_g\n0,0,0,1\n0.01,zz,0,1\n");
        CliRun bad = CliRun.of("replay", corrupt.toString(), "--fast");
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("line 3") && !bad.err().contains("Exception"), bad.err());

        assertEquals(2, CliRun.of("record", "--port").exitCode(), "usage errors exit with 2");
    }
}

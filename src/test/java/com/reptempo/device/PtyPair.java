package com.reptempo.device;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A pair of connected pseudo-terminals made by socat: the device side and the host side. Killing
 * it is what unplugging a USB sensor looks like to the host (reads fail with EIO).
 */
final class PtyPair implements AutoCloseable {
    final Path deviceSide;
    final Path hostSide;
    private Process socat;

    PtyPair(Path dir, String name) throws IOException, InterruptedException {
        this.deviceSide = dir.resolve(name + "-dev");
        this.hostSide = dir.resolve(name + "-host");
        start();
    }

    void start() throws IOException, InterruptedException {
        requireTool("socat");
        Files.deleteIfExists(deviceSide);
        Files.deleteIfExists(hostSide);
        socat = new ProcessBuilder(List.of("socat", "pty,raw,echo=0,link=" + deviceSide, "pty,raw,echo=0,link=" + hostSide))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(Files.exists(deviceSide) && Files.exists(hostSide))) {
            if (System.nanoTime() > deadline || !socat.isAlive()) throw new IOException("socat did not create the pty pair");
            Thread.sleep(10);
        }
    }

    /** Kills socat at once, like pulling the cable. */
    void unplug() throws InterruptedException {
        socat.destroyForcibly();
        socat.waitFor(5, TimeUnit.SECONDS);
    }

    static void requireTool(String tool) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", "command -v " + tool).start();
        if (p.waitFor() != 0) {
            throw new IOException(tool + " is not installed: this end-to-end test needs it (bash .ci/run installs it)");
        }
    }

    @Override
    public void close() throws InterruptedException, IOException {
        unplug();
        Files.deleteIfExists(deviceSide);
        Files.deleteIfExists(hostSide);
    }
}

package com.reptempo.device;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The C fake device of firmware-protocol/c, built with make and run as a separate process. */
final class FakeDevice implements AutoCloseable {
    static final Path C_DIR = Path.of("firmware-protocol", "c");
    static final Path BINARY = C_DIR.resolve("build").resolve("fake_device");

    private final Process process;
    final Path writeLog;

    private FakeDevice(Process process, Path writeLog) {
        this.process = process;
        this.writeLog = writeLog;
    }

    /** Builds the fake device (once per JVM; make is incremental). */
    static synchronized void build() throws IOException, InterruptedException {
        PtyPair.requireTool("make");
        PtyPair.requireTool("gcc");
        Process make = new ProcessBuilder("make", "-s", "-C", C_DIR.toString()).redirectErrorStream(true).start();
        String out = new String(make.getInputStream().readAllBytes());
        if (make.waitFor() != 0 || !Files.isExecutable(BINARY)) throw new IOException("building the fake device failed:\n" + out);
    }

    static FakeDevice start(Path port, Path writeLog, String... options) throws IOException, InterruptedException {
        build();
        List<String> cmd = new ArrayList<>(List.of(BINARY.toString(), "--port", port.toString()));
        if (writeLog != null) cmd.addAll(List.of("--write-log", writeLog.toString()));
        cmd.addAll(List.of(options));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return new FakeDevice(p, writeLog);
    }

    boolean waitFor(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    int exitValue() {
        return process.exitValue();
    }

    /** Samples the device wrote, from its write log: the sum of the batch counts. */
    long samplesWritten() throws IOException {
        return Files.readAllLines(writeLog).stream().filter(l -> !l.isBlank())
                .mapToLong(l -> Long.parseLong(l.trim().split("\\s+")[1])).sum();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(3, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
    }
}

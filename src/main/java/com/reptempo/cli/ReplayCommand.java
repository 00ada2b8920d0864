package com.reptempo.cli;

import com.reptempo.app.CaptureToFiles;
import com.reptempo.device.LinkState;
import com.reptempo.device.ReplaySource;
import com.reptempo.storage.CaptureWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code reptempo replay}: plays a recording as if the sensor were attached. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Play a recording (RepTempo CSV or raw capture .rtraw) at its real pace, faster, or as fast as possible.")
final class ReplayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A .csv or .rtraw recording.")
    Path file;

    @Option(names = "--speed", defaultValue = "1", description = "Pace factor: 1 real time, 4 four times faster (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--fast", description = "As fast as possible.")
    boolean fast;

    @Option(names = "--csv", paramLabel = "OUT", description = "Also write the decoded samples to this CSV (converts a raw capture).")
    Path csvOut;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isRegularFile(file)) throw new UserFacingException("no such file: " + file);
        if (!fast && !(speed > 0)) throw new UserFacingException("--speed must be a positive factor (or use --fast)");
        ReplaySource source = new ReplaySource(file, fast ? 0 : speed);
        PrintWriter err = spec.commandLine().getErr();
        CaptureToFiles replay = new CaptureToFiles(source, new CaptureWriter(csvOut, null, true, Double.POSITIVE_INFINITY));
        replay.start();
        long nextPrint_ns = System.nanoTime() + 1_000_000_000L;
        while (!replay.ended()) {
            Thread.sleep(20);
            if (System.nanoTime() >= nextPrint_ns) {
                err.println(ProgressLine.format(replay.progress()));
                err.flush();
                nextPrint_ns += 1_000_000_000L;
            }
        }
        replay.stop();
        CaptureToFiles.Progress p = replay.progress();
        PrintWriter out = spec.commandLine().getOut();
        replay.drainEvents(e -> {
            if (p.state() == LinkState.FAILED) err.println("reptempo: " + e);
        });
        out.println(ProgressLine.format(p));
        if (csvOut != null && p.samples() > 0) out.println("wrote " + csvOut);
        out.flush();
        err.flush();
        return p.state() == LinkState.FAILED ? 1 : 0;
    }
}

package com.reptempo.cli;

import com.reptempo.app.CaptureToFiles;
import com.reptempo.device.LinkState;
import com.reptempo.device.DemoSensorSource;
import com.reptempo.device.SampleSource;
import com.reptempo.device.SerialPortSource;
import com.reptempo.simulator.Pacing;
import com.reptempo.storage.CaptureWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code reptempo record}: samples from a serial sensor to a CSV plus a raw capture. */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = {"Record a serial sensor (or the demo sensor) to FILE.csv (samples in g and deg/s) and FILE.rtraw (the exact bytes received).",
                "Stops with Ctrl+C or after --duration; everything received is kept."})
final class RecordCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", description = "Port name or device path, e.g. /dev/ttyACM0, COM3 or a pty path.")
    String port;

    @Option(names = "--demo", description = "Record the built-in demo sensor (a simulated person, no hardware) instead of a port; "
            + "choose what she does with --exercise (default: the whole routine), --faults, --tempo, --seed ...")
    boolean demo;

    @Option(names = "--speed", defaultValue = "1", description = "With --demo: 1 real time (default), 10 ten times faster.")
    double speed;

    @Mixin
    SimulationOptions simulation;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Output CSV file; the raw capture is written beside it as .rtraw.")
    Path out;

    @Option(names = "--duration", paramLabel = "SECONDS", description = "Stop after this many seconds (default: until Ctrl+C).")
    Double duration_s;

    @Option(names = "--baud", defaultValue = "" + SerialPortSource.DEFAULT_BAUD, description = "Line speed for UART adapters (default: ${DEFAULT-VALUE}; USB and Bluetooth ignore it).")
    int baud;

    @Option(names = "--overwrite", description = "Replace existing output files.")
    boolean overwrite;

    @Option(names = "--quiet", description = "Print only the final summary.")
    boolean quiet;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (duration_s != null && !(duration_s > 0)) throw new UserFacingException("--duration must be a positive number of seconds");
        Path csv = out.getFileName().toString().endsWith(".csv") ? out : out.resolveSibling(out.getFileName() + ".csv");
        CaptureToFiles recording = new CaptureToFiles(source(), new CaptureWriter(csv, CaptureWriter.rawBeside(csv), overwrite));
        PrintWriter err = spec.commandLine().getErr();
        Thread hook = new Thread(() -> stopQuietly(recording), "record-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        recording.start();
        long end_ns = duration_s == null ? Long.MAX_VALUE : System.nanoTime() + (long) (duration_s * 1e9);
        long nextPrint_ns = System.nanoTime() + 1_000_000_000L;
        while (!recording.ended() && System.nanoTime() < end_ns) {
            Thread.sleep(50);
            recording.drainEvents(e -> err.println(e));
            if (!quiet && System.nanoTime() >= nextPrint_ns) {
                err.println(ProgressLine.format(recording.progress()));
                err.flush();
                nextPrint_ns += 1_000_000_000L;
            }
        }
        recording.stop();
        Runtime.getRuntime().removeShutdownHook(hook);
        recording.drainEvents(e -> err.println(e));
        CaptureToFiles.Progress p = recording.progress();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(ProgressLine.format(p));
        if (p.samples() > 0) stdout.println("saved " + csv + " and " + CaptureWriter.rawBeside(csv));
        stdout.flush();
        err.flush();
        return p.state() == LinkState.FAILED || p.problem() != null ? 1 : 0;
    }

    private SampleSource source() {
        if (demo == (port != null)) throw new UserFacingException("give either --port PORT or --demo");
        if (!demo) return new SerialPortSource(port, baud);
        if (!(speed > 0) || speed > 1000) throw new UserFacingException("--speed must be in (0, 1000]");
        if (simulation.exercise == null) simulation.exercise = "routine";
        Pacing pacing = duration_s != null ? Pacing.LOOP : Pacing.ONCE;
        return new DemoSensorSource(simulation.plan(pacing), speed, "demo sensor: " + simulation.exercise);
    }

    private static void stopQuietly(CaptureToFiles recording) {
        try {
            recording.stop();
        } catch (IOException e) {
            System.err.println("reptempo: closing the recording failed: " + e.getMessage());
        }
    }
}

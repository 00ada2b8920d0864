package com.reptempo.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code reptempo} command: the program's single entry point. */
@Command(name = "reptempo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "RepTempo: counts and times slow floor exercises from a wearable motion sensor.",
        subcommands = {
                // one subcommand per line
                SimulateCommand.class,
                DashboardCommand.class,
                PortsCommand.class,
                RecordCommand.class,
                ReplayCommand.class,
                AnalyzeCommand.class,
                EvalCommand.class,
                SessionsCommand.class,
                ScreenshotsCommand.class,
                ReportCommand.class,
        })
public final class RepTempoCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a command: the dashboard when there is a display, otherwise the usage. */
    @Override
    public void run() {
        if (java.awt.GraphicsEnvironment.isHeadless()) {
            spec.commandLine().usage(spec.commandLine().getOut());
            return;
        }
        spec.commandLine().getSubcommands().get("dashboard").execute();
    }

    /** Builds the command line with the program's error handling. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RepTempoCli());
        cl.setExecutionExceptionHandler(new FriendlyErrors());
        return cl;
    }

    /** Runs with standard streams and returns the exit code (0 ok, 1 failure, 2 usage). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        if (code != 0 || !dashboardOpen()) System.exit(code);
    }

    /** The dashboard keeps the JVM alive until its window closes; commands exit at once. */
    private static boolean dashboardOpen() {
        return java.util.Arrays.stream(java.awt.Frame.getFrames()).anyMatch(java.awt.Frame::isDisplayable);
    }
}

package com.reptempo.cli;

import com.reptempo.app.ExportSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code reptempo sessions export}: reps, samples or the raw capture of a session, for a spreadsheet or another program. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports a session as CSV for a spreadsheet: one row per rep (--reps) and/or one row per sample (--samples);",
                "--capture copies the raw serial capture out. Text cells that a spreadsheet would run as a formula are neutralised."})
final class SessionsExportCommand extends SessionsSubcommand {
    @Parameters(paramLabel = "ID|FILE", description = "A session id (or its unique start), or a .rtsession file.")
    String session;
    @Option(names = "--reps", paramLabel = "OUT.csv", description = "Write one row per rep: exercise, side, phase durations, targets, deviations, faults, quality.")
    Path reps;
    @Option(names = "--samples", paramLabel = "OUT.csv", description = "Write one row per sample (g, deg/s) with its set and exercise.")
    Path samples;
    @Option(names = "--capture", paramLabel = "OUT.rtraw", description = "Copy the raw capture (sessions recorded from a serial sensor).")
    Path capture;
    @Option(names = "--reanalysed", description = "Export the reps as re-analysed now instead of as recorded.")
    boolean reanalysed;
    @Option(names = "--overwrite", description = "Replace existing output files.")
    boolean overwrite;

    @Override
    int run(SessionsContext ctx, PrintWriter out) throws IOException {
        if (reps == null && samples == null && capture == null) {
            throw new UserFacingException("say what to export: --reps OUT.csv, --samples OUT.csv and/or --capture OUT.rtraw");
        }
        ExportSession export = new ExportSession(ctx.reopener());
        if (reps != null) out.println(export.reps(session, reps, reanalysed, overwrite).message());
        if (samples != null) out.println(export.samples(session, samples, overwrite).message());
        if (capture != null) {
            Path file = ctx.library.resolve(session);
            boolean had = ctx.library.reader().copyCapture(file, capture, overwrite);
            out.println(had ? "wrote the raw capture to " + capture : "this session has no raw capture (it was not recorded from a serial sensor)");
            if (!had) {
                return 1;
            }
        }
        return 0;
    }
}

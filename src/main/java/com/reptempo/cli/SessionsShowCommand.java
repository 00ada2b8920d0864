package com.reptempo.cli;

import com.reptempo.app.SessionReopener;
import com.reptempo.model.RepResult;
import com.reptempo.storage.session.Session;
import com.reptempo.storage.session.SessionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** {@code reptempo sessions show}: one session, as recorded and as analysed now. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Shows a session: who, when, the sensor and link, pain and notes, and every set as recorded and,",
                "when this build has the analysis pipeline, as re-analysed now from the raw samples."})
final class SessionsShowCommand extends SessionsSubcommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss VV", Locale.ROOT);

    @Parameters(paramLabel = "ID|FILE", description = "A session id (or its unique start) from 'sessions list', or a .rtsession file.")
    String session;
    @Option(names = "--reps", description = "Also list every rep.")
    boolean reps;

    @Override
    int run(SessionsContext ctx, PrintWriter out) throws IOException {
        SessionReopener.Reopened r = ctx.reopener().reopen(session);
        Session s = r.session();
        SessionInfo i = s.info();
        out.println("session " + i.id() + " (" + r.file() + ")");
        out.println("  patient:  " + i.patient());
        out.println("  started:  " + WHEN.format(i.startedAt()));
        out.println("  origin:   " + i.origin().name().toLowerCase(Locale.ROOT) + (i.source().isEmpty() ? "" : " from " + i.source()));
        if (i.recovered()) out.println("  RECOVERED after an interruption: " + i.recoveryNote());
        out.println("  sensor:   " + (i.device().model().isEmpty() ? "unknown" : i.device().describe()));
        out.println("  link:     " + SessionsText.link(i.link()));
        out.printf(Locale.ROOT, "  samples:  %d over %s at %.1f Hz, %s%s%n", s.samples().count(), SessionsText.duration(s.samples().duration_s()),
                s.samples().rate_hz(), s.samples().hasGyro() ? "with gyroscope" : "accelerometer only",
                r.contents().hasCapture() ? ", raw capture kept" : "");
        out.println("  pain:     before " + (i.painBefore() == null ? "not given" : i.painBefore() + "/10")
                + ", after " + (i.painAfter() == null ? "not given" : i.painAfter() + "/10"));
        if (!i.notes().isEmpty()) out.println("  notes:    " + i.notes());
        out.println("  targets:  " + (s.prescription() == null ? "the routine's defaults" : "the " + s.prescription().describe()) + " (in force then)");
        out.println("  analysis: " + r.analysis());
        int n = 1;
        for (SessionReopener.SetComparison c : r.sets()) {
            out.printf(Locale.ROOT, "set %d: %s, %.1f-%.1f s; targets %s%n", n++, c.recorded().exercise().name(),
                    c.recorded().start_s(), c.recorded().end_s(), SessionsText.targets(c.recorded().exercise()));
            out.println("  as recorded:   " + c.recordedResult().map(SessionsText::result).orElse("not analysed"));
            c.recomputedResult().ifPresent(x -> out.println("  re-analysed:   " + SessionsText.result(x)
                    + (c.current().equals(c.recorded().exercise()) ? "" : " (targets now " + SessionsText.targets(c.current()) + ")")));
            if (reps) {
                var shown = c.recomputedResult().or(c::recordedResult);
                shown.ifPresent(res -> {
                    for (RepResult rep : res.reps()) out.println("    " + SessionsText.rep(rep));
                });
            }
        }
        return 0;
    }
}

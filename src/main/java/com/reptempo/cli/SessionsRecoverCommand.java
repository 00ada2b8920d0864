package com.reptempo.cli;

import com.reptempo.app.RecoverSession;
import com.reptempo.app.RecoveryCandidate;
import com.reptempo.app.RecoveryFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** {@code reptempo sessions recover}: rebuilds sessions whose recording was interrupted. */
@Command(name = "recover", mixinStandardHelpOptions = true,
        description = {"Finds recordings that were interrupted (crash, kill, power cut) and saves each as a session marked",
                "recovered: all samples up to at most the last second before the interruption. Running recordings are left alone."})
final class SessionsRecoverCommand extends SessionsSubcommand {
    @Option(names = "--list", description = "Only list the interrupted recordings.")
    boolean listOnly;

    @Override
    int run(SessionsContext ctx, PrintWriter out) throws IOException {
        if (listOnly) {
            List<RecoveryCandidate> found = new RecoveryFinder(ctx.library).find();
            for (RecoveryCandidate c : found) {
                out.printf(Locale.ROOT, "%s  %s  %s  %d bytes of samples%n", c.id(), c.patient(),
                        c.startedAt() == null ? "start unknown" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(c.startedAt()),
                        c.sampleBytes());
            }
            out.println(found.size() + " interrupted recording(s)" + (found.isEmpty() ? "" : "; 'sessions recover' saves them"));
            return 0;
        }
        List<RecoverSession.Outcome> done = new RecoverSession(ctx.library, ctx.analyzer).recoverAll();
        done.forEach(o -> out.println(o.message()));
        if (done.isEmpty()) out.println("nothing to recover: no interrupted recordings in " + ctx.library.root());
        return done.stream().anyMatch(o -> o.file() == null) ? 1 : 0;
    }
}

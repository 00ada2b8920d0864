package com.reptempo.cli;

import com.reptempo.storage.session.LibraryListing;
import com.reptempo.storage.session.SessionFilter;
import com.reptempo.storage.session.SessionSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** {@code reptempo sessions list}: the library, or one patient's history. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the sessions in the library, oldest first; with --patient, that patient's history.")
final class SessionsListCommand extends SessionsSubcommand {
    @Option(names = "--patient", paramLabel = "PSEUDONYM", description = "Only this patient's sessions.")
    String patient;
    @Option(names = "--exercise", paramLabel = "ID", description = "Only sessions with a set of this exercise, e.g. cobra-lift.")
    String exercise;
    @Option(names = "--from", paramLabel = "DATE", description = "Only sessions on or after this day, e.g. 2025-03-01.")
    String from;
    @Option(names = "--to", paramLabel = "DATE", description = "Only sessions on or before this day.")
    String to;

    @Override
    int run(SessionsContext ctx, PrintWriter out) throws IOException {
        SessionFilter filter;
        try {
            filter = new SessionFilter(patient, exercise, date(from, "--from"), date(to, "--to"));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        LibraryListing listing = ctx.library.list(filter);
        if (patient != null) {
            out.println("history of " + patient + ": " + listing.sessions().size() + " session(s); targets from "
                    + ctx.prescriptions.current(patient).description());
        }
        for (SessionSummary s : listing.sessions()) out.println(SessionsText.summary(s));
        out.println(listing.sessions().size() + " session(s) in " + ctx.library.root());
        for (String p : listing.problems()) err().println("reptempo: skipped a file that cannot be read: " + p);
        return 0;
    }

    private static LocalDate date(String s, String option) {
        if (s == null) return null;
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new UserFacingException(option + " must be a day such as 2025-03-01, got '" + s + "'", e);
        }
    }
}

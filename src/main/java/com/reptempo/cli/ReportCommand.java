package com.reptempo.cli;

import com.reptempo.app.SessionLibraryLocation;
import com.reptempo.app.SessionPipeline;
import com.reptempo.app.review.Progress;
import com.reptempo.app.review.ReportBuilder;
import com.reptempo.app.review.ResultChoice;
import com.reptempo.app.review.ReviewReport;
import com.reptempo.storage.RoutineJson;
import com.reptempo.storage.session.SessionLibrary;
import com.reptempo.ui.report.PdfReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code reptempo report}: the physiotherapist's PDF report of a session or of a patient's date range, without a display. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes a PDF report: one session (tempo, form and motion charts per set, every rep with its deviations",
                "and faults, pain and notes) or a patient's sessions over a date range (with the trends). Needs no display."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** What the report covers: one session, or a patient (with optional dates). */
    static final class Scope {
        @Option(names = "--session", paramLabel = "ID|FILE", required = true,
                description = "A session id (or its unique start) from 'sessions list', or a .rtsession file.")
        String session;
        @Option(names = "--patient", paramLabel = "PSEUDONYM", required = true, description = "Every session of this patient (see --from, --to).")
        String patient;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Scope scope;
    @Option(names = "--from", paramLabel = "DATE", description = "With --patient: sessions on or after this day, e.g. 2025-03-01.")
    String from;
    @Option(names = "--to", paramLabel = "DATE", description = "With --patient: sessions on or before this day.")
    String to;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PDF to write.")
    Path out;
    @Option(names = "--results", paramLabel = "reanalysed|recorded",
            description = {"Which results: 'reanalysed' (from the raw samples, current pipeline and prescription) or 'recorded'",
                    "(as at the time). Default: reanalysed for --session, recorded for --patient."})
    String results;
    @Option(names = "--overwrite", description = "Replace an existing PDF.")
    boolean overwrite;
    @Option(names = "--library", paramLabel = "DIR", description = "Session library folder (default: $REPTEMPO_LIBRARY, else ~/RepTempo/sessions).")
    Path library;

    @Override
    public Integer call() throws IOException {
        if (scope.session != null && (from != null || to != null)) throw new UserFacingException("--from and --to go with --patient, not --session");
        if (Files.exists(out) && !overwrite) throw new UserFacingException(out + " already exists; give --overwrite to replace it");
        SessionLibrary lib = new SessionLibrary(SessionLibraryLocation.resolve(library, System.getenv(SessionLibraryLocation.ENV),
                System.getProperty("user.home")));
        ReportBuilder builder = new ReportBuilder(lib, RoutineJson.bundled(), SessionPipeline.current(), Clock.systemDefaultZone());
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = (done, total, what) -> {
            if (total > 1) err.printf(Locale.ROOT, "  %d/%d %s%n", done, total, what);
        };
        ResultChoice choice = choice(scope.session != null ? ResultChoice.REANALYSED : ResultChoice.AS_RECORDED);
        long t0 = System.nanoTime();
        ReviewReport report;
        try {
            report = scope.session != null ? builder.session(scope.session, choice, progress)
                    : builder.patient(scope.patient, day(from, "--from"), day(to, "--to"), choice, progress);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        int pages = PdfReport.write(report, out);
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "wrote %s: %d page(s), %d session(s) of %s, %s, in %.1f s%n", out, pages, report.sessions().size(),
                report.patient(), report.dates(), (System.nanoTime() - t0) / 1e9);
        o.flush();
        err.flush();
        return 0;
    }

    private ResultChoice choice(ResultChoice otherwise) {
        if (results == null) return otherwise;
        switch (results.trim().toLowerCase(Locale.ROOT)) {
            case "reanalysed":
            case "reanalyzed":
                return ResultChoice.REANALYSED;
            case "recorded":
                return ResultChoice.AS_RECORDED;
            default:
                throw new UserFacingException("--results must be 'reanalysed' or 'recorded', got '" + results + "'");
        }
    }

    private static LocalDate day(String s, String option) {
        if (s == null) return null;
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new UserFacingException(option + " must be a day such as 2025-03-01, got '" + s + "'", e);
        }
    }
}

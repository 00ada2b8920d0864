package com.reptempo.ui.review;

import com.reptempo.app.SessionPipeline;
import com.reptempo.app.review.LibraryReview;
import com.reptempo.app.review.ReportBuilder;
import com.reptempo.app.review.ResultChoice;
import com.reptempo.ui.report.PdfReport;

import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;

/** The "PDF report…" buttons: a file dialog, then the report written in the background with progress. */
final class ReportActions {
    /** What the report covers. */
    enum Scope {
        /** The session open on the session screen, as shown there. */
        SESSION,
        /** The date range of the chosen sessions (or of every session shown) of the chosen patient, with the results chosen there. */
        LIBRARY
    }

    private ReportActions() {
    }

    static void chooseAndWrite(ReviewScreens screens, ProgressView progress, Scope scope) {
        JFileChooser c = new JFileChooser();
        c.setFileFilter(new FileNameExtensionFilter("PDF (*.pdf)", "pdf"));
        c.setSelectedFile(new File(suggestedName(screens, scope)));
        if (c.showSaveDialog(screens.parent()) != JFileChooser.APPROVE_OPTION) return;
        Path out = c.getSelectedFile().toPath();
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            out = out.resolveSibling(out.getFileName() + ".pdf");
        }
        write(screens, progress, scope, out);
    }

    static String suggestedName(ReviewScreens screens, Scope scope) {
        if (scope == Scope.SESSION) {
            var i = screens.sessionReview.info();
            return i.patient() + "_" + i.id() + ".pdf";
        }
        return screens.libraryReview.patient().orElse("report") + "_report.pdf";
    }

    /** Writes the report to {@code out} in the background; the progress view says when it is done. */
    static void write(ReviewScreens screens, ProgressView progress, Scope scope, Path out) {
        ReportBuilder builder = new ReportBuilder(screens.library(), screens.routine(), SessionPipeline.current(), Clock.systemDefaultZone());
        if (scope == Scope.SESSION) {
            ReportBuilder.Snapshot shown = ReportBuilder.snapshot(screens.sessionReview);
            screens.work().run(progress, "Writing the report…", p -> {
                PdfReport.write(builder.ofSets(shown), out);
                return out;
            }, f -> progress.finish("Saved the report " + f, false), () -> { });
            return;
        }
        LibraryReview r = screens.libraryReview;
        String patient = r.patient().orElse(null);
        if (patient == null) return;
        var chosen = r.sessions().stream().filter(s -> r.selectedIds().contains(s.id())).toList();
        var range = chosen.isEmpty() ? r.sessions() : chosen;
        if (range.isEmpty()) return;
        var from = range.get(0).startedAt().toLocalDate();
        var to = range.get(range.size() - 1).startedAt().toLocalDate();
        ResultChoice results = r.results().choice();
        String what = results == ResultChoice.REANALYSED ? "Re-analysing and writing the report…" : "Writing the report…";
        screens.work().cancellable(progress, what, p -> {
            PdfReport.write(builder.patient(patient, from, to, results, p), out);
            return out;
        }, f -> progress.finish("Saved the report " + f, false), () -> { }, () -> { });
    }
}

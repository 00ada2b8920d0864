package com.reptempo.app;

import com.reptempo.storage.SampleFileException;
import com.reptempo.storage.session.exporting.RepCsvExport;
import com.reptempo.storage.session.exporting.SampleCsvExport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Exports a session's reps or raw samples as spreadsheet-friendly CSV. */
public final class ExportSession {
    /** What was written. */
    public record Result(Path out, long rows, String message) {
    }

    private final SessionReopener reopener;

    public ExportSession(SessionReopener reopener) {
        this.reopener = reopener;
    }

    /**
     * One row per rep. Each set's result as recorded is used, or the re-analysed one when
     * {@code reanalysed} is set (or when the set was never analysed and a pipeline is available).
     */
    public Result reps(String idOrFile, Path out, boolean reanalysed, boolean replace) throws IOException {
        SessionReopener.Reopened r = reopener.reopen(idOrFile);
        if (reanalysed && !r.reanalysed() && !r.sets().isEmpty()) {
            throw new SampleFileException("--reanalysed needs the analysis pipeline, which this build does not have yet");
        }
        List<RepCsvExport.SetRows> rows = new ArrayList<>();
        int unanalysed = 0;
        for (SessionReopener.SetComparison s : r.sets()) {
            boolean useNew = s.recomputed() != null && (reanalysed || s.recorded().result() == null);
            if (useNew) rows.add(new RepCsvExport.SetRows(s.recorded(), s.recomputed(), "re-analysed"));
            else if (s.recorded().result() != null) rows.add(new RepCsvExport.SetRows(s.recorded(), s.recorded().result(), "recorded"));
            else unanalysed++;
        }
        int n = RepCsvExport.write(out, r.session(), rows, replace);
        String msg = "wrote " + n + " reps of " + rows.size() + " set(s) of session " + r.session().id() + " to " + out
                + (unanalysed > 0 ? "; " + unanalysed + " set(s) have no result yet (not analysed) and have no rows" : "");
        return new Result(out, n, msg);
    }

    /** One row per sample, with the set each belongs to. */
    public Result samples(String idOrFile, Path out, boolean replace) throws IOException {
        SessionReopener.Reopened r = reopener.reopen(idOrFile);
        long n = SampleCsvExport.write(out, r.session(), r.contents().samples(), replace);
        String msg = "wrote " + n + " samples of session " + r.session().id() + " to " + out
                + (n >= SampleCsvExport.SPREADSHEET_MAX_ROWS ? "; more rows than a spreadsheet such as Excel shows ("
                + SampleCsvExport.SPREADSHEET_MAX_ROWS + ")" : "");
        return new Result(out, n, msg);
    }
}

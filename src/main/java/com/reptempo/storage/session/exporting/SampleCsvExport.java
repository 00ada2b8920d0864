package com.reptempo.storage.session.exporting;

import com.reptempo.model.Sample;
import com.reptempo.storage.session.RecordedSet;
import com.reptempo.storage.session.Session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw samples of a session as a spreadsheet-friendly CSV: time, acceleration (g), angular
 * rate (deg/s, when there is a gyroscope), and the set number and exercise each sample belongs to
 * (empty between sets).
 */
public final class SampleCsvExport {
    /** Rows a spreadsheet such as Excel shows at most (with the header). */
    public static final int SPREADSHEET_MAX_ROWS = 1_048_576;

    private SampleCsvExport() {
    }

    /** Writes the CSV; returns the number of sample rows. */
    public static long write(Path out, Session session, List<Sample> samples, boolean replace) throws IOException {
        boolean gyro = !samples.isEmpty() && samples.get(0).hasGyro();
        List<String> cols = new ArrayList<>(List.of("t_s", "ax_g", "ay_g", "az_g"));
        if (gyro) cols.addAll(List.of("gx_dps", "gy_dps", "gz_dps"));
        cols.addAll(List.of("set", "exercise"));
        List<RecordedSet> sets = session.sets();
        CsvOut.write(out, replace, cols, g -> {
            int set = 0;
            for (Sample s : samples) {
                while (set < sets.size() && s.t_s() > sets.get(set).end_s()) set++;
                boolean inSet = set < sets.size() && s.t_s() >= sets.get(set).start_s();
                g.writeStartArray();
                SpreadsheetCells.number(g, s.t_s(), 6);
                SpreadsheetCells.number(g, s.ax_g(), 6);
                SpreadsheetCells.number(g, s.ay_g(), 6);
                SpreadsheetCells.number(g, s.az_g(), 6);
                if (gyro) {
                    SpreadsheetCells.number(g, s.gx_dps(), 4);
                    SpreadsheetCells.number(g, s.gy_dps(), 4);
                    SpreadsheetCells.number(g, s.gz_dps(), 4);
                }
                if (inSet) SpreadsheetCells.integer(g, set + 1);
                else g.writeString("");
                SpreadsheetCells.text(g, inSet ? sets.get(set).exercise().id() : "");
                g.writeEndArray();
            }
        });
        return samples.size();
    }
}

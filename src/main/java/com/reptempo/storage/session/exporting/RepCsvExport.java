package com.reptempo.storage.session.exporting;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.reptempo.model.Fault;
import com.reptempo.model.PhaseResult;
import com.reptempo.model.RepResult;
import com.reptempo.model.SetResult;
import com.reptempo.storage.session.RecordedSet;
import com.reptempo.storage.session.Session;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The reps of a session as a spreadsheet-friendly CSV, one row per rep: who and when, the set and
 * exercise, the side, each phase's duration with its target range and deviation, the rep targets,
 * the faults, quality and the movement measures. As many phase column groups as the exercise with
 * the most phases needs.
 */
public final class RepCsvExport {
    /**
     * A set's result to export.
     *
     * @param set    the set (its exercise gives the targets)
     * @param result the result to write (as recorded or re-analysed), or null for a set not analysed
     * @param origin "recorded" or "re-analysed"
     */
    public record SetRows(RecordedSet set, SetResult result, String origin) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private RepCsvExport() {
    }

    /**
     * Writes the CSV; returns the number of rep rows.
     *
     * @param replace true to replace an existing file
     */
    public static int write(Path out, Session session, List<SetRows> sets, boolean replace) throws IOException {
        int phases = sets.stream().filter(s -> s.result() != null).flatMap(s -> s.result().reps().stream())
                .mapToInt(r -> r.phases().size()).max().orElse(0);
        phases = Math.max(phases, sets.stream().mapToInt(s -> s.set().exercise().phases().size()).max().orElse(0));
        int[] count = {0};
        int phaseColumns = phases;
        CsvOut.write(out, replace, columns(phases), g -> {
            for (int i = 0; i < sets.size(); i++) {
                SetRows s = sets.get(i);
                if (s.result() == null) continue;
                for (RepResult rep : s.result().reps()) {
                    row(g, session, i + 1, s, rep, phaseColumns);
                    count[0]++;
                }
            }
        });
        return count[0];
    }

    static List<String> columns(int phases) {
        List<String> c = new ArrayList<>(List.of("session", "patient", "date", "set", "exercise", "exercise_name", "result",
                "rep", "side", "start_s", "end_s", "duration_s"));
        for (int k = 1; k <= phases; k++) {
            c.addAll(List.of("phase" + k, "phase" + k + "_s", "phase" + k + "_target_min_s", "phase" + k + "_target_max_s",
                    "phase" + k + "_deviation_s"));
        }
        c.addAll(List.of("target_reps_min", "target_reps_max", "faults", "fault_count", "quality", "range_deg",
                "pelvis_rotation_deg", "smoothness", "set_quality"));
        return c;
    }

    private static void row(CsvGenerator g, Session session, int setNumber, SetRows s, RepResult rep, int phases) throws IOException {
        g.writeStartArray();
        SpreadsheetCells.text(g, session.id());
        SpreadsheetCells.text(g, session.info().patient());
        SpreadsheetCells.text(g, DATE.format(session.info().startedAt()));
        SpreadsheetCells.integer(g, setNumber);
        SpreadsheetCells.text(g, s.set().exercise().id());
        SpreadsheetCells.text(g, s.set().exercise().name());
        SpreadsheetCells.text(g, s.origin());
        SpreadsheetCells.integer(g, rep.index());
        SpreadsheetCells.text(g, rep.side() == null ? "" : rep.side().name().toLowerCase(Locale.ROOT));
        SpreadsheetCells.number(g, rep.start_s(), 3);
        SpreadsheetCells.number(g, rep.end_s(), 3);
        SpreadsheetCells.number(g, rep.duration_s(), 3);
        for (int k = 0; k < phases; k++) {
            PhaseResult p = k < rep.phases().size() ? rep.phases().get(k) : null;
            SpreadsheetCells.text(g, p == null ? "" : p.name());
            SpreadsheetCells.number(g, p == null ? null : p.duration_s(), 3);
            SpreadsheetCells.number(g, p == null ? null : p.targetMin_s(), 3);
            SpreadsheetCells.number(g, p == null ? null : p.targetMax_s(), 3);
            SpreadsheetCells.number(g, p == null ? null : p.deviation_s(), 3);
        }
        SpreadsheetCells.integer(g, s.set().exercise().minReps());
        SpreadsheetCells.integer(g, s.set().exercise().maxReps());
        SpreadsheetCells.text(g, rep.faults().stream().map(RepCsvExport::fault).collect(Collectors.joining("; ")));
        SpreadsheetCells.integer(g, rep.faults().size());
        SpreadsheetCells.number(g, rep.quality(), 1);
        SpreadsheetCells.number(g, rep.range_deg(), 2);
        SpreadsheetCells.number(g, rep.pelvisRotation_deg(), 2);
        SpreadsheetCells.number(g, rep.smoothness(), 3);
        SpreadsheetCells.number(g, s.result().quality(), 1);
        g.writeEndArray();
    }

    /** e.g. "too-fast lift (-1.50, -37%)". */
    static String fault(Fault f) {
        StringBuilder sb = new StringBuilder(f.kind().id());
        if (f.phase() != null) sb.append(' ').append(f.phase());
        if (Double.isFinite(f.deviation())) {
            sb.append(" (").append(SpreadsheetCells.plain(f.deviation(), 2));
            if (Double.isFinite(f.deviationPercent())) sb.append(", ").append(SpreadsheetCells.plain(f.deviationPercent(), 0)).append('%');
            sb.append(')');
        }
        return sb.toString();
    }
}

package com.reptempo.cli;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Fault;
import com.reptempo.model.FaultKind;
import com.reptempo.model.LinkStats;
import com.reptempo.model.PhaseResult;
import com.reptempo.model.RepResult;
import com.reptempo.model.SetResult;
import com.reptempo.model.TargetText;
import com.reptempo.storage.session.SessionSummary;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Plain-text lines for the sessions commands. */
final class SessionsText {
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private SessionsText() {
    }

    static String summary(SessionSummary s) {
        String sets = s.sets().stream().map(x -> x.reps() == null ? x.exerciseId() + ": not analysed"
                : String.format(Locale.ROOT, "%s: %d reps (quality %.0f)", x.exerciseId(), x.reps(), x.quality()))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%-20s  %-12s  %s  %6s  %s%s%s", s.id(), s.patient(), MINUTE.format(s.startedAt()),
                duration(s.samples().duration_s()), sets.isEmpty() ? "no sets" : sets, pain(s.painBefore(), s.painAfter()),
                s.recovered() ? "  [recovered]" : "");
    }

    static String duration(double s) {
        if (s < 59.95) return String.format(Locale.ROOT, "%.1f s", s);
        long t = Math.round(s);
        return String.format(Locale.ROOT, "%d:%02d", t / 60, t % 60);
    }

    static String pain(Integer before, Integer after) {
        if (before == null && after == null) return "";
        return "  pain " + (before == null ? "?" : before) + "->" + (after == null ? "?" : after);
    }

    /** "10 reps; lift 4 s, hold 2-3 s, lower 4 s". */
    static String targets(ExerciseDefinition e) {
        return TargetText.PLAIN.reps(e) + "; " + TargetText.PLAIN.phaseSeconds(e);
    }

    static String result(SetResult r) {
        Map<String, Integer> faults = new TreeMap<>();
        r.reps().forEach(rep -> rep.faults().forEach(f -> faults.merge(f.kind().id(), 1, Integer::sum)));
        String fs = faults.isEmpty() ? "no faults" : faults.entrySet().stream().map(e -> e.getKey() + " x" + e.getValue())
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%d reps, quality %.0f, %s", r.count(), r.quality(), fs);
    }

    static String rep(RepResult r) {
        String phases = r.phases().stream().map(SessionsText::phase).collect(Collectors.joining("  "));
        String faults = r.faults().stream().map(SessionsText::fault).collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "rep %2d%s %7.1f-%-7.1f %s  quality %.0f%s", r.index(),
                r.side() == null ? "" : " " + r.side().name().toLowerCase(Locale.ROOT), r.start_s(), r.end_s(), phases,
                r.quality(), faults.isEmpty() ? "" : "  " + faults);
    }

    private static String phase(PhaseResult p) {
        return String.format(Locale.ROOT, "%s %.1f s (%s)", p.name(), p.duration_s(),
                TargetText.PLAIN.range(p.targetMin_s(), p.targetMax_s()));
    }

    private static String fault(Fault f) {
        return f.kind() == FaultKind.TOO_FAST || f.kind() == FaultKind.TOO_SLOW || f.kind() == FaultKind.SHORT_HOLD
                ? f.kind().id() + (f.phase() == null ? "" : " " + f.phase()) : f.kind().id();
    }

    static String link(LinkStats l) {
        if (l.equals(LinkStats.EMPTY)) return "no link statistics (imported)";
        return String.format(Locale.ROOT, "%d samples received, %d lost (quality %.1f %%), %d damaged frames, %d dropped by the device",
                l.samples(), l.lostSamples(), 100 * l.quality(), l.droppedFrames(), l.deviceDropped());
    }
}

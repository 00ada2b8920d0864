package com.reptempo.app.review;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Fault;
import com.reptempo.model.PhaseResult;
import com.reptempo.model.RepResult;
import com.reptempo.model.SetResult;
import com.reptempo.model.TargetText;
import com.reptempo.storage.session.Prescription;
import com.reptempo.storage.session.SessionInfo;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Plain words and numbers shared by the review screens and the printed report, so both say the same. */
public final class ReviewText {
    public static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private ReviewText() {
    }

    /** The targets of an exercise, e.g. "6–8 reps; lift 4 s, hold 3–5 s, lower 4 s; pelvis within 8°". */
    public static String targets(ExerciseDefinition e) {
        return TargetText.TYPESET.reps(e) + "; " + TargetText.TYPESET.phaseSeconds(e)
                + (RepStats.judgesPelvis(e) ? "; pelvis within " + TargetText.number(e.thresholds().maxPelvisRotation_deg()) + "°" : "");
    }

    /** Who set a prescription and when, or that the routine's defaults applied. */
    public static String prescription(Prescription p) {
        if (p == null) return "the routine's defaults (no prescription)";
        return "prescription" + (p.setBy().isEmpty() ? "" : " by " + p.setBy()) + (p.updated() == null ? "" : ", updated " + p.updated());
    }

    /** "2025-03-14 09:30". */
    public static String when(ZonedDateTime t) {
        return MINUTE.format(t);
    }

    /** "pain 3 → 2", or "" when not given. */
    public static String pain(Integer before, Integer after) {
        if (before == null && after == null) return "no pain ratings";
        return "pain " + (before == null ? "?" : before) + " → " + (after == null ? "?" : after) + " (0–10)";
    }

    /** One line about the session: date, pain, origin. */
    public static String sessionLine(SessionInfo i) {
        return when(i.startedAt()) + " · " + pain(i.painBefore(), i.painAfter()) + " · "
                + i.origin().name().toLowerCase(Locale.ROOT) + (i.recovered() ? " (recovered after an interruption)" : "");
    }

    /** A phase cell: duration and, when outside its target, the deviation, e.g. "8.7 s (+4.7)". */
    public static String phase(PhaseResult p) {
        double d = p.deviation_s();
        return String.format(Locale.ROOT, "%.1f s", p.duration_s()) + (d == 0 ? "" : String.format(Locale.ROOT, " (%+.1f)", d));
    }

    /** The faults of a rep, e.g. "too-slow lift, jerky", or "good". */
    public static String faults(RepResult r) {
        if (r.faults().isEmpty()) return "good";
        return r.faults().stream().map(ReviewText::fault).collect(Collectors.joining(", "));
    }

    /** One fault, e.g. "too-fast lift" or "back-lift 7.5°". */
    public static String fault(Fault f) {
        if (RepStats.TEMPO_FAULTS.contains(f.kind())) return f.kind().id() + (f.phase() == null ? "" : " " + f.phase());
        return f.kind().id();
    }

    /** A set's result in one line, e.g. "10 reps, quality 59, on tempo 40 %, faults: too-slow ×6". */
    public static String result(SetResult r) {
        if (r == null) return "not analysed";
        Map<String, Integer> faults = new TreeMap<>();
        r.reps().forEach(rep -> rep.faults().forEach(f -> faults.merge(f.kind().id(), 1, Integer::sum)));
        String fs = faults.isEmpty() ? "no faults" : "faults: " + faults.entrySet().stream()
                .map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", "));
        double tempo = RepStats.tempoAdherence_pct(r.reps());
        return String.format(Locale.ROOT, "%d reps, quality %.0f, %s, %s", r.count(), r.quality(),
                Double.isNaN(tempo) ? "no reps on tempo" : String.format(Locale.ROOT, "on tempo %.0f %%", tempo), fs);
    }

    /** A percentage or a dash. */
    public static String pct(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.0f %%", v);
    }

    /** A value with one decimal or a dash when unknown. */
    public static String one(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f", v);
    }
}

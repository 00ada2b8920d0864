package com.reptempo.model;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Targets in words, written the same way wherever they are shown (live screens, feedback, review
 * screens, the PDF report, the command line): a phase's target in seconds or counts (1 count =
 * 1 second), e.g. "4 s", "3–4 s", "6 counts", and a set's reps, e.g. "8–10 reps per side".
 * Numbers are whole where they are whole ("4"), else one decimal ("2.5"), never rounded to a
 * different target. {@link #TYPESET} joins a range with an en dash (screens and paper),
 * {@link #PLAIN} with a hyphen (terminals and logs).
 */
public enum TargetText {
    /** "3–4 s": for screens and paper. */
    TYPESET("–"),
    /** "3-4 s": plain ASCII for terminals and logs. */
    PLAIN("-");

    private final String dash;

    TargetText(String dash) {
        this.dash = dash;
    }

    /** "4" or "2.5". */
    public static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** A phase's name for people: "slide-out" is "slide out". */
    public static String phaseName(String phase) {
        return phase.replace('-', ' ');
    }

    /** "4" or "3–4". */
    public String range(double min, double max) {
        return number(min).equals(number(max)) ? number(min) : number(min) + dash + number(max);
    }

    /** "4 s" or "3–4 s". */
    public String seconds(double min_s, double max_s) {
        return range(min_s, max_s) + " s";
    }

    /** "4 s" or "3–4 s". */
    public String seconds(PhaseTarget p) {
        return seconds(p.min_s(), p.max_s());
    }

    /** "1 count", "4 counts" or "3–4 counts" (1 count = 1 second). */
    public String counts(double min_s, double max_s) {
        return range(min_s, max_s) + (number(min_s).equals("1") && number(max_s).equals("1") ? " count" : " counts");
    }

    /** "1 count", "4 counts" or "3–4 counts". */
    public String counts(PhaseTarget p) {
        return counts(p.min_s(), p.max_s());
    }

    /** "lift 4 s, hold 2–3 s, lower 4 s". */
    public String phaseSeconds(ExerciseDefinition e) {
        return e.phases().stream().map(p -> phaseName(p.name()) + " " + seconds(p)).collect(Collectors.joining(", "));
    }

    /** "lift 4, hold 2–3, lower 4 counts". */
    public String phaseCounts(ExerciseDefinition e) {
        return e.phases().stream().map(p -> phaseName(p.name()) + " " + range(p.min_s(), p.max_s()))
                .collect(Collectors.joining(", ")) + " counts";
    }

    /** "10" or "8–10": the target number of reps (per side for exercises done per side). */
    public String repRange(ExerciseDefinition e) {
        return range(e.minReps(), e.maxReps());
    }

    /** "10 reps" or "8–10 reps per side". */
    public String reps(ExerciseDefinition e) {
        return repRange(e) + " reps" + (e.perSide() ? " per side" : "");
    }
}

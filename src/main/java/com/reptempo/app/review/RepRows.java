package com.reptempo.app.review;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.PhaseTarget;
import com.reptempo.model.RepResult;
import com.reptempo.model.SetResult;
import com.reptempo.model.TargetText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rep table of a set as text, the same on screen and on paper: rep, side, each phase's
 * duration with its deviation from the target, pelvic rotation, smoothness, quality, faults.
 *
 * @param headers column names
 * @param cells   one row per rep
 * @param reps    the reps, in row order
 */
public record RepRows(List<String> headers, List<List<String>> cells, List<RepResult> reps) {
    public RepRows {
        headers = List.copyOf(headers);
        cells = cells.stream().map(List::copyOf).toList();
        reps = List.copyOf(reps);
    }

    /** The rows of a set's result judged against {@code exercise} (an empty table without a result). */
    public static RepRows of(SetResult result, ExerciseDefinition exercise) {
        List<String> h = new ArrayList<>(List.of("Rep"));
        boolean sides = exercise.perSide();
        if (sides) h.add("Side");
        for (PhaseTarget p : exercise.phases()) h.add(TargetText.phaseName(p.name()) + " (" + TargetText.TYPESET.seconds(p) + ")");
        h.add(RepStats.judgesPelvis(exercise) ? "Pelvis (≤" + TargetText.number(exercise.thresholds().maxPelvisRotation_deg()) + "°)" : "Pelvis");
        h.add("Smoothness");
        h.add("Quality");
        h.add("Faults");
        List<List<String>> rows = new ArrayList<>();
        List<RepResult> reps = result == null ? List.of() : result.reps();
        for (RepResult r : reps) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(r.index()));
            if (sides) row.add(r.side() == null ? "" : r.side().name().toLowerCase(Locale.ROOT));
            for (PhaseTarget t : exercise.phases()) {
                row.add(r.phases().stream().filter(p -> p.name().equals(t.name())).findFirst().map(ReviewText::phase).orElse("–"));
            }
            row.add(String.format(Locale.ROOT, "%.1f°", r.pelvisRotation_deg()));
            row.add(ReviewText.one(r.smoothness()));
            row.add(String.format(Locale.ROOT, "%.0f", r.quality()));
            row.add(ReviewText.faults(r));
            rows.add(row);
        }
        return new RepRows(h, rows, reps);
    }

    /** The row of a rep by its index, or -1. */
    public int rowOf(int repIndex) {
        for (int i = 0; i < reps.size(); i++) {
            if (reps.get(i).index() == repIndex) return i;
        }
        return -1;
    }
}

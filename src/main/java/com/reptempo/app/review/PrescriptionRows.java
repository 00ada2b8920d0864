package com.reptempo.app.review;

import com.reptempo.app.review.PrescriptionEditor.Field;
import com.reptempo.app.review.PrescriptionEditor.Row;
import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.FaultThresholds;
import com.reptempo.model.PhaseKind;
import com.reptempo.model.PhaseTarget;
import com.reptempo.model.Routine;
import com.reptempo.model.TargetText;
import com.reptempo.storage.session.ExercisePrescription;
import com.reptempo.storage.session.PhaseRange;
import com.reptempo.storage.session.Prescription;
import com.reptempo.storage.session.ThresholdOverrides;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The prescription editor's rows: made from an exercise as in the routine and as prescribed, and turned back into a prescription. */
final class PrescriptionRows {
    private PrescriptionRows() {
    }

    /** One row per value that can be prescribed for an exercise: the routine's value ({@code base}) and the one in force ({@code now}). */
    static List<Row> of(ExerciseDefinition base, ExerciseDefinition now) {
        List<Row> out = new ArrayList<>();
        String id = base.id();
        String name = base.name();
        String per = base.perSide() ? " per side" : "";
        out.add(new Row(id, name, Field.MIN_REPS, null, "reps" + per + ": fewest", base.minReps(), now.minReps()));
        out.add(new Row(id, name, Field.MAX_REPS, null, "reps" + per + ": most", base.maxReps(), now.maxReps()));
        for (int i = 0; i < base.phases().size(); i++) {
            PhaseTarget b = base.phases().get(i);
            PhaseTarget n = now.phases().get(i);
            String ph = TargetText.phaseName(b.name());
            out.add(new Row(id, name, Field.PHASE_MIN_S, b.name(), ph + ": shortest (s)", b.min_s(), n.min_s()));
            out.add(new Row(id, name, Field.PHASE_MAX_S, b.name(), ph + ": longest (s)", b.max_s(), n.max_s()));
        }
        FaultThresholds tb = base.thresholds();
        FaultThresholds tn = now.thresholds();
        if (RepStats.judgesPelvis(base)) {
            out.add(new Row(id, name, Field.MAX_PELVIS_DEG, null, "pelvic rotation limit (°)", tb.maxPelvisRotation_deg(), tn.maxPelvisRotation_deg()));
        }
        out.add(new Row(id, name, Field.TOO_FAST, null, "too fast below (× shortest)", tb.tooFastFactor(), tn.tooFastFactor()));
        out.add(new Row(id, name, Field.TOO_SLOW, null, "too slow above (× longest)", tb.tooSlowFactor(), tn.tooSlowFactor()));
        if (base.phases().stream().anyMatch(p -> p.kind() == PhaseKind.HOLD)) {
            out.add(new Row(id, name, Field.SHORT_HOLD, null, "short hold below (× shortest)", tb.shortHoldFactor(), tn.shortHoldFactor()));
        }
        out.add(new Row(id, name, Field.PARTIAL_RANGE, null, "partial range below (× typical)", tb.partialRangeFraction(), tn.partialRangeFraction()));
        out.add(new Row(id, name, Field.JERKY_LIMIT, null, "jerky below (SPARC)", tb.jerkySparcLimit(), tn.jerkySparcLimit()));
        return out;
    }

    /** The prescription the rows say: only what differs from the routine, dated {@code today}. */
    static Prescription build(Routine routine, String patient, String setBy, List<Row> all, LocalDate today) {
        List<ExercisePrescription> out = new ArrayList<>();
        for (ExerciseDefinition e : routine.exercises()) {
            List<Row> mine = all.stream().filter(r -> r.exerciseId().equals(e.id())).toList();
            if (mine.stream().noneMatch(Row::changed)) continue;
            // both bounds are written when either changes: a lone minimum would silently widen the routine's maximum
            boolean reps = changed(mine, Field.MIN_REPS, null).isPresent() || changed(mine, Field.MAX_REPS, null).isPresent();
            Integer min = reps ? (int) value(mine, Field.MIN_REPS, null) : null;
            Integer max = reps ? (int) value(mine, Field.MAX_REPS, null) : null;
            List<PhaseRange> phases = new ArrayList<>();
            for (PhaseTarget t : e.phases()) {
                if (changed(mine, Field.PHASE_MIN_S, t.name()).isPresent() || changed(mine, Field.PHASE_MAX_S, t.name()).isPresent()) {
                    phases.add(new PhaseRange(t.name(), value(mine, Field.PHASE_MIN_S, t.name()), value(mine, Field.PHASE_MAX_S, t.name())));
                }
            }
            ThresholdOverrides th = new ThresholdOverrides(changed(mine, Field.TOO_FAST, null).orElse(null),
                    changed(mine, Field.TOO_SLOW, null).orElse(null), changed(mine, Field.SHORT_HOLD, null).orElse(null),
                    changed(mine, Field.MAX_PELVIS_DEG, null).orElse(null), changed(mine, Field.PARTIAL_RANGE, null).orElse(null),
                    changed(mine, Field.JERKY_LIMIT, null).orElse(null));
            out.add(new ExercisePrescription(e.id(), min, max, phases, th));
        }
        return new Prescription(patient, setBy, today, out);
    }

    private static Optional<Double> changed(List<Row> rows, Field f, String phase) {
        return rows.stream().filter(r -> r.field() == f && Objects.equals(r.phase(), phase) && r.changed())
                .map(Row::value).findFirst();
    }

    private static double value(List<Row> rows, Field f, String phase) {
        return rows.stream().filter(r -> r.field() == f && Objects.equals(r.phase(), phase)).mapToDouble(Row::value)
                .findFirst().orElseThrow();
    }
}

package com.reptempo.app.review;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.FaultThresholds;
import com.reptempo.model.PhaseTarget;
import com.reptempo.model.Routine;
import com.reptempo.storage.session.ExercisePrescription;
import com.reptempo.storage.session.PhaseRange;
import com.reptempo.storage.session.Prescription;
import com.reptempo.storage.session.ThresholdOverrides;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The prescription being edited, free of Swing: one row per value a physiotherapist can set
 * (per exercise: target reps, each phase's tempo range, fault thresholds), with the routine's
 * value beside it. Every change is checked at once against the routine; the prescription built
 * holds only what differs from the routine.
 */
public final class PrescriptionEditor {
    /** What a row sets. */
    public enum Field { MIN_REPS, MAX_REPS, PHASE_MIN_S, PHASE_MAX_S, MAX_PELVIS_DEG, JERKY_LIMIT, TOO_FAST, TOO_SLOW, SHORT_HOLD, PARTIAL_RANGE }

    /**
     * One editable value.
     *
     * @param exerciseId   the exercise
     * @param exerciseName its display name
     * @param field        what it sets
     * @param phase        the phase's name for phase rows, else null
     * @param label        e.g. "hold: shortest (s)"
     * @param routine      the routine's value
     * @param value        the prescribed value
     */
    public record Row(String exerciseId, String exerciseName, Field field, String phase, String label, double routine, double value) {
        public boolean changed() {
            return Double.compare(routine, value) != 0;
        }

        Row with(double v) {
            return new Row(exerciseId, exerciseName, field, phase, label, routine, v);
        }
    }

    private final Routine routine;
    private final String patient;
    private List<Row> rows;
    private String setBy;
    private String problem;
    private boolean dirty;

    /** Edits {@code patient}'s prescription, starting from {@code current} (or the routine's values). */
    public PrescriptionEditor(Routine routine, String patient, Optional<Prescription> current) {
        this.routine = routine;
        this.patient = patient;
        this.setBy = current.map(Prescription::setBy).orElse("");
        this.rows = new ArrayList<>();
        for (ExerciseDefinition base : routine.exercises()) {
            ExerciseDefinition now = current.map(p -> p.applyTo(base)).orElse(base);
            rows.addAll(rowsOf(base, now));
        }
        rows = List.copyOf(rows);
    }

    private static List<Row> rowsOf(ExerciseDefinition base, ExerciseDefinition now) {
        List<Row> out = new ArrayList<>();
        String id = base.id();
        String name = base.name();
        String per = base.perSide() ? " per side" : "";
        out.add(new Row(id, name, Field.MIN_REPS, null, "reps" + per + ": fewest", base.minReps(), now.minReps()));
        out.add(new Row(id, name, Field.MAX_REPS, null, "reps" + per + ": most", base.maxReps(), now.maxReps()));
        for (int i = 0; i < base.phases().size(); i++) {
            PhaseTarget b = base.phases().get(i);
            PhaseTarget n = now.phases().get(i);
            String ph = b.name().replace('-', ' ');
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
        if (base.phases().stream().anyMatch(p -> p.kind() == com.reptempo.model.PhaseKind.HOLD)) {
            out.add(new Row(id, name, Field.SHORT_HOLD, null, "short hold below (× shortest)", tb.shortHoldFactor(), tn.shortHoldFactor()));
        }
        out.add(new Row(id, name, Field.PARTIAL_RANGE, null, "partial range below (× typical)", tb.partialRangeFraction(), tn.partialRangeFraction()));
        out.add(new Row(id, name, Field.JERKY_LIMIT, null, "jerky below (SPARC)", tb.jerkySparcLimit(), tn.jerkySparcLimit()));
        return out;
    }

    public String patient() {
        return patient;
    }

    public List<Row> rows() {
        return rows;
    }

    public String setBy() {
        return setBy;
    }

    public void setBy(String who) {
        String w = who == null ? "" : who.trim();
        if (!w.equals(setBy)) dirty = true;
        setBy = w;
    }

    /** True when something changed since loading or saving. */
    public boolean dirty() {
        return dirty;
    }

    /** Why the last change was refused, if it was. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /**
     * Sets a row's value; a value that does not fit (e.g. a phase's shortest above its longest,
     * a fraction of reps) is refused, the row keeps its value and {@link #problem} says why.
     *
     * @return true when accepted
     */
    public boolean set(int row, double value) {
        Row r = rows.get(row);
        List<Row> next = new ArrayList<>(rows);
        next.set(row, r.with(value));
        try {
            if (!Double.isFinite(value)) throw new IllegalArgumentException("give a number");
            if ((r.field() == Field.MIN_REPS || r.field() == Field.MAX_REPS) && value != Math.rint(value)) {
                throw new IllegalArgumentException("reps are whole numbers");
            }
            build(next, LocalDate.EPOCH).applyTo(routine);
        } catch (IllegalArgumentException e) {
            problem = r.exerciseName() + ", " + r.label() + ": " + e.getMessage();
            return false;
        }
        problem = null;
        if (Double.compare(r.value(), value) != 0) dirty = true;
        rows = List.copyOf(next);
        return true;
    }

    /** Puts an exercise back to the routine's values. */
    public void reset(String exerciseId) {
        List<Row> next = new ArrayList<>();
        for (Row r : rows) next.add(r.exerciseId().equals(exerciseId) && r.changed() ? r.with(r.routine()) : r);
        if (!next.equals(rows)) dirty = true;
        rows = List.copyOf(next);
        problem = null;
    }

    /** The prescription as edited (only what differs from the routine), dated {@code today}. */
    public Prescription build(LocalDate today) {
        return build(rows, today);
    }

    /** After a successful save. */
    public void saved() {
        dirty = false;
    }

    private Prescription build(List<Row> all, LocalDate today) {
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
        return rows.stream().filter(r -> r.field() == f && java.util.Objects.equals(r.phase(), phase) && r.changed())
                .map(Row::value).findFirst();
    }

    private static double value(List<Row> rows, Field f, String phase) {
        return rows.stream().filter(r -> r.field() == f && java.util.Objects.equals(r.phase(), phase)).mapToDouble(Row::value)
                .findFirst().orElseThrow();
    }
}

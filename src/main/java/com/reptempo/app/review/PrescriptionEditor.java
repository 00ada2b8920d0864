package com.reptempo.app.review;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Routine;
import com.reptempo.storage.session.Prescription;

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
            rows.addAll(PrescriptionRows.of(base, now));
        }
        rows = List.copyOf(rows);
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
            PrescriptionRows.build(routine, patient, setBy, next, LocalDate.EPOCH).applyTo(routine);
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
        return PrescriptionRows.build(routine, patient, setBy, rows, today);
    }

    /** After a successful save. */
    public void saved() {
        dirty = false;
    }
}

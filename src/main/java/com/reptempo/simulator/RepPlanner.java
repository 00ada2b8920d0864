package com.reptempo.simulator;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.PhaseKind;
import com.reptempo.model.PhaseTarget;
import com.reptempo.model.Side;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Draws one rep: phase durations around the targets (or deliberately off them), the amplitude
 * and axis, an optional mid-rep pause, and turns them into a motion segment plus its truth.
 * Normal phases stay within 0.85-1.25 × the target range (before the session's tempo factor);
 * faults are placed clearly beyond the thresholds (see {@link InjectedFault}).
 */
final class RepPlanner {
    /** A rep's motion and its truth (expected pipeline faults not yet filled in). */
    record PlannedRep(RotationSegment segment, RepTruth truth) {
    }

    private final ExerciseDefinition ex;
    private final ExerciseMotion motion;
    private final Person person;
    private final double tempo;
    private final Rng rng;

    RepPlanner(ExerciseDefinition ex, ExerciseMotion motion, Person person, double tempo, Rng rng) {
        this.ex = ex;
        this.motion = motion;
        this.person = person;
        this.tempo = tempo;
        this.rng = rng;
    }

    PlannedRep plan(int index, Side side, Set<InjectedFault> faults, BodyState state, double start_s) {
        List<PhaseTarget> targets = ex.phases();
        double[] d = new double[targets.size()];
        for (int i = 0; i < d.length; i++) d[i] = duration(targets.get(i), faults);

        double nominal = motion.nominalAmplitude_deg(person.amplitudeFraction());
        double amplitude_deg = nominal * variation();
        Vector3D axis = motion.axis(side);
        if (faults.contains(InjectedFault.PARTIAL_RANGE)) amplitude_deg = nominal * rng.uniform(0.25, 0.40);
        if (faults.contains(InjectedFault.PELVIS_ROTATION) && motion.hasPelvisFault()) {
            amplitude_deg = rng.uniform(1.6, 2.2) * ex.thresholds().maxPelvisRotation_deg();
            axis = motion.faultAxis(side);
        }
        double amp = Math.toRadians(amplitude_deg);

        int pauseIn = faults.contains(InjectedFault.MID_REP_PAUSE) ? pickMovement(targets) : -1;
        AngleProfile.Builder b = new AngleProfile.Builder(start_s);
        List<PhaseTruth> phases = new ArrayList<>();
        List<TimeSpan> pauses = new ArrayList<>();
        int movements = (int) targets.stream().filter(p -> p.kind() == PhaseKind.MOVEMENT).count();
        int movement = 0;
        for (int i = 0; i < d.length; i++) {
            PhaseTarget p = targets.get(i);
            double t0 = b.time_s();
            if (p.kind() == PhaseKind.HOLD) {
                b.hold(d[i], Math.min(0.03 * amp, Math.toRadians(0.3)), rng.uniform(0.3, 0.6));
            } else {
                double to = (movement == movements - 1 || movement % 2 == 1) ? 0 : amp;
                movement++;
                if (i == pauseIn) {
                    double pause = rng.uniform(0.25, 0.35) * d[i];
                    double first = (d[i] - pause) * rng.uniform(0.4, 0.6);
                    double mid = b.angle_rad() + (to - b.angle_rad()) * rng.uniform(0.35, 0.65);
                    b.ramp(first, mid);
                    pauses.add(new TimeSpan(b.time_s(), b.time_s() + pause));
                    b.hold(pause, 0, 0);
                    b.ramp(d[i] - pause - first, to);
                } else {
                    b.ramp(d[i], to);
                }
            }
            phases.add(new PhaseTruth(p.name(), p.kind(), t0, b.time_s()));
        }
        AngleProfile profile = b.build();
        double peak_deg = Math.toDegrees(profile.peak_rad());
        List<InjectedFault> injected = Arrays.stream(InjectedFault.values()).filter(faults::contains)
                .filter(f -> f != InjectedFault.ABANDONED).toList();
        RepTruth truth = new RepTruth(index, ex.id(), side, start_s, profile.end_s(), phases, injected, List.of(),
                peak_deg, peak_deg, state.sensorToBody().inverseRotate(axis), pauses);
        return new PlannedRep(new RotationSegment(state, axis, profile, amp), truth);
    }

    /** An attempt given up part-way: 35-60 % of the range, a short stop, back down. */
    RotationSegment abandoned(Side side, BodyState state, double start_s) {
        double amp = Math.toRadians(motion.nominalAmplitude_deg(person.amplitudeFraction()) * rng.uniform(0.35, 0.6));
        double out = normal(ex.phases().get(0)) * rng.uniform(0.4, 0.6);
        AngleProfile profile = new AngleProfile.Builder(start_s).ramp(out, amp).hold(rng.uniform(0.2, 0.6), 0, 0)
                .ramp(rng.uniform(1.0, 2.0), 0).build();
        return new RotationSegment(state, motion.axis(side), profile, amp);
    }

    private double duration(PhaseTarget p, Set<InjectedFault> faults) {
        if (p.kind() == PhaseKind.HOLD) {
            return faults.contains(InjectedFault.SHORT_HOLD) ? rng.uniform(0.30, 0.55) * p.min_s() : normal(p);
        }
        if (faults.contains(InjectedFault.RUSHED)) return rng.uniform(0.40, 0.65) * p.min_s();
        if (faults.contains(InjectedFault.TOO_SLOW)) return rng.uniform(1.8, 2.3) * p.max_s();
        return normal(p);
    }

    /** A normal phase: her pace around a target in the range, kept within 0.85-1.25 × the range, times the tempo. */
    private double normal(PhaseTarget p) {
        double d = rng.uniform(p.min_s(), p.max_s()) * person.tempo() * variation();
        return Math.max(0.85 * p.min_s(), Math.min(1.25 * p.max_s(), d)) * tempo;
    }

    private double variation() {
        return rng.gaussian(1, person.repVariationSd(), 0.88, 1.12);
    }

    private int pickMovement(List<PhaseTarget> targets) {
        List<Integer> moves = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) if (targets.get(i).kind() == PhaseKind.MOVEMENT) moves.add(i);
        return moves.get(rng.nextInt(moves.size()));
    }
}

package com.reptempo.simulator;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Placement;
import com.reptempo.model.Side;
import com.reptempo.model.SideMode;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lays out one set in time: getting into position, settling, the reps with pauses between them
 * (some holding a fidget, a bump or an abandoned attempt), switching sides between blocks, and a
 * still period at the end. Produces the motion segments and the set's truth.
 */
final class SetChoreographer {
    /** A planned set. */
    record SetScript(List<Segment> segments, SetTruth truth, BodyState end) {
    }

    private final SessionPlan session;
    private final Person person;
    private final Rng rng;
    private final DisturbanceFactory disturbances;
    private final List<Segment> segments = new ArrayList<>();
    private final List<NonRepTruth> nonReps = new ArrayList<>();
    private BodyState state;
    private double t_s;

    private SetChoreographer(SessionPlan session, Person person, Rng rng, BodyState from, double start_s) {
        this.session = session;
        this.person = person;
        this.rng = rng;
        this.disturbances = new DisturbanceFactory(rng);
        this.state = from;
        this.t_s = start_s;
    }

    static SetScript plan(SetPlan set, SessionPlan session, Person person, Rng rng, BodyState from, double start_s) {
        return new SetChoreographer(session, person, rng, from, start_s).plan(set);
    }

    private SetScript plan(SetPlan set) {
        ExerciseDefinition ex = set.exercise();
        ExerciseMotion motion = ExerciseMotion.of(ex.id()).orElseThrow();
        double start_s = t_s;
        BodyState target = targetState(ex, motion);
        Segment transition = disturbances.transition(state, target, t_s);
        add(transition, NonRepKind.GETTING_INTO_POSITION);
        still(rng.uniform(2.0, 3.5));

        List<Side> sides = sides(ex, set.repsPerSide());
        List<Set<InjectedFault>> faults = FaultAssigner.assign(sides.size(), ex, session.faults(), rng);
        RepPlanner planner = new RepPlanner(ex, motion, person, session.tempo(), rng);
        List<RepTruth> reps = new ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
            if (faults.get(i).contains(InjectedFault.ABANDONED)) {
                add(planner.abandoned(sides.get(i), state, t_s), NonRepKind.ABANDONED_REP);
                still(rng.uniform(1.5, 2.5));
            }
            RepPlanner.PlannedRep rep = planner.plan(i + 1, sides.get(i), faults.get(i), state, t_s);
            segments.add(rep.segment());
            t_s = rep.segment().end_s();
            reps.add(rep.truth());
            if (i == sides.size() - 1) break;
            if (ex.sides() == SideMode.BLOCKS && sides.get(i + 1) != sides.get(i)) {
                still(rng.uniform(1.0, 2.0));
                add(disturbances.shift(state, t_s, rng.uniform(2.5, 4.0), rng.uniform(4, 8), 0.03), NonRepKind.SWITCH_SIDES);
                still(rng.uniform(1.5, 3.0));
            } else {
                pauseBetweenReps();
            }
        }
        still(rng.uniform(2.0, 3.5));
        double median = ExpectedFaults.medianAmplitude_deg(reps);
        List<RepTruth> labelled = reps.stream().map(r -> r.withExpectedFaults(ExpectedFaults.of(ex, r, median))).toList();
        SetTruth truth = new SetTruth(ex.id(), motion.posture(), target.placement(), target.sensorToBody(), start_s, t_s,
                ex.perSide(), labelled, nonReps);
        return new SetScript(List.copyOf(segments), truth, state);
    }

    private BodyState targetState(ExerciseDefinition ex, ExerciseMotion motion) {
        Placement placement = ex.placement() == Placement.UNSPECIFIED ? Placement.LOWER_BACK : ex.placement();
        Quaternion mount = state.placement() == placement ? state.sensorToBody()
                : session.mounting().clipOn(placement, rng);
        Posture posture = motion.posture();
        Quaternion body = posture.bodyToWorld().times(Mounting.smallRotation(rng, 2.0));
        Vector3D pivot = new Vector3D(state.pivot_m().getX() + rng.uniform(-0.1, 0.1),
                state.pivot_m().getY() + rng.uniform(-0.1, 0.1), posture.pelvisHeight_m());
        return new BodyState(posture, body, pivot, placement, mount, Body.leverArm_m(placement));
    }

    private List<Side> sides(ExerciseDefinition ex, int perSide) {
        List<Side> out = new ArrayList<>();
        Side first = rng.chance(0.5) ? Side.LEFT : Side.RIGHT;
        for (int i = 0; i < (ex.perSide() ? 2 * perSide : perSide); i++) {
            out.add(switch (ex.sides()) {
                case NONE -> null;
                case BLOCKS -> i < perSide ? first : first.opposite();
                case ALTERNATING -> i % 2 == 0 ? first : first.opposite();
            });
        }
        return out;
    }

    private void pauseBetweenReps() {
        double gap = Math.max(0.5, person.restGap_s() * rng.uniform(0.6, 1.5));
        double roll = rng.nextDouble();
        Disturbances d = session.disturbances();
        if (roll < d.fidgetRate()) {
            still(Math.max(0.6, gap * 0.5));
            add(disturbances.shift(state, t_s, rng.uniform(1.0, 2.2), rng.uniform(2, 6), 0.02), NonRepKind.FIDGET);
            still(Math.max(0.8, gap * 0.6));
        } else if (roll < d.fidgetRate() + d.bumpRate()) {
            still(Math.max(0.6, gap * 0.5));
            add(disturbances.bump(state, t_s), NonRepKind.BUMP);
            still(Math.max(0.6, gap * 0.5));
        } else {
            still(gap);
        }
    }

    private void still(double duration_s) {
        segments.add(new StillSegment(state, t_s, t_s + duration_s));
        t_s += duration_s;
    }

    private void add(Segment s, NonRepKind kind) {
        segments.add(s);
        nonReps.add(new NonRepTruth(kind, s.start_s(), s.end_s()));
        t_s = s.end_s();
        state = s.endState();
    }
}

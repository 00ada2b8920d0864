package com.reptempo.simulator;

import com.reptempo.model.Placement;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Produces the session's segments in time order, one set at a time, so that an endless session
 * never holds more than one set: a still period standing at the start, then for each set a rest
 * (after the first), the set itself; repeated when the plan's {@link Pacing} is {@link Pacing#LOOP}.
 *
 * <p>{@link Pacing#ON_CUE} (the live demo): the person instead waits where she is before every set, still, until
 * she is told a set starts ({@link #cue}); then she does it at once, and waits again after it. The
 * plan's sets are her repertoire: she does the one cued, or her next one when the cue names none
 * she knows.
 */
final class SessionScript {
    /** Seconds of waiting planned at a time while no set has been cued: a cue takes effect within this. */
    static final double WAIT_STEP_S = 0.25;
    private final SessionPlan plan;
    private final Person person;
    private final Rng rng;
    private final Deque<Segment> pending = new ArrayDeque<>();
    private final Deque<SetTruth> plannedSets = new ArrayDeque<>();
    private final TimeSpan initialStill;
    private BodyState state;
    private double t_s;
    private int nextSet;
    private final Deque<String> cues = new ArrayDeque<>();

    /** The script of {@code plan}, paced as the plan says. */
    SessionScript(SessionPlan plan, Person person, Rng rng) {
        this.plan = plan;
        this.person = person;
        this.rng = rng;
        Placement first = plan.sets().get(0).exercise().placement();
        Placement placement = first == Placement.UNSPECIFIED ? Placement.LOWER_BACK : first;
        this.state = new BodyState(Posture.STANDING, Mounting.smallRotation(rng, 2.0),
                new Vector3D(0, 0, Posture.STANDING.pelvisHeight_m()), placement,
                plan.mounting().clipOn(placement, rng), Body.leverArm_m(placement));
        double still = rng.uniform(3.0, 5.0);
        pending.add(new StillSegment(state, 0, still));
        this.initialStill = new TimeSpan(0, still);
        this.t_s = still;
    }

    /** The still period at the start. */
    TimeSpan initialStill() {
        return initialStill;
    }

    /** The next segment, or null when the session is over. */
    Segment next() {
        if (pending.isEmpty()) planNextSet();
        return pending.poll();
    }

    /** Sets planned so far whose truth has not been taken yet, in order. */
    Deque<SetTruth> plannedSets() {
        return plannedSets;
    }

    /** Tells the person a set of {@code exerciseId} starts now (on cue only). */
    void cue(String exerciseId) {
        cues.add(exerciseId);
    }

    private void planNextSet() {
        if (plan.pacing() == Pacing.ON_CUE) {
            planCuedSet();
            return;
        }
        if (nextSet >= plan.sets().size()) {
            if (plan.pacing() != Pacing.LOOP) return;
            nextSet = 0;
        }
        if (t_s > initialStill.end_s()) {
            double rest = rng.uniform(6, 12);
            pending.add(new StillSegment(state, t_s, t_s + rest));
            t_s += rest;
        }
        plan(plan.sets().get(nextSet++));
    }

    /** The cued set, or a short wait where she is while none is. */
    private void planCuedSet() {
        String id = cues.poll();
        if (id == null) {
            pending.add(new StillSegment(state, t_s, t_s + WAIT_STEP_S));
            t_s += WAIT_STEP_S;
            return;
        }
        SetPlan set = plan.sets().stream().filter(x -> x.exercise().id().equals(id)).findFirst()
                .orElse(plan.sets().get(nextSet % plan.sets().size()));
        nextSet = plan.sets().indexOf(set) + 1;
        plan(set);
    }

    private void plan(SetPlan setPlan) {
        SetChoreographer.SetScript set = SetChoreographer.plan(setPlan, plan, person, rng.fork(), state, t_s);
        pending.addAll(set.segments());
        plannedSets.add(set.truth());
        state = set.end();
        t_s = set.truth().end_s();
    }
}

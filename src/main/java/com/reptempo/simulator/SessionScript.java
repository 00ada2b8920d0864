package com.reptempo.simulator;

import com.reptempo.model.Placement;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Produces the session's segments in time order, one set at a time, so that an endless session
 * never holds more than one set: a still period standing at the start, then for each set a rest
 * (after the first), the set itself; repeated when the plan loops.
 */
final class SessionScript {
    private final SessionPlan plan;
    private final Person person;
    private final Rng rng;
    private final Deque<Segment> pending = new ArrayDeque<>();
    private final Deque<SetTruth> plannedSets = new ArrayDeque<>();
    private final TimeSpan initialStill;
    private BodyState state;
    private double t_s;
    private int nextSet;

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

    private void planNextSet() {
        if (nextSet >= plan.sets().size()) {
            if (!plan.loop()) return;
            nextSet = 0;
        }
        if (t_s > initialStill.end_s()) {
            double rest = rng.uniform(6, 12);
            pending.add(new StillSegment(state, t_s, t_s + rest));
            t_s += rest;
        }
        SetChoreographer.SetScript set = SetChoreographer.plan(plan.sets().get(nextSet++), plan, person, rng.fork(), state, t_s);
        pending.addAll(set.segments());
        plannedSets.add(set.truth());
        state = set.end();
        t_s = set.truth().end_s();
    }
}

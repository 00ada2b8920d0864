package com.reptempo.simulator;

import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

/** Draws the non-rep motions: getting into position, fidgets and side switches, bumps. */
final class DisturbanceFactory {
    private final Rng rng;

    DisturbanceFactory(Rng rng) {
        this.rng = rng;
    }

    /**
     * Getting from {@code from} into {@code to}: 4-7 s for a change of posture, 2-3.5 s otherwise,
     * 3-5 s more when the sensor is re-clipped at another placement.
     */
    TransitionSegment transition(BodyState from, BodyState to, double start_s) {
        boolean postureChange = from.posture() != to.posture();
        boolean reclip = from.placement() != to.placement();
        double duration = postureChange ? rng.uniform(4, 7) : rng.uniform(2, 3.5);
        if (reclip) duration += rng.uniform(3, 5);
        double wobble_deg = reclip ? rng.uniform(20, 40) : rng.uniform(4, 10);
        double lift = postureChange ? rng.uniform(0.15, 0.3) : rng.uniform(0.0, 0.05);
        return new TransitionSegment(from, to, start_s, start_s + duration, rng.unitVector(),
                Math.toRadians(wobble_deg), rng.uniform(0.4, 0.9), lift);
    }

    /**
     * A shift of the body lasting {@code duration_s}: it turns by {@code peak_deg} about a random
     * axis and back, settling up to 1.2° and 1 cm away; it slides up to {@code maxShift_m} on the way.
     */
    ShiftSegment shift(BodyState state, double start_s, double duration_s, double peak_deg, double maxShift_m) {
        Vector3D peak = rng.unitVector().scalarMultiply(Math.toRadians(peak_deg));
        Vector3D settle = rng.unitVector().scalarMultiply(Math.toRadians(rng.uniform(0, 1.2)));
        Vector3D slide = rng.unitVector().scalarMultiply(rng.uniform(0.005, maxShift_m));
        Vector3D rest = rng.unitVector().scalarMultiply(rng.uniform(0, 0.01));
        return new ShiftSegment(state, start_s, start_s + duration_s, peak, settle, slide, rest);
    }

    /** A knock: 0.2-1.2 g for 60-120 ms in a random direction, a 0.5-2° clip wobble at 4-8 Hz; 0.8 s long. */
    BumpSegment bump(BodyState state, double start_s) {
        return new BumpSegment(state, start_s, start_s + 0.8, rng.unitVector(),
                rng.uniform(0.2, 1.2) * Body.G0_MPS2, rng.uniform(0.06, 0.12), rng.unitVector(),
                Math.toRadians(rng.uniform(0.5, 2.0)), rng.uniform(4, 8), 0.12);
    }
}

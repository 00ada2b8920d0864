package com.reptempo.simulator;

import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

/**
 * Getting into position: the body turns from one posture to the next along the shortest arc with
 * a minimum-jerk timing, wobbling on the way, while the pelvis moves (and rises in between). When
 * the sensor changes placement it is taken off and clipped on again meanwhile, so its mounting
 * rotation also moves, with a much larger wobble (the sensor is in a hand).
 */
record TransitionSegment(BodyState from, BodyState to, double start_s, double end_s, Vector3D wobbleAxis,
                         double wobble_rad, double wobbleHz, double lift_m) implements Segment {
    @Override
    public BodyPose pose(double t_s) {
        double u = Math.max(0, Math.min(1, (t_s - start_s) / (end_s - start_s)));
        double s = MinimumJerk.position(u);
        double w = wobble_rad * MinimumJerk.bump(u) * Math.sin(2 * Math.PI * wobbleHz * (t_s - start_s));
        Quaternion wobble = Quaternion.fromAxisAngle(wobbleAxis, w);
        Quaternion body = Quaternion.interpolate(from.bodyToWorld(), to.bodyToWorld(), s);
        Quaternion mount = Quaternion.interpolate(from.sensorToBody(), to.sensorToBody(), s);
        boolean reclip = from.placement() != to.placement();
        if (reclip) {
            mount = mount.times(wobble);
        } else {
            body = body.times(wobble);
        }
        Vector3D pivot = new Vector3D(1 - s, from.pivot_m(), s, to.pivot_m())
                .add(Body.WORLD_UP.scalarMultiply(lift_m * MinimumJerk.bump(u)));
        Vector3D lever = new Vector3D(1 - s, from.leverArm_m(), s, to.leverArm_m());
        return new BodyPose(body, mount, pivot.add(body.rotate(lever)), 0.5 * MinimumJerk.bump(u));
    }

    @Override
    public BodyState endState() {
        return to;
    }
}

package com.reptempo.simulator;

import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

/**
 * A rep (or an abandoned attempt): the body turns about a fixed body-frame axis through the pivot,
 * following an angle profile, and comes back.
 *
 * @param state       resting state at the start (and the end)
 * @param axis        unit rotation axis, body frame
 * @param profile     rotation angle over time
 * @param fullAngle_rad the rep's intended amplitude, for effort
 */
record RotationSegment(BodyState state, Vector3D axis, AngleProfile profile, double fullAngle_rad) implements Segment {
    @Override
    public double start_s() {
        return profile.start_s();
    }

    @Override
    public double end_s() {
        return profile.end_s();
    }

    @Override
    public BodyPose pose(double t_s) {
        double a = profile.angle_rad(t_s);
        Quaternion q = state.bodyToWorld().times(Quaternion.fromAxisAngle(axis, a));
        double effort = fullAngle_rad > 0 ? Math.min(1, Math.abs(a) / fullAngle_rad) : 0;
        return state.pose(q, effort);
    }

    @Override
    public BodyState endState() {
        return state;
    }
}

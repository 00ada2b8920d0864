package com.reptempo.simulator;

import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

/**
 * A fidget or resettling: the body turns and slides a little towards a peak and settles in a
 * slightly different resting pose. Rotations are rotation vectors in the body frame (radians),
 * displacements in the body frame (metres).
 */
record ShiftSegment(BodyState state, double start_s, double end_s, Vector3D peakRotation, Vector3D finalRotation,
                    Vector3D peakShift_m, Vector3D finalShift_m) implements Segment {
    @Override
    public BodyPose pose(double t_s) {
        double u = (t_s - start_s) / (end_s - start_s);
        double bump = MinimumJerk.bump(u);
        double settle = MinimumJerk.position(u);
        Vector3D rot = new Vector3D(bump, peakRotation, settle, finalRotation);
        Vector3D shift = new Vector3D(bump, peakShift_m, settle, finalShift_m);
        Quaternion q = state.bodyToWorld().times(Quaternion.fromRotationVector(rot));
        BodyPose p = state.pose(q, 0.3 * bump);
        return new BodyPose(p.bodyToWorld(), p.sensorToBody(),
                p.sensorPosition_m().add(state.bodyToWorld().rotate(shift)), p.effort());
    }

    @Override
    public BodyState endState() {
        Quaternion q = state.bodyToWorld().times(Quaternion.fromRotationVector(finalRotation));
        return state.withBody(q, state.pivot_m().add(state.bodyToWorld().rotate(finalShift_m)));
    }
}

package com.reptempo.simulator;

import com.reptempo.model.Placement;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

/**
 * The resting state between motions: how the body lies and how the sensor sits on it.
 *
 * @param posture      posture
 * @param bodyToWorld  body→world rotation (posture, the person's own offset, settled fidgets)
 * @param pivot_m      world position of the pelvis's centre of rotation, metres
 * @param placement    where the sensor is worn
 * @param sensorToBody sensor→body rotation (placement, mounting, misalignment)
 * @param leverArm_m   centre of rotation → sensor, body frame, metres
 */
record BodyState(Posture posture, Quaternion bodyToWorld, Vector3D pivot_m, Placement placement,
                 Quaternion sensorToBody, Vector3D leverArm_m) {

    /** The pose with the body turned to {@code bodyToWorld} about the pivot. */
    BodyPose pose(Quaternion bodyToWorldNow, double effort) {
        return new BodyPose(bodyToWorldNow, sensorToBody, pivot_m.add(bodyToWorldNow.rotate(leverArm_m)), effort);
    }

    /** The resting pose. */
    BodyPose pose() {
        return pose(bodyToWorld, 0);
    }

    BodyState withBody(Quaternion newBodyToWorld, Vector3D newPivot_m) {
        return new BodyState(posture, newBodyToWorld, newPivot_m, placement, sensorToBody, leverArm_m);
    }
}

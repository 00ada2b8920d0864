package com.reptempo.simulator;

import com.reptempo.model.Placement;
import com.reptempo.model.Side;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

/**
 * The body (pelvis) frame and where the sensor sits on it. Body axes: x anterior (out of the
 * belly), y to the person's left, z superior (towards the head); right-handed. World axes: Z up,
 * X the direction the head points when lying down.
 */
final class Body {
    static final Vector3D ANTERIOR = Vector3D.PLUS_I;
    static final Vector3D LEFT = Vector3D.PLUS_J;
    static final Vector3D SUPERIOR = Vector3D.PLUS_K;
    static final Vector3D POSTERIOR = Vector3D.MINUS_I;
    static final Vector3D RIGHT = Vector3D.MINUS_J;

    /** World up; an accelerometer at rest measures +1 g along it. */
    static final Vector3D WORLD_UP = Vector3D.PLUS_K;

    /** Standard gravity, m/s^2. */
    static final double G0_MPS2 = 9.80665;

    private Body() {
    }

    /** +1 for the left side, -1 for the right side, 0 when not per side. */
    static double sign(Side side) {
        if (side == null) return 0;
        return side == Side.LEFT ? 1 : -1;
    }

    /**
     * The sensor→body rotation of an upright-worn sensor at this placement: the sensor's z axis
     * points out of the skin, its y axis towards the head, x completes the right-handed frame
     * (like a phone clipped on with its screen facing out and its top up).
     */
    static Quaternion placementRotation(Placement placement) {
        return switch (placement) {
            case RIGHT_HIP -> Quaternion.fromBasis(ANTERIOR, SUPERIOR, RIGHT);
            case LEFT_HIP -> Quaternion.fromBasis(POSTERIOR, SUPERIOR, LEFT);
            case LOWER_BACK, UNSPECIFIED -> Quaternion.fromBasis(RIGHT, SUPERIOR, POSTERIOR);
        };
    }

    /**
     * From the pelvis's centre of rotation to the sensor, in the body frame, metres: about 10 cm
     * behind and 10 cm above for the lower back (lumbosacral region), 16 cm to the side at the hip
     * (iliac crest).
     */
    static Vector3D leverArm_m(Placement placement) {
        return switch (placement) {
            case RIGHT_HIP -> new Vector3D(0, -0.16, 0.02);
            case LEFT_HIP -> new Vector3D(0, 0.16, 0.02);
            case LOWER_BACK, UNSPECIFIED -> new Vector3D(-0.10, 0, 0.10);
        };
    }
}

package com.reptempo.simulator;

import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

/**
 * A stretch of the session's motion. Segments tile time without gaps; each starts from the
 * previous one's end state, so poses are continuous. Outside its interval a segment reports its
 * end poses (clamped).
 */
interface Segment {
    double start_s();

    double end_s();

    /** The pose at {@code t_s}. */
    BodyPose pose(double t_s);

    /** Translational acceleration not captured by {@link #pose} (a knock), world frame, m/s². */
    default Vector3D impulse_mps2(double t_s) {
        return Vector3D.ZERO;
    }

    /** The resting state at the end. */
    BodyState endState();
}

package com.reptempo.simulator;

import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

/**
 * A knock on the sensor or the mat: one full sine period of translational acceleration (push and
 * stop, so no net velocity) and a decaying wobble of the clip, then still again.
 *
 * @param state         resting state
 * @param start_s       start
 * @param end_s         end (the wobble has died out)
 * @param direction     unit direction of the push, world frame
 * @param peak_mps2     peak acceleration, m/s²
 * @param pulse_s       length of the push-and-stop pulse, seconds
 * @param wobbleAxis    unit wobble axis, body frame
 * @param wobble_rad    initial wobble amplitude, radians
 * @param wobbleHz      wobble frequency, Hz
 * @param wobbleDecay_s wobble decay time constant, seconds
 */
record BumpSegment(BodyState state, double start_s, double end_s, Vector3D direction, double peak_mps2,
                   double pulse_s, Vector3D wobbleAxis, double wobble_rad, double wobbleHz,
                   double wobbleDecay_s) implements Segment {
    @Override
    public BodyPose pose(double t_s) {
        double tau = t_s - start_s;
        if (tau <= 0 || t_s >= end_s) return state.pose();
        double window = 1 - MinimumJerk.position((t_s - start_s) / (end_s - start_s));
        double a = wobble_rad * Math.sin(2 * Math.PI * wobbleHz * tau) * Math.exp(-tau / wobbleDecay_s) * window;
        return state.pose(state.bodyToWorld().times(Quaternion.fromAxisAngle(wobbleAxis, a)), 0);
    }

    @Override
    public Vector3D impulse_mps2(double t_s) {
        double tau = t_s - start_s;
        if (tau <= 0 || tau >= pulse_s) return Vector3D.ZERO;
        return direction.scalarMultiply(peak_mps2 * Math.sin(2 * Math.PI * tau / pulse_s));
    }

    @Override
    public BodyState endState() {
        return state;
    }
}

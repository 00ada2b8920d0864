package com.reptempo.simulator;

import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The true physics at the sensor: specific force (gravity plus linear acceleration) and angular
 * velocity in the sensor frame. The sensor's orientation is body motion ∘ breathing/tremor ∘
 * mounting; angular velocity and the linear acceleration of the sensor's position are taken by
 * central differences over ±{@value #H_S} s (exact to about 0.1 % for 12 Hz tremor).
 */
final class Kinematics {
    /** Half-width of the central differences, seconds. */
    static final double H_S = 1e-3;

    private final SessionScript script;
    private final Background background;
    private final Deque<Segment> window = new ArrayDeque<>();
    private boolean exhausted;

    Kinematics(SessionScript script, Background background) {
        this.script = script;
        this.background = background;
    }

    /** End of the session, seconds; infinite while it is not fully planned (or loops). */
    double end_s() {
        return exhausted && !window.isEmpty() ? window.peekLast().end_s() : Double.POSITIVE_INFINITY;
    }

    /**
     * True specific force (g) into {@code force_g} and angular velocity (deg/s) into
     * {@code rate_dps} at {@code t_s}, both in the sensor frame.
     */
    void evaluate(double t_s, double[] force_g, double[] rate_dps) {
        ensure(t_s + 2 * H_S);
        Segment now = segmentAt(t_s);
        BodyPose p0 = now.pose(t_s);
        BodyPose pm = segmentAt(t_s - H_S).pose(t_s - H_S);
        BodyPose pp = segmentAt(t_s + H_S).pose(t_s + H_S);
        Quaternion q0 = orientation(p0, t_s);
        Quaternion qm = orientation(pm, t_s - H_S);
        Quaternion qp = orientation(pp, t_s + H_S);

        Vector3D accel_mps2 = new Vector3D(1, pp.sensorPosition_m(), -2, p0.sensorPosition_m(), 1, pm.sensorPosition_m())
                .scalarMultiply(1 / (H_S * H_S)).add(now.impulse_mps2(t_s));
        Vector3D fWorld = Body.WORLD_UP.add(accel_mps2.scalarMultiply(1 / Body.G0_MPS2));
        Vector3D f = q0.inverseRotate(fWorld).add(background.tremorAccel_g(t_s, p0.effort()));
        force_g[0] = f.getX();
        force_g[1] = f.getY();
        force_g[2] = f.getZ();

        Vector3D w = qm.conjugate().times(qp).toRotationVector().scalarMultiply(Math.toDegrees(1) / (2 * H_S));
        rate_dps[0] = w.getX();
        rate_dps[1] = w.getY();
        rate_dps[2] = w.getZ();
    }

    private Quaternion orientation(BodyPose p, double t_s) {
        Quaternion fine = Quaternion.fromRotationVector(background.rotation(t_s, p.effort()));
        return p.bodyToWorld().times(fine).times(p.sensorToBody());
    }

    private void ensure(double until_s) {
        while (!exhausted && (window.isEmpty() || window.peekLast().end_s() < until_s)) {
            Segment s = script.next();
            if (s == null) {
                exhausted = true;
            } else {
                window.addLast(s);
            }
        }
    }

    private Segment segmentAt(double t_s) {
        while (window.size() > 1 && window.peekFirst().end_s() < t_s - 4 * H_S) window.pollFirst();
        for (Segment s : window) {
            if (t_s <= s.end_s()) return s;
        }
        return window.peekLast();
    }
}

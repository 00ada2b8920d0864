package com.reptempo.simulator;

import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

/**
 * A unit quaternion used as a rotation operator (Hamilton convention, active rotation):
 * {@link #rotate(Vector3D)} turns a vector by the rotation, and {@code a.times(b)} is the rotation
 * "first b, then a". A frame rotation "F to G" maps vectors expressed in frame F to frame G.
 *
 * <p>Written here rather than using commons-math3 {@code Rotation} so that the sign convention is
 * explicit in one place; a test checks it against {@code Rotation}.
 *
 * @param w scalar part
 * @param x vector part, x
 * @param y vector part, y
 * @param z vector part, z
 */
public record Quaternion(double w, double x, double y, double z) {
    /** No rotation. */
    public static final Quaternion IDENTITY = new Quaternion(1, 0, 0, 0);

    /** Rotation by {@code angle_rad} about {@code axis} (right-hand rule); a zero axis gives the identity. */
    public static Quaternion fromAxisAngle(Vector3D axis, double angle_rad) {
        double n = axis.getNorm();
        if (n == 0) return IDENTITY;
        double s = Math.sin(angle_rad / 2) / n;
        return new Quaternion(Math.cos(angle_rad / 2), axis.getX() * s, axis.getY() * s, axis.getZ() * s);
    }

    /** Rotation whose axis is the direction of {@code v} and whose angle is its length, radians. */
    public static Quaternion fromRotationVector(double vx, double vy, double vz) {
        double a = Math.sqrt(vx * vx + vy * vy + vz * vz);
        if (a < 1e-9) {
            return new Quaternion(1, vx / 2, vy / 2, vz / 2).normalised();
        }
        double s = Math.sin(a / 2) / a;
        return new Quaternion(Math.cos(a / 2), vx * s, vy * s, vz * s);
    }

    /** See {@link #fromRotationVector(double, double, double)}. */
    public static Quaternion fromRotationVector(Vector3D v) {
        return fromRotationVector(v.getX(), v.getY(), v.getZ());
    }

    /**
     * The rotation that maps the unit axes x, y, z onto the given orthonormal, right-handed
     * vectors (the columns of the rotation matrix).
     */
    public static Quaternion fromBasis(Vector3D xImage, Vector3D yImage, Vector3D zImage) {
        double m00 = xImage.getX(), m10 = xImage.getY(), m20 = xImage.getZ();
        double m01 = yImage.getX(), m11 = yImage.getY(), m21 = yImage.getZ();
        double m02 = zImage.getX(), m12 = zImage.getY(), m22 = zImage.getZ();
        double trace = m00 + m11 + m22;
        Quaternion q;
        if (trace > 0) {
            double s = Math.sqrt(trace + 1) * 2;
            q = new Quaternion(s / 4, (m21 - m12) / s, (m02 - m20) / s, (m10 - m01) / s);
        } else if (m00 > m11 && m00 > m22) {
            double s = Math.sqrt(1 + m00 - m11 - m22) * 2;
            q = new Quaternion((m21 - m12) / s, s / 4, (m01 + m10) / s, (m02 + m20) / s);
        } else if (m11 > m22) {
            double s = Math.sqrt(1 + m11 - m00 - m22) * 2;
            q = new Quaternion((m02 - m20) / s, (m01 + m10) / s, s / 4, (m12 + m21) / s);
        } else {
            double s = Math.sqrt(1 + m22 - m00 - m11) * 2;
            q = new Quaternion((m10 - m01) / s, (m02 + m20) / s, (m12 + m21) / s, s / 4);
        }
        return q.normalised();
    }

    /** The rotation "first {@code o}, then this". */
    public Quaternion times(Quaternion o) {
        return new Quaternion(
                w * o.w - x * o.x - y * o.y - z * o.z,
                w * o.x + x * o.w + y * o.z - z * o.y,
                w * o.y - x * o.z + y * o.w + z * o.x,
                w * o.z + x * o.y - y * o.x + z * o.w);
    }

    /** The inverse rotation. */
    public Quaternion conjugate() {
        return new Quaternion(w, -x, -y, -z);
    }

    /** This quaternion scaled to unit length. */
    public Quaternion normalised() {
        double n = Math.sqrt(w * w + x * x + y * y + z * z);
        return new Quaternion(w / n, x / n, y / n, z / n);
    }

    /** {@code v} turned by this rotation. */
    public Vector3D rotate(Vector3D v) {
        double vx = v.getX(), vy = v.getY(), vz = v.getZ();
        double tx = 2 * (y * vz - z * vy);
        double ty = 2 * (z * vx - x * vz);
        double tz = 2 * (x * vy - y * vx);
        return new Vector3D(vx + w * tx + (y * tz - z * ty),
                vy + w * ty + (z * tx - x * tz),
                vz + w * tz + (x * ty - y * tx));
    }

    /** {@code v} turned by the inverse of this rotation. */
    public Vector3D inverseRotate(Vector3D v) {
        return conjugate().rotate(v);
    }

    /** Rotation angle, radians, in [0, pi]. */
    public double angle_rad() {
        double s = Math.sqrt(x * x + y * y + z * z);
        return 2 * Math.atan2(s, Math.abs(w));
    }

    /** Axis times angle (radians) of the shortest equivalent rotation. */
    public Vector3D toRotationVector() {
        double s = Math.sqrt(x * x + y * y + z * z);
        double sign = w < 0 ? -1 : 1;
        if (s < 1e-12) return new Vector3D(2 * sign * x, 2 * sign * y, 2 * sign * z);
        double k = sign * 2 * Math.atan2(s, Math.abs(w)) / s;
        return new Vector3D(k * x, k * y, k * z);
    }

    /** Rotation part-way from {@code a} ({@code s = 0}) to {@code b} ({@code s = 1}) along the shortest arc. */
    public static Quaternion interpolate(Quaternion a, Quaternion b, double s) {
        Vector3D delta = a.conjugate().times(b).toRotationVector();
        return a.times(fromRotationVector(delta.scalarMultiply(s)));
    }

    /** Angle between two rotations, radians. */
    public static double distance_rad(Quaternion a, Quaternion b) {
        return a.conjugate().times(b).angle_rad();
    }
}

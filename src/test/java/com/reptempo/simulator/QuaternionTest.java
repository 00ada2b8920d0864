package com.reptempo.simulator;

import org.apache.commons.math3.geometry.euclidean.threed.Rotation;
import org.apache.commons.math3.geometry.euclidean.threed.RotationConvention;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuaternionTest {
    private static void assertVector(Vector3D expected, Vector3D actual) {
        assertEquals(0, expected.distance(actual), 1e-12, () -> expected + " vs " + actual);
    }

    @Test
    void rotatesLikeCommonsMathVectorOperator() {
        Rng rng = new Rng(7);
        for (int i = 0; i < 100; i++) {
            Vector3D axis = rng.unitVector();
            double angle = rng.uniform(-Math.PI, Math.PI);
            Vector3D v = rng.unitVector().scalarMultiply(rng.uniform(0.1, 3));
            Rotation ref = new Rotation(axis, angle, RotationConvention.VECTOR_OPERATOR);
            assertVector(ref.applyTo(v), Quaternion.fromAxisAngle(axis, angle).rotate(v));
            assertVector(ref.applyInverseTo(v), Quaternion.fromAxisAngle(axis, angle).inverseRotate(v));
        }
    }

    @Test
    void composesFirstRightThenLeft() {
        Quaternion a = Quaternion.fromAxisAngle(Vector3D.PLUS_K, Math.PI / 2);
        Quaternion b = Quaternion.fromAxisAngle(Vector3D.PLUS_I, Math.PI / 2);
        // b takes y to z, then a leaves z alone
        assertVector(Vector3D.PLUS_K, a.times(b).rotate(Vector3D.PLUS_J));
        // a takes x to y, then b takes y to z
        assertVector(Vector3D.PLUS_K, b.times(a).rotate(Vector3D.PLUS_I));
    }

    @Test
    void basisAndRotationVectorRoundTrip() {
        Rng rng = new Rng(11);
        for (int i = 0; i < 100; i++) {
            Quaternion q = rng.rotation();
            Quaternion fromBasis = Quaternion.fromBasis(q.rotate(Vector3D.PLUS_I), q.rotate(Vector3D.PLUS_J), q.rotate(Vector3D.PLUS_K));
            assertEquals(0, Quaternion.distance_rad(q, fromBasis), 1e-9);
            Quaternion back = Quaternion.fromRotationVector(q.toRotationVector());
            assertEquals(0, Quaternion.distance_rad(q, back), 1e-9);
        }
    }

    @Test
    void interpolatesAlongTheShortestArc() {
        Quaternion a = Quaternion.IDENTITY;
        Quaternion b = Quaternion.fromAxisAngle(Vector3D.PLUS_J, Math.toRadians(80));
        Quaternion mid = Quaternion.interpolate(a, b, 0.25);
        assertEquals(20, Math.toDegrees(mid.angle_rad()), 1e-9);
        assertEquals(0, Quaternion.distance_rad(b, Quaternion.interpolate(a, b, 1)), 1e-12);
    }

    @Test
    void posturesAndPlacementsAreRightHandedAndPointTheRightWay() {
        // Prone: belly down, so body anterior is world down.
        assertVector(Vector3D.MINUS_K, Posture.PRONE.bodyToWorld().rotate(Body.ANTERIOR));
        assertVector(Vector3D.PLUS_K, Posture.SUPINE.bodyToWorld().rotate(Body.ANTERIOR));
        // An upright lower-back sensor: z out of the skin (posterior), y up the spine.
        Quaternion back = Body.placementRotation(com.reptempo.model.Placement.LOWER_BACK);
        assertVector(Body.POSTERIOR, back.rotate(Vector3D.PLUS_K));
        assertVector(Body.SUPERIOR, back.rotate(Vector3D.PLUS_J));
        Quaternion hip = Body.placementRotation(com.reptempo.model.Placement.RIGHT_HIP);
        assertVector(Body.RIGHT, hip.rotate(Vector3D.PLUS_K));
    }
}

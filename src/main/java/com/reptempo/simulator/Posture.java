package com.reptempo.simulator;

import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

/** How the person lies (or stands) for an exercise: the body→world rotation at rest and the pelvis height. */
public enum Posture {
    /** Standing, before getting down on the floor. */
    STANDING(Quaternion.IDENTITY, 1.0),
    /** On the back, knees bent: belly up, head towards world X. */
    SUPINE(Quaternion.fromBasis(Vector3D.PLUS_K, Vector3D.MINUS_J, Vector3D.PLUS_I), 0.12),
    /** On the stomach: belly down, head towards world X. */
    PRONE(Quaternion.fromBasis(Vector3D.MINUS_K, Vector3D.PLUS_J, Vector3D.PLUS_I), 0.15),
    /** On all fours: trunk horizontal, belly down, pelvis about 65 cm above the floor. */
    ALL_FOURS(Quaternion.fromBasis(Vector3D.MINUS_K, Vector3D.PLUS_J, Vector3D.PLUS_I), 0.65);

    private final Quaternion bodyToWorld;
    private final double pelvisHeight_m;

    Posture(Quaternion bodyToWorld, double pelvisHeight_m) {
        this.bodyToWorld = bodyToWorld;
        this.pelvisHeight_m = pelvisHeight_m;
    }

    /** Body→world rotation of the ideal posture (before the person's own offset). */
    Quaternion bodyToWorld() {
        return bodyToWorld;
    }

    /** Height of the pelvis's centre of rotation above the floor, metres. */
    double pelvisHeight_m() {
        return pelvisHeight_m;
    }
}

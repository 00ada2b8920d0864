package com.reptempo.simulator;

import com.reptempo.model.Side;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

import java.util.Optional;

/**
 * How one exercise of the routine moves the body segment the sensor is clipped to. A rep is a
 * rotation of that segment (the pelvis, or the lumbosacral region for the cobra lift) about one
 * axis fixed in the body frame, out and back; the axis is {@code common + sign(side) × side}
 * (sign +1 left, -1 right), so left and right reps turn the sensor in different directions.
 * A pelvis fault turns it about {@code faultCommon + sign(side) × faultSide} instead, by more.
 * Numbers and their sources: docs/SIMULATOR.md.
 *
 * @param exerciseId       routine exercise id
 * @param posture          how the person lies
 * @param common           side-independent part of the rep's rotation axis, body frame
 * @param side             part of the axis whose sign follows the side, body frame
 * @param amplitudeLow_deg smallest nominal rep amplitude of a person, degrees
 * @param amplitudeHigh_deg largest nominal rep amplitude of a person, degrees
 * @param faultCommon      side-independent part of a pelvis fault's axis (null: no pelvis fault)
 * @param faultSide        side-dependent part of a pelvis fault's axis
 */
record ExerciseMotion(String exerciseId, Posture posture, Vector3D common, Vector3D side,
                      double amplitudeLow_deg, double amplitudeHigh_deg, Vector3D faultCommon, Vector3D faultSide) {

    /** The motion model of a routine exercise, if the simulator has one. */
    static Optional<ExerciseMotion> of(String exerciseId) {
        return Optional.ofNullable(switch (exerciseId) {
            // On the back, sensor at the hip: small anterior tilt plus a roll towards the sliding leg;
            // the fault is the lower back arching off the floor (anterior tilt).
            case "heel-scoop" -> new ExerciseMotion(exerciseId, Posture.SUPINE,
                    Body.LEFT.scalarMultiply(0.5), Body.SUPERIOR.scalarMultiply(0.8), 2.0, 3.2,
                    Body.LEFT, Body.SUPERIOR.scalarMultiply(0.25));
            // On the stomach: lumbar extension lifts the chest; the lower-back sensor tilts 15-28°.
            case "cobra-lift" -> new ExerciseMotion(exerciseId, Posture.PRONE,
                    Body.LEFT.negate(), Vector3D.ZERO, 15, 28, null, null);
            // On the stomach: the lifted leg's side of the pelvis rises a little, slight anterior tilt.
            case "rear-leg-lift" -> new ExerciseMotion(exerciseId, Posture.PRONE,
                    Body.LEFT.scalarMultiply(0.45), Body.SUPERIOR.scalarMultiply(0.9), 2.4, 3.4,
                    Body.LEFT.scalarMultiply(0.5), Body.SUPERIOR);
            // On all fours: the extended leg's side of the pelvis rises a little (side = the leg's side).
            case "arm-leg-extension" -> new ExerciseMotion(exerciseId, Posture.ALL_FOURS,
                    Body.LEFT.scalarMultiply(0.3), Body.SUPERIOR, 2.4, 3.4,
                    Body.LEFT.scalarMultiply(0.25), Body.SUPERIOR);
            default -> null;
        });
    }

    /** True when the simulator can produce this exercise. */
    static boolean supports(String exerciseId) {
        return of(exerciseId).isPresent();
    }

    /** Unit rotation axis of a normal rep on this side (null side: not per side), body frame. */
    Vector3D axis(Side s) {
        return common.add(Body.sign(s), side).normalize();
    }

    /** True when a pelvis (back-lift / unstable-pelvis) fault can be simulated. */
    boolean hasPelvisFault() {
        return faultCommon != null;
    }

    /** Unit rotation axis of a rep with a pelvis fault on this side, body frame. */
    Vector3D faultAxis(Side s) {
        return faultCommon.add(Body.sign(s), faultSide).normalize();
    }

    /** A person's nominal amplitude for this exercise, degrees; {@code fraction} in [0, 1]. */
    double nominalAmplitude_deg(double fraction) {
        return amplitudeLow_deg + fraction * (amplitudeHigh_deg - amplitudeLow_deg);
    }
}

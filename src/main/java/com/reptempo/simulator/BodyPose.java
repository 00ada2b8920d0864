package com.reptempo.simulator;

import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

/**
 * Where the body and the sensor are at one instant, before breathing and tremor.
 *
 * @param bodyToWorld       body→world rotation
 * @param sensorToBody      sensor→body rotation
 * @param sensorPosition_m  world position of the sensor, metres
 * @param effort            muscular effort 0..1 (raises tremor)
 */
record BodyPose(Quaternion bodyToWorld, Quaternion sensorToBody, Vector3D sensorPosition_m, double effort) {
}

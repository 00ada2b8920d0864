package com.reptempo.pipeline;

/**
 * What the still period at the start taught: gyroscope offsets, the gravity the accelerometer
 * reads, the posture and the noise of the direction of gravity.
 *
 * @param t_s              time calibration completed, seconds
 * @param fromStillPeriod  true when measured over a still period; false when no still period was
 *                         found in time and defaults were assumed (offsets 0)
 * @param gyroBiasX_dps    gyroscope offset, x, deg/s (0 without a gyroscope)
 * @param gyroBiasY_dps    gyroscope offset, y, deg/s
 * @param gyroBiasZ_dps    gyroscope offset, z, deg/s
 * @param gravity_g        magnitude of the acceleration at rest, g
 * @param upX              unit direction of gravity ("up") in the sensor frame, x
 * @param upY              y
 * @param upZ              z
 * @param directionNoise_deg standard deviation of the acceleration direction while still, degrees
 */
public record Calibration(double t_s, boolean fromStillPeriod, double gyroBiasX_dps, double gyroBiasY_dps,
                          double gyroBiasZ_dps, double gravity_g, double upX, double upY, double upZ,
                          double directionNoise_deg) {
}

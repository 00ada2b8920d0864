package com.reptempo.model;

import java.util.Objects;

/**
 * What a sensor says about itself (from a binary HELLO or a text-mode hello line).
 *
 * @param firmwareVersion     firmware version, e.g. "1.2.0", or "" when unknown
 * @param deviceId            device identifier as hex, or "" when unknown
 * @param model               sensor model, e.g. "MPU-6050", or "" when unknown
 * @param sampleRate_hz       nominal sample rate, Hz (0 when unknown)
 * @param accelFullScale_g    accelerometer range, ±g (0 when unknown)
 * @param gyroFullScale_dps   gyroscope range, ±deg/s; 0 when there is no gyroscope
 * @param hasGyro             true when samples carry angular rate
 * @param placement           intended placement on the body
 */
public record DeviceInfo(String firmwareVersion, String deviceId, String model, double sampleRate_hz,
                         int accelFullScale_g, int gyroFullScale_dps, boolean hasGyro, Placement placement) {
    public DeviceInfo {
        Objects.requireNonNull(firmwareVersion, "firmwareVersion");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(placement, "placement");
    }

    /** A one-line human description, e.g. "MPU-6050 #00c0ffee, fw 1.2.0, 100 Hz, ±2 g, ±2000 °/s". */
    public String describe() {
        StringBuilder sb = new StringBuilder(model.isEmpty() ? "sensor" : model);
        if (!deviceId.isEmpty()) sb.append(" #").append(deviceId);
        if (!firmwareVersion.isEmpty()) sb.append(", fw ").append(firmwareVersion);
        if (sampleRate_hz > 0) sb.append(", ").append(Math.round(sampleRate_hz)).append(" Hz");
        if (accelFullScale_g > 0) sb.append(", ±").append(accelFullScale_g).append(" g");
        sb.append(hasGyro ? (gyroFullScale_dps > 0 ? ", ±" + gyroFullScale_dps + " °/s" : ", gyroscope") : ", no gyroscope");
        return sb.toString();
    }
}

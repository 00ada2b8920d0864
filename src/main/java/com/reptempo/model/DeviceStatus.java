package com.reptempo.model;

/**
 * The sensor's own report of its health (binary STATUS message).
 *
 * @param battery_mV    battery voltage, millivolts; 0 when unknown
 * @param charging      true while charging
 * @param deviceDropped samples the device dropped itself since power-up
 */
public record DeviceStatus(int battery_mV, boolean charging, long deviceDropped) {
}

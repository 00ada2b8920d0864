package com.reptempo.device;

/**
 * A serial port as the user sees it in a list.
 *
 * @param path        what to open, e.g. "/dev/ttyACM0" or "COM3"
 * @param name        the system's short name, e.g. "ttyACM0"
 * @param description readable description, e.g. "RepTempo Sensor (USB 2e8a:000a, serial 1234)"
 */
public record PortInfo(String path, String name, String description) {
}

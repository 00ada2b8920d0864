package com.reptempo.app.live;

import java.util.Objects;

/**
 * Which sensor to use: a serial port (listed or typed path) or the built-in demo sensor.
 *
 * @param port          port path or name, or null for the demo
 * @param demoExercise  for the demo: the exercise the simulated person does ("routine" for all)
 * @param demoFaults    for the demo: whether she makes mistakes now and then
 */
public record SourceChoice(String port, String demoExercise, boolean demoFaults) {
    public static SourceChoice port(String port) {
        if (port == null || port.isBlank()) throw new IllegalArgumentException("choose a port or type a device path");
        return new SourceChoice(port.trim(), null, false);
    }

    public static SourceChoice demo(String exercise, boolean faults) {
        return new SourceChoice(null, Objects.requireNonNull(exercise), faults);
    }

    public boolean isDemo() {
        return port == null;
    }

    /** For the status line. */
    public String describe() {
        return isDemo() ? "demo sensor (" + (demoFaults ? "with some mistakes" : "good form") + ")" : port;
    }
}

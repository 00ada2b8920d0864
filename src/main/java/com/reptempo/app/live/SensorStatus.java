package com.reptempo.app.live;

import com.reptempo.device.LinkState;
import com.reptempo.model.DeviceInfo;
import com.reptempo.model.DeviceStatus;
import com.reptempo.model.LinkStats;

import java.util.Locale;

/**
 * What the user must always be able to see about the sensor, as an immutable snapshot.
 *
 * @param state   link state
 * @param message the last state message in plain words
 * @param device  what the sensor said about itself, or null
 * @param battery battery report, or null
 * @param stats   link statistics
 */
public record SensorStatus(LinkState state, String message, DeviceInfo device, DeviceStatus battery, LinkStats stats) {
    public static final SensorStatus NONE = new SensorStatus(null, "no sensor connected", null, null, LinkStats.EMPTY);

    /** A short line for the header, e.g. "Connected · battery 3.9 V · 0 samples lost". */
    public String summary() {
        if (state == null) return "No sensor";
        StringBuilder sb = new StringBuilder(switch (state) {
            case CONNECTING -> "Connecting…";
            case CONNECTED -> "Connected";
            case SIGNAL_LOST -> "Signal lost";
            case DISCONNECTED -> "Sensor unplugged";
            case FINISHED -> "Stopped";
            case FAILED -> "Cannot connect";
        });
        if (battery != null && battery.battery_mV() > 0) {
            sb.append(String.format(Locale.ROOT, " · battery %.1f V%s", battery.battery_mV() / 1000.0, battery.charging() ? " (charging)" : ""));
        }
        if (stats.samples() > 0) sb.append(" · ").append(stats.lostSamples()).append(" samples lost");
        return sb.toString();
    }

    /** True when the user should look: the link is not delivering. */
    public boolean alarming() {
        return state == LinkState.SIGNAL_LOST || state == LinkState.DISCONNECTED || state == LinkState.FAILED;
    }
}

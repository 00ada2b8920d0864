package com.reptempo.device;

import com.reptempo.model.DeviceInfo;
import com.reptempo.model.DeviceStatus;
import com.reptempo.model.Sample;

/**
 * Receives what a {@link SampleSource} produces. All calls come from the source's own reader
 * thread, in order; implementations hand data on (e.g. to the pipeline and a recorder) and must
 * not block for long or touch Swing.
 */
public interface SourceListener {
    /** A sample, in time order, never twice. */
    void onSample(Sample sample);

    /** The device described itself (at connect, and again after a reconnect). */
    default void onDeviceInfo(DeviceInfo info) {
    }

    /** The device reported its battery and drops. */
    default void onDeviceStatus(DeviceStatus status) {
    }

    /** A button on the device was pressed; {@code kind} as in PROTOCOL.md (1 start/stop set, 2 mark). */
    default void onButton(int kind, double t_s) {
    }

    /** The link changed state; {@code message} says what happened in plain words. */
    default void onStateChanged(LinkState state, String message) {
    }

    /** The exact bytes read from the link, for a raw capture. Not called by sources without a byte stream. */
    default void onRawBytes(byte[] bytes, int fromInclusive, int toExclusive) {
    }
}

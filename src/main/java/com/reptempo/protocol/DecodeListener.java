package com.reptempo.protocol;

import com.reptempo.model.DeviceInfo;
import com.reptempo.model.Sample;

/** Receives what a {@link StreamDecoder} decodes, on the thread that feeds it. */
public interface DecodeListener {
    /**
     * A sample for the analysis, in order, never twice.
     *
     * @param seq the sample's sequence number (binary mode), or -1 (text mode)
     */
    void onSample(long seq, Sample sample);

    /** Every valid device message (binary mode), before the samples it carries. */
    default void onMessage(DeviceMessage message) {
    }

    /** A {@code #reptempo} hello line (text mode). */
    default void onTextHello(TextHello hello) {
    }

    /** What the device says about itself, whenever it says it (HELLO or a text hello line). */
    default void onDeviceInfo(DeviceInfo info) {
    }
}

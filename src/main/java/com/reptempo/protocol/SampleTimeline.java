package com.reptempo.protocol;

/**
 * Device time to stream time (PROTOCOL.md §6 "Timestamps" and "Epochs"): unwraps 32-bit
 * microsecond counters with signed steps, puts the first sample at 0 s, restarts at epochs one
 * sample period after the last delivered sample, and never lets delivered time decrease.
 */
final class SampleTimeline {
    private boolean clockStarted;
    private long lastRaw_us;
    private long unwrapped_us;
    private boolean anyDelivered;
    private long epochFirst_us;
    private double epochOffset_s;
    private double lastDelivered_s;

    /** Unwraps a raw 32-bit device time (any message). */
    long unwrap(long raw_us) {
        if (!clockStarted) {
            clockStarted = true;
            unwrapped_us = raw_us;
        } else {
            unwrapped_us += (int) (raw_us - lastRaw_us);
        }
        lastRaw_us = raw_us;
        return unwrapped_us;
    }

    /** Starts an epoch whose first sample has raw device time {@code raw_us}; {@code period_s} = 1 / rate. */
    void startEpoch(long raw_us, double period_s) {
        clockStarted = false;
        epochFirst_us = unwrap(raw_us);
        epochOffset_s = anyDelivered ? lastDelivered_s + period_s : 0.0;
    }

    /** Stream time of a sample at unwrapped device time {@code t_us}; records it as delivered. */
    double deliver(long t_us) {
        double t = (t_us - epochFirst_us) / 1e6 + epochOffset_s;
        if (anyDelivered && t < lastDelivered_s) t = lastDelivered_s;
        anyDelivered = true;
        lastDelivered_s = t;
        return t;
    }

    /** Stream time of an event at raw device time (without delivering anything); NaN before the first sample. */
    double timeOf(long raw_us) {
        long t = unwrap(raw_us);
        return anyDelivered ? (t - epochFirst_us) / 1e6 + epochOffset_s : Double.NaN;
    }
}

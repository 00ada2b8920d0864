package com.reptempo.device;

import com.reptempo.model.DeviceInfo;
import com.reptempo.model.Sample;

import java.util.ArrayList;
import java.util.List;

/** Collects what a source reports; read it from the test thread under its lock. */
final class CollectingListener implements SourceListener {
    final List<Sample> samples = new ArrayList<>();
    final List<LinkState> states = new ArrayList<>();
    final List<String> messages = new ArrayList<>();
    final List<Long> stateTimes_ns = new ArrayList<>();
    volatile DeviceInfo info;

    @Override
    public synchronized void onSample(Sample sample) {
        samples.add(sample);
    }

    @Override
    public synchronized void onStateChanged(LinkState state, String message) {
        states.add(state);
        messages.add(message);
        stateTimes_ns.add(System.nanoTime());
    }

    @Override
    public void onDeviceInfo(DeviceInfo deviceInfo) {
        info = deviceInfo;
    }

    synchronized int sampleCount() {
        return samples.size();
    }

    synchronized LinkState lastState() {
        return states.isEmpty() ? null : states.get(states.size() - 1);
    }

    synchronized String lastMessage() {
        return messages.isEmpty() ? "" : messages.get(messages.size() - 1);
    }

    /** Waits until {@code condition} holds or the timeout passes; returns whether it holds. */
    boolean await(java.util.function.BooleanSupplier condition, long timeout_ms) throws InterruptedException {
        long deadline = System.nanoTime() + timeout_ms * 1_000_000;
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) return true;
            Thread.sleep(10);
        }
        return condition.getAsBoolean();
    }
}

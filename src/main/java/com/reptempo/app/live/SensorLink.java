package com.reptempo.app.live;

import com.reptempo.device.LinkState;
import com.reptempo.device.SampleSource;
import com.reptempo.device.SourceListener;
import com.reptempo.model.DeviceInfo;
import com.reptempo.model.DeviceStatus;
import com.reptempo.model.Sample;
import com.reptempo.model.SampleSink;

import java.util.Objects;

/**
 * The connected sensor: owns the {@link SampleSource}, keeps a {@link SensorStatus} snapshot for
 * the screen, and hands every sample to whoever is consuming them now (the running set). Sample
 * delivery happens on the source's reader thread; the consumer is swapped atomically.
 */
public final class SensorLink implements SampleTap, AutoCloseable {
    private static final SampleSink NOBODY = s -> { };
    private static final SourceListener NO_RECORDER = s -> { };

    private final SourceFactory factory;
    private volatile SampleSource source;
    private volatile SourceChoice choice;
    private volatile SampleSink consumer = NOBODY;
    private volatile SourceListener recorder = NO_RECORDER;
    private volatile LinkState state;
    private volatile String message = "";
    private volatile DeviceInfo device;
    private volatile DeviceStatus battery;
    private volatile Sample last;

    public SensorLink(SourceFactory factory) {
        this.factory = factory;
    }

    /** Connects to the chosen sensor (closing any previous one); returns at once. */
    public synchronized void connect(SourceChoice c) {
        close();
        choice = Objects.requireNonNull(c);
        state = LinkState.CONNECTING;
        message = "connecting to " + c.describe();
        device = null;
        battery = null;
        SampleSource s = factory.create(c);
        source = s;
        s.start(new Listener());
    }

    @Override
    public void consumeWith(SampleSink sink) {
        consumer = sink == null ? NOBODY : sink;
    }

    @Override
    public void setStarting(String exerciseId) {
        SampleSource s = source;
        if (s != null) s.setStarting(exerciseId);
    }

    /** Sends everything the sensor reports (samples, raw bytes, device, state) also to {@code r}; null stops. */
    public void recordWith(SourceListener r) {
        recorder = r == null ? NO_RECORDER : r;
        DeviceInfo d = device;
        if (r != null && d != null) r.onDeviceInfo(d);
    }

    public SourceChoice choice() {
        return choice;
    }

    /** The most recent sample, or null. */
    public Sample lastSample() {
        return last;
    }

    public SensorStatus status() {
        SampleSource s = source;
        if (s == null) return SensorStatus.NONE;
        return new SensorStatus(state, message, device, battery, s.stats());
    }

    @Override
    public synchronized void close() {
        SampleSource s = source;
        source = null;
        consumer = NOBODY;
        if (s != null) s.close();
    }

    private final class Listener implements SourceListener {
        @Override
        public void onSample(Sample sample) {
            last = sample;
            recorder.onSample(sample);
            consumer.accept(sample);
        }

        @Override
        public void onRawBytes(byte[] bytes, int fromInclusive, int toExclusive) {
            recorder.onRawBytes(bytes, fromInclusive, toExclusive);
        }

        @Override
        public void onDeviceInfo(DeviceInfo info) {
            device = info;
            recorder.onDeviceInfo(info);
        }

        @Override
        public void onDeviceStatus(DeviceStatus status) {
            battery = status;
            recorder.onDeviceStatus(status);
        }

        @Override
        public void onStateChanged(LinkState newState, String text) {
            state = newState;
            message = text;
            recorder.onStateChanged(newState, text);
        }
    }
}

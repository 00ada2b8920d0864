package com.reptempo.app;

import com.reptempo.device.LinkState;
import com.reptempo.device.SampleSource;
import com.reptempo.device.SourceListener;
import com.reptempo.model.DeviceInfo;
import com.reptempo.model.DeviceStatus;
import com.reptempo.model.LinkStats;
import com.reptempo.model.Sample;
import com.reptempo.storage.CaptureWriter;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Records a source to files: every sample and raw byte goes to a {@link CaptureWriter} on the
 * source's reader thread; state changes are queued for whoever shows them. A failing disk stops
 * the recording with a message; it never kills the reader silently.
 */
public final class CaptureToFiles implements SourceListener {
    /** What the user sees about a running recording, as a snapshot. */
    public record Progress(long samples, double duration_s, LinkState state, LinkStats stats, DeviceInfo device,
                           DeviceStatus deviceStatus, String problem) {
    }

    private final SampleSource source;
    private final CaptureWriter writer;
    private final ConcurrentLinkedQueue<String> events = new ConcurrentLinkedQueue<>();
    private volatile long samples;
    private volatile double first_s = Double.NaN;
    private volatile double last_s = Double.NaN;
    private volatile LinkState state = LinkState.CONNECTING;
    private volatile DeviceInfo device;
    private volatile DeviceStatus deviceStatus;
    private volatile String problem;

    public CaptureToFiles(SampleSource source, CaptureWriter writer) {
        this.source = Objects.requireNonNull(source);
        this.writer = Objects.requireNonNull(writer);
    }

    /** Starts the source; returns at once. */
    public void start() {
        source.start(this);
    }

    /** Stops the source and closes the files (everything received is written). */
    public void stop() throws IOException {
        source.close();
        synchronized (writer) {
            writer.close();
        }
    }

    /** Hands queued messages (state changes, problems) to {@code out}, oldest first. */
    public void drainEvents(Consumer<String> out) {
        String e;
        while ((e = events.poll()) != null) out.accept(e);
    }

    public Progress progress() {
        double d = Double.isNaN(first_s) ? 0 : last_s - first_s;
        return new Progress(samples, d, state, source.stats(), device, deviceStatus, problem);
    }

    /** True when the source has ended for good (replay finished, port failed) or writing failed. */
    public boolean ended() {
        return state == LinkState.FINISHED || state == LinkState.FAILED || problem != null;
    }

    @Override
    public void onSample(Sample sample) {
        if (problem != null) return;
        try {
            synchronized (writer) {
                writer.sample(sample);
            }
        } catch (IOException e) {
            fail(e);
            return;
        }
        if (Double.isNaN(first_s)) first_s = sample.t_s();
        last_s = sample.t_s();
        samples++;
    }

    @Override
    public void onRawBytes(byte[] bytes, int fromInclusive, int toExclusive) {
        if (problem != null) return;
        try {
            synchronized (writer) {
                writer.rawBytes(bytes, fromInclusive, toExclusive);
            }
        } catch (IOException e) {
            fail(e);
        }
    }

    @Override
    public void onStateChanged(LinkState newState, String message) {
        state = newState;
        events.add(message);
        if (newState != LinkState.CONNECTED) {
            try {
                synchronized (writer) {
                    writer.flush();
                }
            } catch (IOException e) {
                fail(e);
            }
        }
    }

    @Override
    public void onDeviceInfo(DeviceInfo info) {
        device = info;
        events.add("sensor: " + info.describe());
    }

    @Override
    public void onDeviceStatus(DeviceStatus status) {
        deviceStatus = status;
    }

    @Override
    public void onButton(int kind, double t_s) {
        events.add(String.format(java.util.Locale.ROOT, "button %s at %.2f s", kind == 2 ? "mark" : "start/stop", t_s));
    }

    private void fail(IOException e) {
        problem = "writing the recording failed: " + e.getMessage() + " (everything up to the last second is saved)";
        events.add(problem);
    }
}

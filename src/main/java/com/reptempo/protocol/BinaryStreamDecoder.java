package com.reptempo.protocol;

import com.reptempo.model.Sample;

/**
 * The host side of binary mode: frames, messages, sequence tracking, time and units
 * (PROTOCOL.md §2–§6). Samples are delivered in strictly increasing sequence order, never twice;
 * gaps are counted as lost. Batches before any HELLO cannot be converted and are counted as
 * malformed ({@link #needsHello()} then asks the caller to send GET_HELLO).
 */
public final class BinaryStreamDecoder implements StreamDecoder {
    private static final long MASK32 = 0xFFFF_FFFFL;

    private final DecodeListener listener;
    private final DecoderCounters counters = new DecoderCounters();
    private final MessageCodec codec = new MessageCodec(MessageCodec.Accept.DEVICE_MESSAGES);
    private final FrameSplitter splitter = new FrameSplitter(counters, this::onFrame);
    private final SampleTimeline timeline = new SampleTimeline();

    private DeviceMessage.Hello hello;
    private double accelScale;
    private double gyroScale;
    private boolean tracking;
    private boolean afterHello;
    private long expectedSeq;
    private DeviceMessage.SampleBatch lastDelivered;
    private boolean needsHello;

    public BinaryStreamDecoder(DecodeListener listener) {
        this.listener = listener;
    }

    @Override
    public void feed(byte[] bytes, int fromInclusive, int toExclusive) {
        counters.bytesReceived += toExclusive - fromInclusive;
        splitter.feed(bytes, fromInclusive, toExclusive);
    }

    @Override
    public void discardPartial() {
        splitter.discardPartial();
    }

    @Override
    public com.reptempo.model.LinkStats stats() {
        return counters.snapshot();
    }

    @Override
    public Mode mode() {
        return Mode.BINARY;
    }

    @Override
    public boolean needsHello() {
        return needsHello;
    }

    /** The last HELLO, or null. */
    public DeviceMessage.Hello hello() {
        return hello;
    }

    /** Stream time of a device timestamp (e.g. of an EVENT), NaN before the first sample. */
    public double timeOf(long t_us) {
        return timeline.timeOf(t_us);
    }

    DecoderCounters counters() {
        return counters;
    }

    private Rejection onFrame(byte[] message, int length) {
        Message m = codec.parse(message, length);
        if (m == null) return codec.rejection();
        if (m instanceof DeviceMessage.SampleBatch b) {
            if (hello == null) {
                needsHello = true;
                return Rejection.MALFORMED;
            }
            if (b.axes() != hello.axes()) return Rejection.MALFORMED;
            listener.onMessage(b);
            sequence(b);
            return null;
        }
        if (m instanceof DeviceMessage.Hello h) {
            hello = h;
            accelScale = 1.0 / h.accelLsbPerG();
            gyroScale = h.hasGyro() ? 100.0 / h.gyroLsbPerDpsX100() : Double.NaN;
            afterHello = true;
            needsHello = false;
        } else if (m instanceof DeviceMessage.Status s) {
            timeline.unwrap(s.t_us());
            counters.deviceDropped = s.droppedTotal();
        } else if (m instanceof DeviceMessage.Event e) {
            timeline.unwrap(e.t_us());
        }
        DeviceMessage dm = (DeviceMessage) m;
        listener.onMessage(dm);
        if (dm instanceof DeviceMessage.Hello h) listener.onDeviceInfo(h.toDeviceInfo());
        return null;
    }

    private void sequence(DeviceMessage.SampleBatch b) {
        int n = b.count();
        int skip = 0;
        if (!tracking) {
            timeline.startEpoch(b.t_us(), 1.0 / hello.sampleRate_hz());
        } else {
            int d = (int) (b.seq() - expectedSeq);
            if (afterHello) {
                if (d >= 0 && d < 60L * hello.sampleRate_hz()) {
                    counters.lostSamples += d;
                } else {
                    timeline.startEpoch(b.t_us(), 1.0 / hello.sampleRate_hz());
                }
            } else if (d > 0) {
                counters.lostSamples += d;
            } else if (d < 0) {
                if (-(long) d >= n) {
                    if (b.sameContent(lastDelivered)) counters.duplicateBatches++;
                    else counters.outOfOrderBatches++;
                    return;
                }
                skip = -d;
            }
        }
        afterHello = false;
        tracking = true;
        deliver(b, skip);
        expectedSeq = (b.seq() + n) & MASK32;
        lastDelivered = b;
    }

    private void deliver(DeviceMessage.SampleBatch b, int skip) {
        long t0 = timeline.unwrap(b.t_us());
        long rate = hello.sampleRate_hz();
        short[] raw = b.raw();
        int axes = b.axes();
        for (int i = skip, n = b.count(); i < n; i++) {
            long offset_us = (2L * i * 1_000_000L + rate) / (2 * rate);
            double t = timeline.deliver(t0 + offset_us);
            int p = i * axes;
            Sample s = axes == 6
                    ? new Sample(t, raw[p] * accelScale, raw[p + 1] * accelScale, raw[p + 2] * accelScale,
                    raw[p + 3] * gyroScale, raw[p + 4] * gyroScale, raw[p + 5] * gyroScale)
                    : Sample.accelOnly(t, raw[p] * accelScale, raw[p + 1] * accelScale, raw[p + 2] * accelScale);
            counters.samples++;
            listener.onSample((b.seq() + i) & MASK32, s);
        }
    }
}

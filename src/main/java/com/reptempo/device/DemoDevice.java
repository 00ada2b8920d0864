package com.reptempo.device;

import com.reptempo.model.Placement;
import com.reptempo.model.Sample;
import com.reptempo.protocol.DeviceMessage;
import com.reptempo.protocol.FrameEncoder;
import com.reptempo.simulator.SampleStream;
import com.reptempo.simulator.SensorSpec;

import java.io.ByteArrayOutputStream;

/**
 * The firmware half of the demo sensor: turns simulated samples into exactly the bytes a real
 * RepTempo sensor would send (HELLO, SAMPLE_BATCHes of raw counts, a STATUS per second) with the
 * real encoder. Device time is the simulator's sample time in microseconds, wrapping at 2^32 like
 * a real free-running counter.
 */
final class DemoDevice {
    static final long DEVICE_ID = 0xDE30_0001L;
    private static final long WRAP = 1L << 32;

    private final SampleStream stream;
    private final SensorSpec sensor;
    private final int batch;
    private final Placement placement;
    private long seq;
    private double nextStatus_s;
    private int battery_mV = 4120;

    DemoDevice(SampleStream stream, int batch, Placement placement) {
        if (batch < 1 || batch > 40) throw new IllegalArgumentException("batch must be 1..40 samples");
        this.stream = stream;
        this.sensor = stream.sensor();
        this.batch = batch;
        this.placement = placement;
    }

    /** The HELLO the device sends when streaming starts. */
    byte[] hello() {
        return FrameEncoder.frame(new DeviceMessage.Hello(1, 0, 0, DEVICE_ID, (int) Math.round(sensor.sampleRate_hz()),
                sensor.accelFullScale_g(), sensor.accelLsbPerG(), sensor.hasGyro() ? sensor.gyroFullScale_dps() : 0,
                sensor.hasGyro() ? sensor.gyroLsbPerDpsX100() : 0, placement.wireCode(), modelName()));
    }

    /** "demo " and the simulated sensor's model, cut to the 32 bytes the HELLO allows. */
    private String modelName() {
        String name = "demo " + sensor.model();
        return name.length() <= 32 ? name : name.substring(0, 32);
    }

    boolean hasNext() {
        return stream.hasNext();
    }

    /**
     * The next frames: one sample batch, preceded by a STATUS once per second of device time.
     * {@code firstSampleTime} receives the time of the batch's first sample, seconds.
     */
    byte[] nextFrames(double[] firstSampleTime) {
        int axes = sensor.hasGyro() ? 6 : 3;
        short[] raw = new short[batch * axes];
        int n = 0;
        double t0 = Double.NaN;
        while (n < batch && stream.hasNext()) {
            Sample s = stream.next();
            if (n == 0) t0 = s.t_s();
            System.arraycopy(sensor.toCounts(s), 0, raw, n * axes, axes);
            n++;
        }
        firstSampleTime[0] = t0;
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 + raw.length * 2);
        if (n == 0) return out.toByteArray();
        long t_us = Math.round(t0 * 1e6) % WRAP;
        if (t0 >= nextStatus_s) {
            nextStatus_s = t0 + 1.0;
            if (battery_mV > 3500 && seq % 600 == 0) battery_mV--;
            out.writeBytes(FrameEncoder.frame(new DeviceMessage.Status(t_us, battery_mV, 0, 0)));
        }
        short[] exact = n == batch ? raw : java.util.Arrays.copyOf(raw, n * axes);
        out.writeBytes(FrameEncoder.frame(new DeviceMessage.SampleBatch(seq % WRAP, t_us, axes, exact)));
        seq += n;
        return out.toByteArray();
    }
}

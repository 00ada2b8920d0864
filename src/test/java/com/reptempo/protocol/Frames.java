package com.reptempo.protocol;

import java.io.ByteArrayOutputStream;

/** Builders of wire bytes for tests. */
final class Frames {
    static final int ACCEL_LSB = 16384;
    static final int GYRO_LSB_X100 = 1640;

    private Frames() {
    }

    static DeviceMessage.Hello hello(int rate_hz, boolean gyro) {
        return new DeviceMessage.Hello(1, 2, 3, 0xC0FFEEL, rate_hz, 2, ACCEL_LSB, gyro ? 2000 : 0,
                gyro ? GYRO_LSB_X100 : 0, 1, "TEST-IMU");
    }

    /** A batch of n samples whose raw values encode (seq + i) so tests can recognise them. */
    static DeviceMessage.SampleBatch batch(long seq, long t_us, int n, int axes) {
        short[] raw = new short[n * axes];
        for (int i = 0; i < n; i++) {
            long s = seq + i;
            raw[i * axes] = (short) (s % 1000);
            raw[i * axes + 1] = (short) -(s % 777);
            raw[i * axes + 2] = (short) ACCEL_LSB;
            for (int a = 3; a < axes; a++) raw[i * axes + a] = (short) (a * 100 - (s % 50));
        }
        return new DeviceMessage.SampleBatch(seq & 0xFFFFFFFFL, t_us & 0xFFFFFFFFL, axes, raw);
    }

    static byte[] stream(Message... messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Message m : messages) out.writeBytes(FrameEncoder.frame(m));
        return out.toByteArray();
    }

    static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}

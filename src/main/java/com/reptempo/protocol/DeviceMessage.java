package com.reptempo.protocol;

import com.reptempo.model.DeviceInfo;
import com.reptempo.model.Placement;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Messages a device sends (PROTOCOL.md §4). Integer fields hold the raw wire values; unsigned
 * 32-bit fields are held in a {@code long}.
 */
public sealed interface DeviceMessage extends Message {

    /** HELLO: who the device is and how to convert its counts to physical units. */
    record Hello(int fwMajor, int fwMinor, int fwPatch, long deviceId, int sampleRate_hz, int accelFullScale_g,
                 int accelLsbPerG, int gyroFullScale_dps, int gyroLsbPerDpsX100, int placement, String model)
            implements DeviceMessage {
        public Hello {
            Objects.requireNonNull(model, "model");
        }

        @Override
        public int type() {
            return Wire.TYPE_HELLO;
        }

        /** True unless the gyroscope range is 0 ("no gyroscope"). */
        public boolean hasGyro() {
            return gyroFullScale_dps != 0;
        }

        /** Number of axes each sample carries: 6 with gyroscope, 3 without. */
        public int axes() {
            return hasGyro() ? 6 : 3;
        }

        /** The device description in model terms. */
        public DeviceInfo toDeviceInfo() {
            return new DeviceInfo(fwMajor + "." + fwMinor + "." + fwPatch, String.format(Locale.ROOT, "%08x", deviceId),
                    model, sampleRate_hz, accelFullScale_g, gyroFullScale_dps, hasGyro(), Placement.fromWireCode(placement));
        }
    }

    /**
     * SAMPLE_BATCH: {@code count} samples of {@code axes} raw int16 values, sample-major.
     *
     * @param seq  sequence number of the first sample (unsigned 32-bit)
     * @param t_us device time of the first sample, microseconds (unsigned 32-bit, wraps)
     * @param axes 3 or 6
     * @param raw  {@code count × axes} raw values; not copied, do not modify
     */
    record SampleBatch(long seq, long t_us, int axes, short[] raw) implements DeviceMessage {
        @Override
        public int type() {
            return Wire.TYPE_SAMPLE_BATCH;
        }

        /** Number of samples. */
        public int count() {
            return raw.length / axes;
        }

        /** True when both batches carry the same numbers (records compare arrays by identity). */
        public boolean sameContent(SampleBatch o) {
            return o != null && seq == o.seq && t_us == o.t_us && axes == o.axes && Arrays.equals(raw, o.raw);
        }
    }

    /** STATUS: battery and device-side drops. */
    record Status(long t_us, int battery_mV, int flags, long droppedTotal) implements DeviceMessage {
        @Override
        public int type() {
            return Wire.TYPE_STATUS;
        }

        /** Bit 0 of flags. */
        public boolean charging() {
            return (flags & 1) != 0;
        }

        /** Bit 1 of flags. */
        public boolean externalPower() {
            return (flags & 2) != 0;
        }
    }

    /** EVENT: a button press. Kind 1 = start/stop set, 2 = mark, 3 = long press. */
    record Event(long t_us, int kind, int arg) implements DeviceMessage {
        public static final int START_STOP_SET = 1;
        public static final int MARK = 2;
        public static final int LONG_PRESS = 3;

        @Override
        public int type() {
            return Wire.TYPE_EVENT;
        }
    }

    /** ACK: the answer to a host command. Result 0 ok, 1 unsupported, 2 bad argument, 3 busy. */
    record Ack(int command, int result, long token) implements DeviceMessage {
        @Override
        public int type() {
            return Wire.TYPE_ACK;
        }
    }
}

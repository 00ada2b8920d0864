package com.reptempo.protocol;

import java.nio.charset.StandardCharsets;

/**
 * Converts messages to and from their bytes (version, type, body; without CRC and COBS).
 * Parsing never throws: a frame that is not a valid message yields {@code null} and
 * {@link #rejection()} says why. Not thread-safe; one instance per stream.
 */
public final class MessageCodec {
    /** Which messages a parser accepts. */
    public enum Accept { DEVICE_MESSAGES, HOST_COMMANDS }

    /** Highest sample rate a HELLO may announce, Hz (PROTOCOL.md §4). */
    static final int MAX_RATE_HZ = 4000;

    private final Accept accept;
    private Rejection rejection;

    public MessageCodec(Accept accept) {
        this.accept = accept;
    }

    /** Why the last {@link #parse} returned null. */
    public Rejection rejection() {
        return rejection;
    }

    /** Parses {@code f[0..len)}; returns null (see {@link #rejection()}) when it is not a valid message. */
    public Message parse(byte[] f, int len) {
        rejection = null;
        if (len < 2) return reject(Rejection.MALFORMED);
        if (Wire.u8(f, 0) != Wire.VERSION) return reject(Rejection.UNSUPPORTED_VERSION);
        int type = Wire.u8(f, 1);
        boolean command = (type & 0x80) != 0;
        if (command != (accept == Accept.HOST_COMMANDS)) return reject(Rejection.UNKNOWN_TYPE);
        return switch (type) {
            case Wire.TYPE_HELLO -> hello(f, len);
            case Wire.TYPE_SAMPLE_BATCH -> batch(f, len);
            case Wire.TYPE_STATUS -> len < 13 ? reject(Rejection.MALFORMED)
                    : new DeviceMessage.Status(Wire.u32(f, 2), Wire.u16(f, 6), Wire.u8(f, 8), Wire.u32(f, 9));
            case Wire.TYPE_EVENT -> len < 8 ? reject(Rejection.MALFORMED)
                    : new DeviceMessage.Event(Wire.u32(f, 2), Wire.u8(f, 6), Wire.u8(f, 7));
            case Wire.TYPE_ACK -> len < 8 ? reject(Rejection.MALFORMED)
                    : new DeviceMessage.Ack(Wire.u8(f, 2), Wire.u8(f, 3), Wire.u32(f, 4));
            case Wire.TYPE_START_STREAM -> new HostCommand.StartStream();
            case Wire.TYPE_STOP_STREAM -> new HostCommand.StopStream();
            case Wire.TYPE_GET_HELLO -> new HostCommand.GetHello();
            case Wire.TYPE_SET_RATE -> len < 4 ? reject(Rejection.MALFORMED) : new HostCommand.SetRate(Wire.u16(f, 2));
            case Wire.TYPE_IDENTIFY -> len < 3 ? reject(Rejection.MALFORMED) : new HostCommand.Identify(Wire.u8(f, 2));
            case Wire.TYPE_PING -> len < 6 ? reject(Rejection.MALFORMED) : new HostCommand.Ping(Wire.u32(f, 2));
            default -> reject(Rejection.UNKNOWN_TYPE);
        };
    }

    private Message reject(Rejection why) {
        rejection = why;
        return null;
    }

    private Message hello(byte[] f, int len) {
        if (len < 20) return reject(Rejection.MALFORMED);
        int modelLen = Wire.u8(f, 19);
        if (modelLen > Wire.MAX_MODEL_LENGTH || len < 20 + modelLen) return reject(Rejection.MALFORMED);
        int rate = Wire.u16(f, 9);
        int accelLsb = Wire.u16(f, 12);
        int gyroFs = Wire.u16(f, 14);
        int gyroLsb = Wire.u16(f, 16);
        if (rate == 0 || rate > MAX_RATE_HZ || accelLsb == 0 || (gyroFs != 0 && gyroLsb == 0)) return reject(Rejection.MALFORMED);
        String model = new String(f, 20, modelLen, StandardCharsets.US_ASCII);
        return new DeviceMessage.Hello(Wire.u8(f, 2), Wire.u8(f, 3), Wire.u8(f, 4), Wire.u32(f, 5), rate,
                Wire.u8(f, 11), accelLsb, gyroFs, gyroLsb, Wire.u8(f, 18), model);
    }

    private Message batch(byte[] f, int len) {
        if (len < 12) return reject(Rejection.MALFORMED);
        int count = Wire.u8(f, 10);
        int axes = Wire.u8(f, 11);
        if (count < 1 || count > Wire.MAX_BATCH_SAMPLES || (axes != 3 && axes != 6)) return reject(Rejection.MALFORMED);
        int values = count * axes;
        if (len < 12 + 2 * values) return reject(Rejection.MALFORMED);
        short[] raw = new short[values];
        for (int i = 0, p = 12; i < values; i++, p += 2) {
            raw[i] = Wire.i16(f, p);
        }
        return new DeviceMessage.SampleBatch(Wire.u32(f, 2), Wire.u32(f, 6), axes, raw);
    }

    /** The bytes of a message: version, type, body. */
    public static byte[] encode(Message m) {
        if (m instanceof DeviceMessage.Hello h) return hello(h);
        if (m instanceof DeviceMessage.SampleBatch s) return batch(s);
        if (m instanceof DeviceMessage.Status s) {
            byte[] b = header(13, m);
            Wire.put32(b, 2, s.t_us());
            Wire.put16(b, 6, s.battery_mV());
            b[8] = (byte) s.flags();
            Wire.put32(b, 9, s.droppedTotal());
            return b;
        }
        if (m instanceof DeviceMessage.Event e) {
            byte[] b = header(8, m);
            Wire.put32(b, 2, e.t_us());
            b[6] = (byte) e.kind();
            b[7] = (byte) e.arg();
            return b;
        }
        if (m instanceof DeviceMessage.Ack a) {
            byte[] b = header(8, m);
            b[2] = (byte) a.command();
            b[3] = (byte) a.result();
            Wire.put32(b, 4, a.token());
            return b;
        }
        if (m instanceof HostCommand.SetRate r) {
            byte[] b = header(4, m);
            Wire.put16(b, 2, r.rate_hz());
            return b;
        }
        if (m instanceof HostCommand.Identify i) {
            byte[] b = header(3, m);
            b[2] = (byte) i.seconds();
            return b;
        }
        if (m instanceof HostCommand.Ping p) {
            byte[] b = header(6, m);
            Wire.put32(b, 2, p.token());
            return b;
        }
        return header(2, m); // START_STREAM, STOP_STREAM, GET_HELLO: no body
    }

    private static byte[] hello(DeviceMessage.Hello h) {
        byte[] model = h.model().getBytes(StandardCharsets.US_ASCII);
        if (model.length > Wire.MAX_MODEL_LENGTH) throw new IllegalArgumentException("model longer than 32 bytes");
        byte[] b = header(20 + model.length, h);
        b[2] = (byte) h.fwMajor();
        b[3] = (byte) h.fwMinor();
        b[4] = (byte) h.fwPatch();
        Wire.put32(b, 5, h.deviceId());
        Wire.put16(b, 9, h.sampleRate_hz());
        b[11] = (byte) h.accelFullScale_g();
        Wire.put16(b, 12, h.accelLsbPerG());
        Wire.put16(b, 14, h.gyroFullScale_dps());
        Wire.put16(b, 16, h.gyroLsbPerDpsX100());
        b[18] = (byte) h.placement();
        b[19] = (byte) model.length;
        System.arraycopy(model, 0, b, 20, model.length);
        return b;
    }

    private static byte[] batch(DeviceMessage.SampleBatch s) {
        if (s.count() < 1 || s.count() > Wire.MAX_BATCH_SAMPLES || s.raw().length % s.axes() != 0) {
            throw new IllegalArgumentException("a batch holds 1.." + Wire.MAX_BATCH_SAMPLES + " whole samples");
        }
        byte[] b = header(12 + 2 * s.raw().length, s);
        Wire.put32(b, 2, s.seq());
        Wire.put32(b, 6, s.t_us());
        b[10] = (byte) s.count();
        b[11] = (byte) s.axes();
        short[] raw = s.raw();
        for (int i = 0, p = 12; i < raw.length; i++, p += 2) Wire.put16(b, p, raw[i]);
        return b;
    }

    private static byte[] header(int length, Message m) {
        byte[] b = new byte[length];
        b[0] = (byte) Wire.VERSION;
        b[1] = (byte) m.type();
        return b;
    }
}

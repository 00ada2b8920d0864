package com.reptempo.protocol;

/** Constants of the wire protocol (PROTOCOL.md). */
public final class Wire {
    /** The protocol version this program speaks. */
    public static final int VERSION = 1;
    /** Largest message (version + type + body), bytes, before CRC. */
    public static final int MAX_MESSAGE = 510;
    /** Largest frame (message + CRC), bytes, before COBS. */
    public static final int MAX_FRAME = 512;
    /** Largest COBS-encoded frame, bytes, without the delimiter. */
    public static final int MAX_ENCODED = 515;
    /** Most samples in one batch. */
    public static final int MAX_BATCH_SAMPLES = 40;
    /** Longest sensor model string, bytes. */
    public static final int MAX_MODEL_LENGTH = 32;

    public static final int TYPE_HELLO = 0x01;
    public static final int TYPE_SAMPLE_BATCH = 0x02;
    public static final int TYPE_STATUS = 0x03;
    public static final int TYPE_EVENT = 0x04;
    public static final int TYPE_ACK = 0x05;
    public static final int TYPE_START_STREAM = 0x81;
    public static final int TYPE_STOP_STREAM = 0x82;
    public static final int TYPE_SET_RATE = 0x83;
    public static final int TYPE_IDENTIFY = 0x84;
    public static final int TYPE_PING = 0x85;
    public static final int TYPE_GET_HELLO = 0x86;

    private Wire() {
    }

    static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    static short i16(byte[] b, int i) {
        return (short) u16(b, i);
    }

    static long u32(byte[] b, int i) {
        return ((long) u16(b, i)) | ((long) u16(b, i + 2)) << 16;
    }

    static void put16(byte[] b, int i, int v) {
        b[i] = (byte) v;
        b[i + 1] = (byte) (v >>> 8);
    }

    static void put32(byte[] b, int i, long v) {
        put16(b, i, (int) v);
        put16(b, i + 2, (int) (v >>> 16));
    }
}

package com.reptempo.protocol;

/** Turns messages into wire frames: message, CRC (low byte first), COBS, 0x00 delimiter. */
public final class FrameEncoder {
    private FrameEncoder() {
    }

    /** The complete wire bytes of one message, delimiter included. */
    public static byte[] frame(Message m) {
        return frameBytes(MessageCodec.encode(m));
    }

    /** Frames arbitrary message bytes (also used by tests to build future-version or unknown frames). */
    public static byte[] frameBytes(byte[] message) {
        if (message.length > Wire.MAX_MESSAGE) {
            throw new IllegalArgumentException("message of " + message.length + " bytes exceeds " + Wire.MAX_MESSAGE);
        }
        byte[] withCrc = new byte[message.length + 2];
        System.arraycopy(message, 0, withCrc, 0, message.length);
        Wire.put16(withCrc, message.length, Crc16.compute(message, 0, message.length));
        byte[] out = new byte[Cobs.maxEncodedLength(withCrc.length) + 1];
        int n = Cobs.encode(withCrc, 0, withCrc.length, out, 0);
        out[n] = 0;
        return n + 1 == out.length ? out : java.util.Arrays.copyOf(out, n + 1);
    }
}

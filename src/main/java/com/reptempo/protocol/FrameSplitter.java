package com.reptempo.protocol;

/**
 * The byte-level half of the binary decoder: collects bytes up to each 0x00 delimiter,
 * COBS-decodes them and checks length and CRC. Valid frames go to a {@link FrameHandler};
 * everything else is counted and dropped (PROTOCOL.md §6). Frames are unreliable until this
 * class has checked them. Never throws on input; memory stays bounded by {@link Wire#MAX_ENCODED}.
 */
final class FrameSplitter {
    /** Receives CRC-checked message bytes; returns whether they parsed into a valid message. */
    interface FrameHandler {
        /** @return null when accepted, otherwise why the message was rejected */
        Rejection onFrame(byte[] message, int length);
    }

    private final byte[] encoded = new byte[Wire.MAX_ENCODED];
    private final byte[] decoded = new byte[Wire.MAX_ENCODED];
    private final DecoderCounters counters;
    private final FrameHandler handler;
    private int length;
    private boolean overflowing;
    private long overflowBytes;

    FrameSplitter(DecoderCounters counters, FrameHandler handler) {
        this.counters = counters;
        this.handler = handler;
    }

    /** True when a partial frame is buffered. */
    boolean midFrame() {
        return length > 0 || overflowing;
    }

    void discardPartial() {
        length = 0;
        overflowing = false;
        overflowBytes = 0;
    }

    void feed(byte[] bytes, int fromInclusive, int toExclusive) {
        int i = fromInclusive;
        while (i < toExclusive) {
            int zero = i;
            while (zero < toExclusive && bytes[zero] != 0) zero++;
            append(bytes, i, zero);
            if (zero < toExclusive) endOfFrame();
            i = zero + 1;
        }
    }

    /** Adds non-zero bytes to the frame being collected, switching to discarding past the maximum size. */
    private void append(byte[] bytes, int fromInclusive, int toExclusive) {
        int n = toExclusive - fromInclusive;
        if (n == 0) return;
        if (overflowing) {
            overflowBytes += n;
        } else if (length + n > Wire.MAX_ENCODED) {
            overflowing = true;
            overflowBytes = (long) length + n;
            length = 0;
        } else {
            System.arraycopy(bytes, fromInclusive, encoded, length, n);
            length += n;
        }
    }

    private void endOfFrame() {
        int len = length;
        length = 0;
        if (overflowing) {
            overflowing = false;
            counters.oversize++;
            counters.bytesSkipped += overflowBytes;
            return;
        }
        if (len == 0) return;
        int n = Cobs.decode(encoded, 0, len, decoded);
        if (n < 0) {
            drop(len);
            counters.crcErrors++;
        } else if (n < 4) {
            drop(len);
            counters.runts++;
        } else if (Crc16.compute(decoded, 0, n - 2) != Wire.u16(decoded, n - 2)) {
            drop(len);
            counters.crcErrors++;
        } else {
            Rejection why = handler.onFrame(decoded, n - 2);
            if (why == null) {
                counters.frames++;
            } else {
                drop(len);
                counters.reject(why);
            }
        }
    }

    private void drop(int encodedLength) {
        counters.bytesSkipped += encodedLength;
    }
}

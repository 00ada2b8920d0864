package com.reptempo.protocol;

/**
 * Consistent Overhead Byte Stuffing (Cheshire &amp; Baker, 1999) as specified in PROTOCOL.md §2:
 * the encoded bytes contain no 0x00; a 255-code block that ends the input gets no extra block.
 * Buffers are caller-supplied; nothing is allocated.
 */
public final class Cobs {
    private Cobs() {
    }

    /** Largest encoded size of {@code n} input bytes. */
    public static int maxEncodedLength(int n) {
        return n + (n + 253) / 254 + (n == 0 ? 1 : 0);
    }

    /**
     * Encodes {@code src[fromInclusive..toExclusive)} into {@code dst} at {@code dstOffset}
     * (no delimiter). The caller makes room for {@link #maxEncodedLength(int)} bytes.
     *
     * @return the number of bytes written
     */
    public static int encode(byte[] src, int fromInclusive, int toExclusive, byte[] dst, int dstOffset) {
        int codeIndex = dstOffset;
        int out = dstOffset + 1;
        int code = 1;
        for (int i = fromInclusive; i < toExclusive; i++) {
            byte b = src[i];
            if (b == 0) {
                dst[codeIndex] = (byte) code;
                codeIndex = out++;
                code = 1;
            } else {
                dst[out++] = b;
                code++;
                if (code == 0xFF && i + 1 < toExclusive) {
                    dst[codeIndex] = (byte) code;
                    codeIndex = out++;
                    code = 1;
                }
            }
        }
        dst[codeIndex] = (byte) code;
        return out - dstOffset;
    }

    /**
     * Decodes {@code src[fromInclusive..toExclusive)} (no delimiter, no zero bytes) into
     * {@code dst} from index 0.
     *
     * @return the decoded length, or -1 when the input is not valid COBS or {@code dst} is too small
     */
    public static int decode(byte[] src, int fromInclusive, int toExclusive, byte[] dst) {
        int in = fromInclusive;
        int out = 0;
        while (in < toExclusive) {
            int code = src[in++] & 0xFF;
            if (code == 0) return -1;
            int dataBytes = code - 1;
            if (in + dataBytes > toExclusive || out + dataBytes > dst.length) return -1;
            System.arraycopy(src, in, dst, out, dataBytes);
            in += dataBytes;
            out += dataBytes;
            if (code != 0xFF && in < toExclusive) {
                if (out >= dst.length) return -1;
                dst[out++] = 0;
            }
        }
        return out;
    }
}

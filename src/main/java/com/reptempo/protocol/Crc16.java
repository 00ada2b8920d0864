package com.reptempo.protocol;

/**
 * CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR.
 * Check value: {@code compute("123456789")} = 0x29B1. Table-driven, one byte per step.
 */
public final class Crc16 {
    private static final char[] TABLE = new char[256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i << 8;
            for (int b = 0; b < 8; b++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            TABLE[i] = (char) (crc & 0xFFFF);
        }
    }

    private Crc16() {
    }

    /** CRC of {@code data[fromInclusive..toExclusive)}, as an int in 0..0xFFFF. */
    public static int compute(byte[] data, int fromInclusive, int toExclusive) {
        int crc = 0xFFFF;
        for (int i = fromInclusive; i < toExclusive; i++) {
            crc = ((crc << 8) & 0xFF00) ^ TABLE[((crc >>> 8) ^ data[i]) & 0xFF];
        }
        return crc;
    }
}

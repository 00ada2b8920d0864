package com.reptempo.protocol;

/** The NMEA-style {@code *hh} checksum of text mode: XOR of the characters before the '*'. */
public final class TextChecksum {
    private TextChecksum() {
    }

    /** XOR of {@code s.charAt(fromInclusive..toExclusive)}, 0..255. */
    public static int of(CharSequence s, int fromInclusive, int toExclusive) {
        int x = 0;
        for (int i = fromInclusive; i < toExclusive; i++) x ^= s.charAt(i) & 0xFF;
        return x;
    }

    /** A line with its checksum appended, e.g. {@code "1000,0.1,0,1*3F"}. */
    public static String append(String line) {
        return line + "*" + String.format("%02X", of(line, 0, line.length()));
    }

    /** The two hex digits after {@code star}, or -1 when they are not exactly two hex digits. */
    static int parse(String s, int star) {
        String hh = s.substring(star + 1).trim();
        if (hh.length() != 2) return -1;
        int hi = Character.digit(hh.charAt(0), 16);
        int lo = Character.digit(hh.charAt(1), 16);
        return hi < 0 || lo < 0 ? -1 : hi << 4 | lo;
    }
}

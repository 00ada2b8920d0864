package com.reptempo.protocol;

/** Byte-class tests used to tell text mode from binary mode. */
final class TextWindow {
    private TextWindow() {
    }

    /** True when every byte is printable ASCII, tab, CR or LF. */
    static boolean printable(byte[] b, int fromInclusive, int toExclusive) {
        for (int i = fromInclusive; i < toExclusive; i++) {
            int c = b[i] & 0xFF;
            if (!(c >= 0x20 && c < 0x7F) && c != '\t' && c != '\r' && c != '\n') return false;
        }
        return true;
    }

    /** True when {@code b[fromInclusive..toExclusive)} contains {@code x}. */
    static boolean contains(byte[] b, int fromInclusive, int toExclusive, byte x) {
        for (int i = fromInclusive; i < toExclusive; i++) if (b[i] == x) return true;
        return false;
    }

    /** Text: no zero bytes, only printable characters, and at least two complete lines. */
    static boolean looksLikeText(byte[] w) {
        int lines = 0;
        for (byte b : w) if (b == '\n') lines++;
        return lines >= 2 && printable(w, 0, w.length);
    }

    /** Binary: at least two frame delimiters and some bytes outside printable ASCII. */
    static boolean looksLikeBinary(byte[] w) {
        int zeros = 0;
        for (byte b : w) if (b == 0) zeros++;
        return zeros >= 2 && !printable(w, 0, w.length);
    }
}

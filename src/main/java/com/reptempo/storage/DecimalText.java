package com.reptempo.storage;

/**
 * Fast fixed-point formatting of doubles for CSV output (no scientific notation, no locale).
 * {@link String#format} costs about a microsecond per call, too slow for hours of samples.
 */
final class DecimalText {
    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private DecimalText() {
    }

    /**
     * Appends {@code value} rounded to {@code decimals} places (0..8), trailing zeros trimmed
     * but at least one decimal kept. Values too large for a fixed-point long fall back to
     * {@link Double#toString}. NaN is written as "NaN".
     */
    static StringBuilder append(StringBuilder out, double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value) || Math.abs(value) >= 9e9) {
            return out.append(value);
        }
        long scale = POW10[decimals];
        long scaled = Math.round(Math.abs(value) * scale);
        if (scaled == 0) {
            return out.append("0.0");
        }
        if (value < 0) out.append('-');
        long whole = scaled / scale;
        long frac = scaled % scale;
        out.append(whole).append('.');
        if (frac == 0) {
            return out.append('0');
        }
        int digits = decimals;
        while (frac % 10 == 0) {
            frac /= 10;
            digits--;
        }
        String f = Long.toString(frac);
        for (int i = f.length(); i < digits; i++) out.append('0');
        return out.append(f);
    }
}

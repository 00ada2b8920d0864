package com.reptempo.storage.session.exporting;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Cells for CSV files that people open in a spreadsheet. Text that a spreadsheet would take for
 * a formula (starting with = + - @, tab or carriage return) gets a leading single quote, so a
 * note such as "=HYPERLINK(...)" stays text (formula injection). Numbers are written unquoted as
 * plain decimals, so -0.5 stays the number -0.5; unknown numbers are empty cells.
 */
public final class SpreadsheetCells {
    private SpreadsheetCells() {
    }

    /** {@code s} made safe to show as text ("" for null). */
    public static String text(String s) {
        if (s == null || s.isEmpty()) return "";
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    static void text(CsvGenerator g, String s) throws IOException {
        g.writeString(text(s));
    }

    /** A number rounded to {@code decimals} places, without exponent; NaN and null give an empty cell. */
    static void number(CsvGenerator g, Double v, int decimals) throws IOException {
        if (v == null || !Double.isFinite(v)) {
            g.writeString("");
            return;
        }
        g.writeNumber(plain(v, decimals));
    }

    static void integer(CsvGenerator g, long v) throws IOException {
        g.writeNumber(v);
    }

    static String plain(double v, int decimals) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }
}

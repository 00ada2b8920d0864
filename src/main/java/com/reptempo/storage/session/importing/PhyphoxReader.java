package com.reptempo.storage.session.importing;

import com.reptempo.storage.SampleFileException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a phyphox CSV export (see FORMATS.md): quoted English header names, separator comma,
 * tab or semicolon, decimal point or comma, scientific notation, NaN (or "") padding, an
 * optional last line without line feed. Columns are found by name: "Time (s)", "Acceleration x
 * (m/s^2)" or "Linear Acceleration x (m/s^2)" (also m/s²), "Gyroscope x (rad/s)".
 */
final class PhyphoxReader {
    private static final Pattern TIME = Pattern.compile("Time \\(s\\)");
    private static final Pattern ACCEL = Pattern.compile("(Linear )?Acceleration ([xyz]) \\((m/s\\^2|m/s²|m/s2)\\)");
    private static final Pattern GYRO = Pattern.compile("Gyroscope ([xyz]) \\(rad/s\\)");

    /** What one phyphox file holds (times as in the file). */
    record Table(String file, char separator, boolean decimalComma, Series accel, boolean linear, Series gyro,
                 List<String> notes) {
    }

    private PhyphoxReader() {
    }

    /** True when the first line looks like a phyphox header (quoted names with a time column). */
    static boolean looksLike(String firstLine) {
        String l = firstLine.startsWith("\uFEFF") ? firstLine.substring(1) : firstLine;
        return l.startsWith("\"") && l.contains("(s)\"");
    }

    static Table read(Path file) throws IOException {
        char sep;
        try (BufferedReader in = new BufferedReader(TextTable.open(file))) {
            String header = in.readLine();
            if (header == null) throw new SampleFileException(file + " is empty");
            sep = separator(file, header);
        }
        Collector c = new Collector(file, sep);
        try (Reader in = TextTable.open(file)) {
            TextTable.forEachRow(in, sep, c::row);
        } catch (SampleFileException e) {
            throw e.getMessage().startsWith(file.toString()) ? e : new SampleFileException(file + ": " + e.getMessage(), e);
        }
        if (c.cols == null) throw new SampleFileException(file + " has no header line");
        return c.table();
    }

    private static char separator(Path file, String header) throws SampleFileException {
        int close = header.indexOf('"', header.indexOf('"') + 1);
        char sep = close >= 0 && close + 1 < header.length() ? header.charAt(close + 1) : 0;
        if (sep != ',' && sep != ';' && sep != '\t') {
            throw new SampleFileException(file + ": the header names are not separated by comma, tab or semicolon: " + header);
        }
        return sep;
    }

    /** Column positions found in the header. */
    private record Columns(int time, int[] accel, boolean linear, int[] gyro) {
    }

    private static Columns columns(Path file, String[] header) throws SampleFileException {
        int time = -1;
        int[] accel = {-1, -1, -1};
        int[] gyro = {-1, -1, -1};
        boolean linear = false;
        for (int i = 0; i < header.length; i++) {
            String h = header[i].trim();
            Matcher a = ACCEL.matcher(h);
            Matcher g = GYRO.matcher(h);
            if (TIME.matcher(h).matches()) {
                if (time >= 0) throw new SampleFileException(file + " has several \"Time (s)\" columns: export one file per sensor");
                time = i;
            } else if (a.matches()) {
                accel[a.group(2).charAt(0) - 'x'] = i;
                linear = a.group(1) != null;
            } else if (g.matches()) {
                gyro[g.group(1).charAt(0) - 'x'] = i;
            }
        }
        if (time < 0) throw missing(file, "\"Time (s)\"", header);
        boolean anyAccel = Arrays.stream(accel).anyMatch(i -> i >= 0);
        boolean anyGyro = Arrays.stream(gyro).anyMatch(i -> i >= 0);
        if (!anyAccel && !anyGyro) throw missing(file, "\"Acceleration x (m/s^2)\" (or Linear Acceleration, or Gyroscope)", header);
        for (int k = 0; k < 3; k++) {
            if (anyAccel && accel[k] < 0) throw missing(file, "\"Acceleration " + (char) ('x' + k) + " (m/s^2)\"", header);
            if (anyGyro && gyro[k] < 0) throw missing(file, "\"Gyroscope " + (char) ('x' + k) + " (rad/s)\"", header);
        }
        return new Columns(time, anyAccel ? accel : null, linear, anyGyro ? gyro : null);
    }

    private static SampleFileException missing(Path file, String what, String[] header) {
        return new SampleFileException(file + ": missing column " + what + "; the header has " + Arrays.toString(header));
    }

    /** Collects rows after the header. */
    private static final class Collector {
        private final Path file;
        private final char sep;
        Columns cols;
        Boolean decimalComma;
        final Series accel = new Series();
        final Series gyro = new Series();
        long padded;
        long zeros;
        long backwards;
        double last = Double.NEGATIVE_INFINITY;

        Collector(Path file, char sep) {
            this.file = file;
            this.sep = sep;
        }

        void row(long line, String[] cells) throws IOException {
            if (cols == null) {
                cols = columns(file, cells);
                return;
            }
            if (TextTable.blank(cells)) return;
            if (decimalComma == null) decimalComma = sep != ',' && Arrays.stream(cells).anyMatch(s -> s.contains(","));
            double t = cell(cells, cols.time(), line);
            double[] a = cols.accel() == null ? null : three(cells, cols.accel(), line);
            double[] g = cols.gyro() == null ? null : three(cells, cols.gyro(), line);
            if (Double.isNaN(t) || nan(a) || nan(g)) {
                padded++;
                return;
            }
            if (accel.n == 0 && a != null && a[0] == 0 && a[1] == 0 && a[2] == 0) {
                zeros++;
                return;
            }
            if (t <= last) {
                backwards++;
                return;
            }
            last = t;
            if (a != null) accel.add(t, a[0], a[1], a[2]);
            if (g != null) gyro.add(t, g[0], g[1], g[2]);
        }

        private double[] three(String[] cells, int[] at, long line) throws SampleFileException {
            return new double[]{cell(cells, at[0], line), cell(cells, at[1], line), cell(cells, at[2], line)};
        }

        private static boolean nan(double[] v) {
            return v != null && (Double.isNaN(v[0]) || Double.isNaN(v[1]) || Double.isNaN(v[2]));
        }

        private double cell(String[] cells, int i, long line) throws SampleFileException {
            if (i >= cells.length) return Double.NaN;
            String s = cells[i].trim();
            if (s.isEmpty() || s.equals("NaN")) return Double.NaN;
            try {
                double v = Double.parseDouble(Boolean.TRUE.equals(decimalComma) ? s.replace(',', '.') : s);
                if (Double.isInfinite(v)) throw new NumberFormatException();
                return v;
            } catch (NumberFormatException e) {
                throw new SampleFileException(String.format(Locale.ROOT, "%s: line %d, column %d: '%s' is not a number", file, line, i + 1, s), e);
            }
        }

        Table table() throws SampleFileException {
            List<String> notes = new ArrayList<>();
            if (padded > 0) notes.add(padded + " rows padded with NaN or empty cells were skipped");
            if (zeros > 0) notes.add(zeros + " leading rows of zeros (Android starts linear-acceleration files so) were skipped");
            if (backwards > 0) notes.add(backwards + " rows whose time did not increase were skipped");
            Series a = cols.accel() == null ? null : accel;
            Series g = cols.gyro() == null ? null : gyro;
            if ((a != null ? a.n : g.n) < 2) throw new SampleFileException(file + " holds fewer than two samples");
            return new Table(file.getFileName().toString(), sep, Boolean.TRUE.equals(decimalComma), a, cols.linear(), g, notes);
        }
    }
}

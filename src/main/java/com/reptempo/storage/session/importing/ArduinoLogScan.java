package com.reptempo.storage.session.importing;

import com.reptempo.storage.SampleFileException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * First pass over an Arduino Serial Monitor/Plotter log: finds the separator (comma, tab or
 * space; ", " too), a header line of names or label:value names, the rows of numbers, blank lines
 * between captures, a sample rate mentioned in a text line ("100 Hz", "rate=100"), and counts the
 * lines that are neither. The IDE's "HH:MM:SS.mmm -> " line stamps are removed.
 */
final class ArduinoLogScan {
    private static final Pattern RATE = Pattern.compile("(?i)(?:(\\d+(?:\\.\\d+)?)\\s*hz\\b|\\brate\\s*[:=]\\s*(\\d+(?:\\.\\d+)?))");
    private static final Pattern MONITOR_STAMP = Pattern.compile("^\\d{1,2}:\\d{2}:\\d{2}\\.\\d{3}\\s*->\\s*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_ ()/^²°.\\[\\]-]*");

    /** One row of numbers. */
    record Row(long line, double[] values, boolean blankBefore) {
    }

    /** What the scan found. */
    record Scan(char separator, List<String> names, String namesFrom, List<Row> rows, Double rateHint, long textLines,
                long badRows, long firstBadLine, boolean stamped) {
    }

    private ArduinoLogScan() {
    }

    static Scan scan(Path file) throws IOException {
        char sep = separator(file);
        Collector c = new Collector(sep);
        try (Reader in = TextTable.open(file)) {
            TextTable.forEachRow(in, sep, c::row);
        } catch (SampleFileException e) {
            throw new SampleFileException(file + ": " + e.getMessage(), e);
        }
        return new Scan(sep, c.names, c.namesFrom, c.rows, c.rateHint, c.textLines, c.badRows, c.firstBadLine, c.stamped);
    }

    /** Comma when most lines with digits have one, else tab, else space. */
    private static char separator(Path file) throws IOException {
        int lines = 0;
        int commas = 0;
        int tabs = 0;
        try (BufferedReader in = new BufferedReader(TextTable.open(file))) {
            String l;
            while (lines < 500 && (l = in.readLine()) != null) {
                if (l.isBlank() || l.chars().noneMatch(Character::isDigit)) continue;
                lines++;
                if (l.indexOf(',') >= 0) commas++;
                if (l.indexOf('\t') >= 0) tabs++;
            }
        }
        if (lines == 0) throw new SampleFileException(file + " has no lines of numbers: it is not a sensor log");
        return commas * 2 >= lines ? ',' : tabs * 2 >= lines ? '\t' : ' ';
    }

    private static final class Collector {
        final char sep;
        final List<Row> rows = new ArrayList<>();
        List<String> names;
        String namesFrom;
        Double rateHint;
        long textLines;
        long badRows;
        long firstBadLine = -1;
        boolean stamped;
        boolean blankPending;
        int width = -1;

        Collector(char sep) {
            this.sep = sep;
        }

        void row(long line, String[] raw) {
            if (TextTable.blank(raw)) {
                blankPending = !rows.isEmpty();
                return;
            }
            List<String> cells = cells(raw);
            if (cells.isEmpty()) {
                blankPending = !rows.isEmpty();
                return;
            }
            List<String> labels = new ArrayList<>();
            double[] values = new double[cells.size()];
            boolean numeric = true;
            for (int i = 0; i < cells.size() && numeric; i++) {
                String cell = cells.get(i);
                int colon = cell.lastIndexOf(':');
                if (colon > 0) {
                    labels.add(cell.substring(0, colon).trim());
                    cell = cell.substring(colon + 1).trim();
                }
                numeric = parse(cell, values, i);
            }
            if (!numeric) {
                text(String.join(" ", cells), cells);
                return;
            }
            if (labels.size() == cells.size() && names == null) {
                names = labels;
                namesFrom = "label:value pairs";
            }
            if (width < 0) width = names != null ? names.size() : values.length;
            if (values.length != width) {
                badRows++;
                if (firstBadLine < 0) firstBadLine = line;
                return;
            }
            rows.add(new Row(line, values, blankPending));
            blankPending = false;
        }

        private List<String> cells(String[] raw) {
            List<String> out = new ArrayList<>();
            for (String s : raw) {
                String c = s.trim();
                if (out.isEmpty() && MONITOR_STAMP.matcher(c).find()) {
                    c = MONITOR_STAMP.matcher(c).replaceFirst("");
                    stamped = true;
                }
                if (sep == ' ' && c.isEmpty()) continue;
                if (sep == ' ' && !out.isEmpty() && out.get(out.size() - 1).endsWith(":")) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + c);
                    continue;
                }
                out.add(c);
            }
            return out;
        }

        private static boolean parse(String cell, double[] values, int i) {
            if (cell.isEmpty()) return false;
            char c0 = cell.charAt(0);
            if (!(Character.isDigit(c0) || c0 == '-' || c0 == '+' || c0 == '.')) return false;
            try {
                values[i] = Double.parseDouble(cell);
                return Double.isFinite(values[i]);
            } catch (NumberFormatException e) {
                return false;
            }
        }

        private void text(String line, List<String> cells) {
            Matcher m = RATE.matcher(line);
            if (m.find()) rateHint = Double.parseDouble(m.group(1) != null ? m.group(1) : m.group(2));
            boolean header = rows.isEmpty() && names == null && cells.size() >= 3
                    && cells.stream().allMatch(s -> NAME.matcher(s).matches());
            if (header) {
                names = List.copyOf(cells);
                namesFrom = "header line " + Arrays.toString(cells.toArray());
            } else {
                textLines++;
            }
        }
    }
}

package com.reptempo.storage;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.reptempo.model.Sample;
import com.reptempo.model.SampleSink;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads RepTempo CSV ({@code t_s,ax_g,ay_g,az_g[,gx_dps,gy_dps,gz_dps]}) strictly: every problem
 * is reported as a {@link SampleFileException} naming the line and column, never as a stack
 * trace. Rules: the header must name these columns in this order; every cell must be a finite
 * number; time must strictly increase. Blank lines are skipped.
 */
public final class SampleCsvReader {
    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).enable(CsvParser.Feature.TRIM_SPACES);

    /** What a file held. */
    public record Summary(long samples, boolean hasGyro, double duration_s) {
    }

    /** A whole file in memory. */
    public record Contents(List<Sample> samples, boolean hasGyro) {
    }

    /** Reads a file into memory. */
    public static Contents readAll(Path file) throws IOException {
        List<Sample> samples = new ArrayList<>();
        Summary summary;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            summary = read(in, samples::add);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new SampleFileException(file + " is not a text (UTF-8) CSV file", e);
        }
        return new Contents(List.copyOf(samples), summary.hasGyro());
    }

    /** Streams every sample of {@code in} to {@code sink}, in file order. */
    public static Summary read(Reader in, SampleSink sink) throws IOException {
        long count = 0;
        double first = Double.NaN;
        double last = Double.NaN;
        boolean gyro;
        try (MappingIterator<String[]> rows = MAPPER.readerFor(String[].class).readValues(in)) {
            if (!rows.hasNextValue()) {
                throw new SampleFileException("the file is empty: expected a header line "
                        + String.join(",", SampleCsvWriter.GYRO_COLUMNS));
            }
            gyro = checkHeader(rows.nextValue());
            int width = gyro ? 7 : 4;
            double[] v = new double[7];
            Arrays.fill(v, Double.NaN);
            while (rows.hasNextValue()) {
                long line = rows.getParser().currentLocation().getLineNr();
                String[] row = rows.nextValue();
                if (row.length == 1 && row[0].isEmpty()) continue;
                if (row.length != width) {
                    throw new SampleFileException(String.format(Locale.ROOT,
                            "line %d: %d cells, expected %d like the header", line, row.length, width));
                }
                for (int i = 0; i < width; i++) {
                    v[i] = parse(row[i], line, (gyro ? SampleCsvWriter.GYRO_COLUMNS : SampleCsvWriter.ACCEL_COLUMNS)[i]);
                }
                if (!Double.isNaN(last) && v[0] <= last) {
                    throw new SampleFileException(String.format(Locale.ROOT,
                            "line %d: time %s s does not increase (previous %s s); timestamps must be strictly increasing",
                            line, row[0], last));
                }
                if (Double.isNaN(first)) first = v[0];
                last = v[0];
                sink.accept(new Sample(v[0], v[1], v[2], v[3], v[4], v[5], v[6]));
                count++;
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SampleFileException("not a readable CSV file: " + e.getOriginalMessage(), e);
        } catch (RuntimeJsonMappingException e) {
            throw new SampleFileException("not a readable CSV file: " + e.getMessage(), e);
        }
        return new Summary(count, gyro, count == 0 ? 0 : last - first);
    }

    private static boolean checkHeader(String[] header) throws SampleFileException {
        String[] names = Arrays.stream(header).map(h -> h.trim().toLowerCase(Locale.ROOT)).toArray(String[]::new);
        if (Arrays.equals(names, SampleCsvWriter.GYRO_COLUMNS)) return true;
        if (Arrays.equals(names, SampleCsvWriter.ACCEL_COLUMNS)) return false;
        boolean numeric = header.length > 0 && looksNumeric(header[0]);
        throw new SampleFileException((numeric ? "no header line: " : "unexpected header '" + String.join(",", header) + "': ")
                + "the first line must be " + String.join(",", SampleCsvWriter.ACCEL_COLUMNS)
                + " or " + String.join(",", SampleCsvWriter.GYRO_COLUMNS)
                + " (other formats such as phyphox or Arduino logs are brought in with 'sessions import')");
    }

    private static boolean looksNumeric(String s) {
        try {
            Double.parseDouble(s.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double parse(String cell, long line, String column) throws SampleFileException {
        double d;
        try {
            d = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new SampleFileException(String.format(Locale.ROOT,
                    "line %d, column %s: '%s' is not a number", line, column, cell));
        }
        if (!Double.isFinite(d)) {
            throw new SampleFileException(String.format(Locale.ROOT,
                    "line %d, column %s: '%s' is not a finite number", line, column, cell));
        }
        return d;
    }

    private SampleCsvReader() {
    }
}

package com.reptempo.storage;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.reptempo.model.Sample;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes samples as RepTempo CSV: header {@code t_s,ax_g,ay_g,az_g[,gx_dps,gy_dps,gz_dps]},
 * one row per sample, time with microsecond resolution, acceleration to 1e-6 g, angular rate to
 * 1e-4 deg/s. Streaming: rows go out as they are written; call {@link #flush()} to push them to
 * the underlying writer.
 */
public final class SampleCsvWriter implements Closeable, Flushable {
    /** Column names without gyroscope. */
    public static final String[] ACCEL_COLUMNS = {"t_s", "ax_g", "ay_g", "az_g"};
    /** Column names with gyroscope. */
    public static final String[] GYRO_COLUMNS = {"t_s", "ax_g", "ay_g", "az_g", "gx_dps", "gy_dps", "gz_dps"};

    private final CsvGenerator generator;
    private final boolean withGyro;
    private final StringBuilder cell = new StringBuilder(24);

    /**
     * @param out      destination; closed by {@link #close()}
     * @param withGyro true to write the three gyroscope columns
     */
    public SampleCsvWriter(Writer out, boolean withGyro) throws IOException {
        this.withGyro = withGyro;
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        for (String c : withGyro ? GYRO_COLUMNS : ACCEL_COLUMNS) {
            schema.addColumn(c, CsvSchema.ColumnType.NUMBER);
        }
        CsvMapper mapper = new CsvMapper();
        this.generator = (CsvGenerator) mapper.getFactory().createGenerator(out);
        generator.setSchema(schema.build());
    }

    /** Writes one row. Without gyroscope columns, the sample's angular rates are ignored. */
    public void write(Sample s) throws IOException {
        generator.writeStartArray();
        number(s.t_s(), 6);
        number(s.ax_g(), 6);
        number(s.ay_g(), 6);
        number(s.az_g(), 6);
        if (withGyro) {
            number(s.gx_dps(), 4);
            number(s.gy_dps(), 4);
            number(s.gz_dps(), 4);
        }
        generator.writeEndArray();
    }

    private void number(double v, int decimals) throws IOException {
        cell.setLength(0);
        generator.writeNumber(DecimalText.append(cell, v, decimals).toString());
    }

    /** True when rows carry gyroscope columns. */
    public boolean withGyro() {
        return withGyro;
    }

    @Override
    public void flush() throws IOException {
        generator.flush();
    }

    @Override
    public void close() throws IOException {
        generator.close();
    }
}

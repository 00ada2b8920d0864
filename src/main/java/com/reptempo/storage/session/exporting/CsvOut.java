package com.reptempo.storage.session.exporting;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.reptempo.storage.session.AtomicFiles;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Writes an export CSV atomically and owner-only, with Jackson's CSV generator and a header. */
final class CsvOut {
    /** Writes the rows of one file. */
    @FunctionalInterface
    interface Rows {
        void write(CsvGenerator g) throws IOException;
    }

    private CsvOut() {
    }

    static void write(Path out, boolean replace, List<String> columns, Rows rows) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        columns.forEach(schema::addColumn);
        AtomicFiles.write(out, replace, stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            CsvGenerator g = (CsvGenerator) new CsvMapper().getFactory().createGenerator(w);
            g.setSchema(schema.build());
            rows.write(g);
            g.flush();
        });
    }
}

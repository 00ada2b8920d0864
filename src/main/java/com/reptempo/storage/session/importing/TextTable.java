package com.reptempo.storage.session.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.reptempo.storage.SampleFileException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rows of a delimited text file, read with Jackson's CSV parser (quotes, separators and line
 * ends are its business). Blank lines come through as blank rows so that readers can see where
 * one capture ends and the next begins. Cells are trimmed.
 */
final class TextTable {
    /** Imports larger than this are refused: no exercise session comes near it. */
    static final long MAX_BYTES = 256L << 20;

    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.TRIM_SPACES);

    /** Receives one row. */
    @FunctionalInterface
    interface RowHandler {
        void row(long line, String[] cells) throws IOException;
    }

    private TextTable() {
    }

    static boolean blank(String[] cells) {
        return cells.length == 0 || (cells.length == 1 && cells[0].isEmpty());
    }

    /** Opens a text file (UTF-8; undecodable bytes from a board's reset become U+FFFD) after the size check. */
    static Reader open(Path file) throws IOException {
        checkSize(file);
        return new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    static void checkSize(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new SampleFileException("no such file: " + file);
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new SampleFileException(file + " is " + (size >> 20) + " MB; files to import are at most " + (MAX_BYTES >> 20)
                    + " MB (far more than any exercise session)");
        }
    }

    /** Streams every row (a leading byte-order mark is dropped). */
    static void forEachRow(Reader in, char separator, RowHandler handler) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withQuoteChar('"');
        try (MappingIterator<String[]> rows = MAPPER.readerFor(String[].class).with(schema).readValues(in)) {
            boolean first = true;
            while (rows.hasNextValue()) {
                long line = rows.getParser().currentLocation().getLineNr();
                String[] cells = rows.nextValue();
                if (first && cells.length > 0 && cells[0].startsWith("\uFEFF")) cells[0] = cells[0].substring(1).trim();
                first = false;
                handler.row(line, cells);
            }
        } catch (JsonProcessingException e) {
            throw new SampleFileException("not a readable text table: " + e.getOriginalMessage(), e);
        } catch (RuntimeJsonMappingException e) {
            throw new SampleFileException("not a readable text table: " + e.getMessage(), e);
        }
    }

    static String separatorName(char c) {
        return switch (c) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            case ' ' -> "space";
            default -> "'" + c + "'";
        };
    }
}

package com.vayyari.wadb.output;

import java.io.IOException;
import java.io.Writer;

/**
 * psql's csv format (print_csv_text and print_csv_vertical), byte for byte: a header line unless tuples-only,
 * fields joined by {@code csv_fieldsep}, quoted only where they must be; never a title or a footer. Expanded, one
 * {@code name,value} line per field. Values are psql's (NULL as the null display), unlike {@link CsvSink}.
 */
final class PsqlCsvSink extends DocumentSink {

    private final char separator;

    PsqlCsvSink(PrintOptions options, Writer out) {
        super(options, out);
        this.separator = options.csvFieldSeparator();
    }

    @Override
    void begin() throws IOException {
        if (!expanded && !options.tuplesOnly()) {
            line(names);
        }
    }

    @Override
    void record(String[] cells) throws IOException {
        if (!expanded) {
            line(cells);
            return;
        }
        for (int i = 0; i < cells.length; i++) {
            field(names[i]);
            out.append(separator);
            field(cells[i]);
            out.append('\n');
        }
    }

    @Override
    void finish(long rowCount) {
    }

    private void line(String[] fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(separator);
            }
            field(fields[i]);
        }
        out.append('\n');
    }

    /**
     * Quoted when it holds the separator, a quote, CR or LF, or is {@code \.}, or always when the separator is
     * {@code \} or {@code .}: no line may read back as COPY's end-of-data marker.
     */
    private void field(String value) throws IOException {
        boolean quote = value.indexOf(separator) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || value.equals("\\.") || separator == '\\' || separator == '.';
        if (!quote) {
            out.append(value);
            return;
        }
        out.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}

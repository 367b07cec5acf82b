package com.vayyari.wadb.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A format written record by record as the rows come (csv, tsv, markdown): a header record of the column
 * names unless tuples-only, one record per row, no footer. Nothing is held.
 */
abstract class RecordSink implements RowSink {

    final PrintOptions options;
    final TextOut out;

    RecordSink(PrintOptions options, Writer out) {
        this.options = options;
        this.out = new TextOut(out);
    }

    @Override
    public void start(List<Column> columns) throws IOException {
        if (!options.tuplesOnly()) {
            header(columns);
        }
    }

    @Override
    public void row(String[] values) throws IOException {
        record(values);
    }

    @Override
    public void end(long rowCount) throws IOException {
        out.flush();
    }

    void header(List<Column> columns) throws IOException {
        record(columns.stream().map(Column::name).toArray(String[]::new));
    }

    /** Writes one record, line end included; a null value is SQL NULL. */
    abstract void record(String[] values) throws IOException;
}

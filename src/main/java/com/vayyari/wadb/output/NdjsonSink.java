package com.vayyari.wadb.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Newline-delimited JSON: each row's {@code row_to_json} object (see {@link JsonRowWriter}) on its own line. */
final class NdjsonSink implements RowSink {

    private final JsonRowWriter json;

    NdjsonSink(Writer out) throws IOException {
        this.json = new JsonRowWriter(out);
    }

    @Override
    public void start(List<Column> columns) {
        json.columns(columns);
    }

    @Override
    public void row(String[] values) throws IOException {
        json.row(values);
        json.raw("\n");
    }

    @Override
    public void end(long rowCount) throws IOException {
        json.flush();
    }
}

package com.vayyari.wadb.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** json and ndjson: the same row_to_json objects (see {@link JsonRowWriter}), framed differently. Streams. */
abstract class JsonObjectsSink implements RowSink {

    final JsonRowWriter json;

    JsonObjectsSink(Writer out) throws IOException {
        this.json = new JsonRowWriter(out);
    }

    @Override
    public final void start(List<Column> columns) {
        json.columns(columns);
    }

    @Override
    public final void row(String[] values) throws IOException {
        beforeObject();
        json.row(values);
        afterObject();
    }

    @Override
    public final void end(long rowCount) throws IOException {
        json.raw(closing(rowCount));
        json.flush();
    }

    abstract void beforeObject() throws IOException;

    abstract void afterObject() throws IOException;

    /** What follows the last object. */
    abstract String closing(long rowCount);
}

package com.vayyari.wadb.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A JSON array of {@code row_to_json} objects (see {@link JsonRowWriter}), one object a line so that a large
 * export is still readable with line tools: {@code [}, then objects separated by {@code ,} and a newline, then
 * {@code ]} and a newline; {@code []} for no rows. Data only. Streams.
 */
final class JsonSink implements RowSink {

    private final JsonRowWriter json;
    private boolean first = true;

    JsonSink(Writer out) throws IOException {
        this.json = new JsonRowWriter(out);
    }

    @Override
    public void start(List<Column> columns) {
        json.columns(columns);
    }

    @Override
    public void row(String[] values) throws IOException {
        json.raw(first ? "[\n" : ",\n");
        first = false;
        json.row(values);
    }

    @Override
    public void end(long rowCount) throws IOException {
        json.raw(first ? "[]\n" : "\n]\n");
        json.flush();
    }
}

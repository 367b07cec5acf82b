package com.vayyari.wadb.output;

import java.io.IOException;
import java.io.Writer;

/**
 * A JSON array of {@code row_to_json} objects (see {@link JsonRowWriter}), one object a line so that a large
 * export is still readable with line tools: {@code [}, then objects separated by {@code ,} and a newline, then
 * {@code ]} and a newline; {@code []} for no rows. Data only. Streams.
 */
final class JsonSink extends JsonObjectsSink {

    private boolean first = true;

    JsonSink(Writer out) throws IOException {
        super(out);
    }

    @Override
    void beforeObject() throws IOException {
        json.raw(first ? "[\n" : ",\n");
        first = false;
    }

    @Override
    void afterObject() {
    }

    @Override
    String closing(long rowCount) {
        return first ? "[]\n" : "\n]\n";
    }
}

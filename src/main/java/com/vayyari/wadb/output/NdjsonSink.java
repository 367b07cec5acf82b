package com.vayyari.wadb.output;

import java.io.IOException;
import java.io.Writer;

/** Newline-delimited JSON: each row's {@code row_to_json} object (see {@link JsonRowWriter}) on its own line. */
final class NdjsonSink extends JsonObjectsSink {

    NdjsonSink(Writer out) throws IOException {
        super(out);
    }

    @Override
    void beforeObject() {
    }

    @Override
    void afterObject() throws IOException {
        json.raw("\n");
    }

    @Override
    String closing(long rowCount) {
        return "";
    }
}

package com.vayyari.wadb.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Rows as JSON objects equal to PostgreSQL's {@code row_to_json}: one key per column in column order
 * (duplicate names kept twice, as row_to_json does), values typed by {@link JsonValue}, arrays by
 * {@link PgArrayLiteral}. Streams through one Jackson generator; what goes between objects is the caller's.
 */
final class JsonRowWriter {

    /** No limits: a PostgreSQL json value may be larger, longer-numbered or deeper than Jackson's defaults. */
    static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .rootValueSeparator((String) null)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE)
                    .maxNumberLength(Integer.MAX_VALUE).maxStringLength(Integer.MAX_VALUE)
                    .maxNameLength(Integer.MAX_VALUE).build())
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .build();

    private final JsonGenerator json;
    private String[] names;
    private JsonValue[] encodings;
    private char[] arrayDelimiters;

    JsonRowWriter(Writer out) throws IOException {
        this.json = FACTORY.createGenerator(out);
    }

    void columns(List<Column> columns) {
        int n = columns.size();
        names = new String[n];
        encodings = new JsonValue[n];
        arrayDelimiters = new char[n];
        for (int i = 0; i < n; i++) {
            Column column = columns.get(i);
            names[i] = column.name();
            boolean array = column.kind() == ValueKind.ARRAY;
            String type = array ? PgArrayLiteral.elementType(column.typeName()) : column.typeName();
            encodings[i] = JsonValue.forType(type);
            arrayDelimiters[i] = array ? PgArrayLiteral.delimiter(type) : 0;
        }
    }

    void row(String[] values) throws IOException {
        json.writeStartObject();
        for (int i = 0; i < values.length; i++) {
            json.writeFieldName(names[i]);
            if (values[i] == null) {
                json.writeNull();
            } else if (arrayDelimiters[i] != 0) {
                PgArrayLiteral.write(json, values[i], arrayDelimiters[i], encodings[i]);
            } else {
                encodings[i].write(json, values[i]);
            }
        }
        json.writeEndObject();
    }

    /** Text between or around the objects: brackets, separators, newlines. */
    void raw(String text) throws IOException {
        json.writeRaw(text);
    }

    /** Flushes the generator and the Writer (never closes it). */
    void flush() throws IOException {
        json.flush();
    }
}

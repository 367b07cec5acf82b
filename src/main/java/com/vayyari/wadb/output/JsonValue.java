package com.vayyari.wadb.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Set;

/**
 * How {@code row_to_json} writes a value of one type, done from the value's text output. Times are made ISO 8601
 * from the server's ISO DateStyle; under another DateStyle ({@code German}, {@code SQL}) they stay as the server
 * printed them. Arrays are {@link PgArrayLiteral}'s job, with one of these for the elements.
 */
enum JsonValue {

    /** int2, int4, int8, float4, float8, numeric: verbatim, exact; NaN and the infinities as strings. */
    NUMBER {
        @Override
        void write(JsonGenerator json, String text) throws IOException {
            char first = text.charAt(0);
            boolean number = first >= '0' && first <= '9'
                    || first == '-' && text.length() > 1 && text.charAt(1) >= '0' && text.charAt(1) <= '9';
            if (number) {
                json.writeNumber(text);
            } else {
                json.writeString(text);
            }
        }
    },
    BOOLEAN {
        @Override
        void write(JsonGenerator json, String text) throws IOException {
            json.writeBoolean(text.equals("t"));
        }
    },
    /**
     * jsonb, embedded as the server printed it: jsonb output is always valid JSON on one line, so it is written
     * raw — exactly as row_to_json embeds it, and without parsing every value again.
     */
    EMBEDDED_JSONB {
        @Override
        void write(JsonGenerator json, String text) throws IOException {
            json.writeRawValue(text);
        }
    },
    /** json, embedded: kept as typed it may span lines, so it is re-read onto one line, numbers copied exactly. */
    EMBEDDED {
        @Override
        void write(JsonGenerator json, String text) throws IOException {
            try (JsonParser parser = JsonRowWriter.FACTORY.createParser(text)) {
                parser.nextToken();
                json.copyCurrentStructureExact(parser);
            }
        }
    },
    /** {@code 2020-01-01 10:00:00.5} becomes {@code 2020-01-01T10:00:00.5}; {@code infinity} stays. */
    TIMESTAMP {
        @Override
        void write(JsonGenerator json, String text) throws IOException {
            json.writeString(isoT(text));
        }
    },
    /** As TIMESTAMP, and the offset always has minutes: {@code +00} becomes {@code +00:00}. */
    TIMESTAMPTZ {
        @Override
        void write(JsonGenerator json, String text) throws IOException {
            String iso = isoT(text);
            int time = iso.indexOf('T');
            if (time < 0) {
                json.writeString(iso);
                return;
            }
            int sign = time;
            while (sign < iso.length() && iso.charAt(sign) != '+' && iso.charAt(sign) != '-') {
                sign++;
            }
            int end = iso.indexOf(' ', sign);
            end = end < 0 ? iso.length() : end;
            json.writeString(end - sign == 3 ? iso.substring(0, end) + ":00" + iso.substring(end) : iso);
        }
    },
    /** Everything else, dates included (row_to_json prints those as the ISO text output). */
    STRING {
        @Override
        void write(JsonGenerator json, String text) throws IOException {
            json.writeString(text);
        }
    };

    abstract void write(JsonGenerator json, String text) throws IOException;

    /** row_to_json's numbers: not all that psql aligns right (oid, xid, money are strings there). */
    private static final Set<String> NUMBER_TYPES = Set.of(
            "int2", "int4", "int8", "float4", "float8", "numeric", "smallserial", "serial", "bigserial");

    /** By PostgreSQL type name (an array's element type name for arrays). */
    static JsonValue forType(String typeName) {
        switch (ValueKind.ofTypeName(typeName)) {
            case NUMBER:
                return NUMBER_TYPES.contains(typeName) ? NUMBER : STRING;
            case BOOLEAN:
                return BOOLEAN;
            case JSON:
                return typeName.equals("jsonb") ? EMBEDDED_JSONB : EMBEDDED;
            case TIMESTAMP:
                return TIMESTAMP;
            case TIMESTAMPTZ:
                return TIMESTAMPTZ;
            default:
                return STRING;
        }
    }

    /**
     * ISO text output with a {@code T} between date and time (the first space; a BC suffix keeps its own); text in
     * another DateStyle, whose date does not start with the year, as it is.
     */
    private static String isoT(String text) {
        int space = text.indexOf(' ');
        int dash = text.indexOf('-');
        boolean isoDate = dash >= 4 && dash < space && text.chars().limit(dash).allMatch(Character::isDigit);
        return space < 0 || !isoDate ? text : text.substring(0, space) + 'T' + text.substring(space + 1);
    }
}

package com.vayyari.wadb.output;

/**
 * What a column's values are, as far as the formats care. Values always travel as PostgreSQL's own text
 * output; the kind tells a format how to present that text (aligned right, a JSON number, embedded JSON, ...).
 */
public enum ValueKind {
    NUMBER,
    BOOLEAN,
    JSON,
    ARRAY,
    DATE,
    TIMESTAMP,
    TIMESTAMPTZ,
    TIME,
    TIMETZ,
    TEXT;

    /**
     * Maps a PostgreSQL type name (as pgjdbc reports it: {@code int4}, {@code _text}, {@code jsonb}, ...). pgjdbc
     * names a column with a sequence default {@code serial}/{@code bigserial}, never a real type: still integers.
     */
    public static ValueKind ofTypeName(String typeName) {
        if (typeName == null) {
            return TEXT;
        }
        if (typeName.startsWith("_")) {
            return ARRAY;
        }
        switch (typeName) {
            case "int2": case "int4": case "int8": case "float4": case "float8": case "numeric":
            case "oid": case "xid": case "xid8": case "cid": case "money":
            case "smallserial": case "serial": case "bigserial":
                return NUMBER;
            case "bool":
                return BOOLEAN;
            case "json": case "jsonb":
                return JSON;
            case "date":
                return DATE;
            case "timestamp":
                return TIMESTAMP;
            case "timestamptz":
                return TIMESTAMPTZ;
            case "time":
                return TIME;
            case "timetz":
                return TIMETZ;
            default:
                return TEXT;
        }
    }
}

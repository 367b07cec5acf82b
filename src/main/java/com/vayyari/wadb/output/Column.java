package com.vayyari.wadb.output;

/**
 * One result column: its label, PostgreSQL type name and what kind of values it holds.
 *
 * @param name     the column label as the server reports it
 * @param typeName the PostgreSQL type name ({@code int4}, {@code text}, {@code _int4} for arrays, ...)
 * @param kind     derived from the type name; decides alignment and JSON encoding
 */
public record Column(String name, String typeName, ValueKind kind) {

    public static Column of(String name, String typeName) {
        return new Column(name, typeName, ValueKind.ofTypeName(typeName));
    }

    /** psql right-aligns the numeric types (print.c, column_type_alignment). */
    public boolean rightAligned() {
        return kind == ValueKind.NUMBER;
    }
}

package com.vayyari.wadb.sql;

/** The one place identifiers are quoted; values never are — they are bind parameters. */
public final class Identifiers {

    private Identifiers() {
    }

    /** {@code name} as a double-quoted SQL identifier, embedded quotes doubled. */
    public static String quote(String name) {
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("identifier contains a NUL character");
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A possibly schema-qualified name ({@code schema.table}) quoted part by part. */
    public static String quoteQualified(String name) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            return quote(name);
        }
        return quote(name.substring(0, dot)) + "." + quote(name.substring(dot + 1));
    }
}

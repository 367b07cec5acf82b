package com.vayyari.wadb.describe;

import java.util.Map;

/**
 * Type-name patterns as psql reads them: map_typename_pattern (the grammar's other spellings, such as {@code int}
 * or {@code float8[]}, turned into the name format_type prints) and the argument-type patterns that {@code \df}
 * and {@code \do} accept after the name pattern.
 */
final class TypeNames {

    /** The spellings the grammar accepts that neither pg_type nor format_type uses, by their lower-case form. */
    private static final Map<String, String> CANONICAL = Map.ofEntries(
            Map.entry("decimal", "numeric"),
            Map.entry("float", "double precision"),
            Map.entry("int", "integer"),
            Map.entry("bool[]", "boolean[]"),
            Map.entry("decimal[]", "numeric[]"),
            Map.entry("float[]", "double precision[]"),
            Map.entry("float4[]", "real[]"),
            Map.entry("float8[]", "double precision[]"),
            Map.entry("int[]", "integer[]"),
            Map.entry("int2[]", "smallint[]"),
            Map.entry("int4[]", "integer[]"),
            Map.entry("int8[]", "bigint[]"),
            Map.entry("time[]", "time without time zone[]"),
            Map.entry("timetz[]", "time with time zone[]"),
            Map.entry("timestamp[]", "timestamp without time zone[]"),
            Map.entry("timestamptz[]", "timestamp with time zone[]"),
            Map.entry("varbit[]", "bit varying[]"),
            Map.entry("varchar[]", "character varying[]"));

    /** The argument-type pattern that stands for "no argument here". */
    private static final String NO_ARGUMENT = "-";

    private TypeNames() {
    }

    /** psql's map_typename_pattern: {@code pattern}, or the canonical name when it is one of the other spellings. */
    static String canonical(String pattern) {
        if (pattern == null) {
            return null;
        }
        return CANONICAL.getOrDefault(asciiLowerCase(pattern), pattern);
    }

    /** pg_strcasecmp folds ASCII letters only, so "ınt" (dotless i) must not match "int" as equalsIgnoreCase would. */
    private static String asciiLowerCase(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            folded.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch);
        }
        return folded.toString();
    }

    /** The joins that give argument {@code index} (whose type oid is {@code typeOid}) its type and schema. */
    static void joinArgumentType(CatalogQuery query, int index, String typeOid) {
        query.append("     LEFT JOIN pg_catalog.pg_type t" + index + " ON t" + index + ".oid = " + typeOid + "\n"
                + "     LEFT JOIN pg_catalog.pg_namespace nt" + index + " ON nt" + index + ".oid = t" + index
                + ".typnamespace\n");
    }

    /**
     * The condition on argument {@code index} for {@code pattern}: {@code -} means there is no such argument;
     * otherwise the pattern matches the type's internal or printed name, as for {@code \dT}.
     */
    static void argumentTypeCondition(Catalog catalog, CatalogQuery query, int index, String pattern) {
        // psql always continues with AND here. When nothing before started a WHERE (a name pattern such as *.*),
        // the condition extends the last LEFT JOIN's ON and so filters nothing; psql lists every function then,
        // and so do we.
        query.whereStarted();
        if (pattern.equals(NO_ARGUMENT)) {
            query.condition("t" + index + ".typname IS NULL\n");
            return;
        }
        query.pattern(catalog, canonical(pattern), false, "nt" + index + ".nspname", "t" + index + ".typname",
                "pg_catalog.format_type(t" + index + ".oid, NULL)", "pg_catalog.pg_type_is_visible(t" + index + ".oid)", 3);
    }
}

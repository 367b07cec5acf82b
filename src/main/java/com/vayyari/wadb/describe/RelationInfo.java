package com.vayyari.wadb.describe;

import java.util.List;

/**
 * What describeOneTableDetails learns of a relation before it prints it (its {@code tableinfo}).
 *
 * @param checks          how many CHECK constraints it has
 * @param reloptions      its storage options and its TOAST table's, joined; empty unless asked for ({@code \d+})
 * @param tablespace      0 for the database's default
 * @param ofType          the composite type of a typed table, or null
 * @param accessMethod    its table or index access method, or null
 */
record RelationInfo(String schema, String name, String oid, int checks, char kind, boolean hasIndex,
                    boolean hasRules, boolean hasTriggers, boolean rowSecurity, boolean forceRowSecurity,
                    boolean isPartition, String reloptions, long tablespace, String ofType, char persistence,
                    char replicaIdentity, String accessMethod) {

    private static final String QUERY = """
            SELECT c.relchecks, c.relkind, c.relhasindex, c.relhasrules, c.relhastriggers, c.relrowsecurity, \
            c.relforcerowsecurity, false AS relhasoids, c.relispartition, %s, c.reltablespace, \
            CASE WHEN c.reloftype = 0 THEN '' ELSE c.reloftype::pg_catalog.regtype::pg_catalog.text END, \
            c.relpersistence, c.relreplident, am.amname
            FROM pg_catalog.pg_class c
             LEFT JOIN pg_catalog.pg_class tc ON (c.reltoastrelid = tc.oid)
            LEFT JOIN pg_catalog.pg_am am ON (c.relam = am.oid)
            WHERE c.oid = ?::pg_catalog.oid;""";

    /** The relation {@code oid}, or null when it is gone (dropped since it was found). */
    static RelationInfo load(Catalog catalog, String schema, String name, String oid, boolean verbose) {
        String options = verbose ? "pg_catalog.array_to_string(c.reloptions || "
                + "array(select 'toast.' || x from pg_catalog.unnest(tc.reloptions) x), ', ')\n" : "''";
        return catalog.row(String.format(QUERY, options), List.of(oid)).map(r -> new RelationInfo(schema, name, oid,
                Integer.parseInt(r[0]), r[1].charAt(0), isTrue(r[2]), isTrue(r[3]), isTrue(r[4]), isTrue(r[5]),
                isTrue(r[6]), isTrue(r[8]), r[9], Long.parseLong(r[10]), r[11].isEmpty() ? null : r[11],
                r[12].charAt(0), r[13].charAt(0), r[14])).orElse(null);
    }

    /** A boolean as the server writes it in text ({@code t}/{@code f}); the describe commands read many. */
    static boolean isTrue(String value) {
        return "t".equals(value);
    }

    boolean is(char... kinds) {
        for (char k : kinds) {
            if (kind == k) {
                return true;
            }
        }
        return false;
    }

    boolean unlogged() {
        return persistence == 'u';
    }

    /** The title psql puts over the relation's table. */
    String title() {
        String what = switch (kind) {
            case 'r' -> unlogged() ? "Unlogged table" : "Table";
            case 'v' -> "View";
            case 'm' -> unlogged() ? "Unlogged materialized view" : "Materialized view";
            case 'i' -> unlogged() ? "Unlogged index" : "Index";
            case 'I' -> unlogged() ? "Unlogged partitioned index" : "Partitioned index";
            case 't' -> "TOAST table";
            case 'c' -> "Composite type";
            case 'f' -> "Foreign table";
            case 'p' -> unlogged() ? "Unlogged partitioned table" : "Partitioned table";
            case 'S' -> unlogged() ? "Unlogged sequence" : "Sequence";
            default -> "?" + kind + "?";
        };
        return what + " \"" + schema + "." + name + "\"";
    }
}

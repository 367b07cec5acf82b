package com.vayyari.wadb.describe;

import static com.vayyari.wadb.describe.DescribeCommand.Names.NONE;
import static com.vayyari.wadb.describe.DescribeCommand.Names.TYPE;

import java.util.List;

/**
 * {@code \dc}, {@code \dC} and {@code \dO}: how text and values convert and compare, as psql's listConversions,
 * listCasts and listCollations show them.
 */
final class ConversionLists {

    static final List<DescribeCommand> COMMANDS = List.of(
            new DescribeCommand("dc", "S+", "\\dc[S+] [PATTERN]", "list conversions", NONE, 1, ConversionLists::conversions),
            new DescribeCommand("dC", "S+", "\\dC[+]  [PATTERN]", "list casts", TYPE, 1, ConversionLists::casts),
            new DescribeCommand("dO", "S+", "\\dO[S+] [PATTERN]", "list collations", NONE, 1, ConversionLists::collations));

    private ConversionLists() {
    }

    /** psql's listConversions. */
    private static boolean conversions(Catalog catalog, DescribeCommand.Call call) {
        String pattern = call.pattern();
        CatalogQuery query = new CatalogQuery("""
                SELECT n.nspname AS "Schema",
                       c.conname AS "Name",
                       pg_catalog.pg_encoding_to_char(c.conforencoding) AS "Source",
                       pg_catalog.pg_encoding_to_char(c.contoencoding) AS "Destination",
                       CASE WHEN c.condefault THEN 'yes'
                       ELSE 'no' END AS "Default?\"""");
        if (call.verbose()) {
            query.append(",\n       d.description AS \"Description\"");
        }
        query.append("\nFROM pg_catalog.pg_conversion c\n     JOIN pg_catalog.pg_namespace n ON n.oid = c.connamespace\n");
        if (call.verbose()) {
            query.append("LEFT JOIN pg_catalog.pg_description d ON d.classoid = c.tableoid\n"
                    + "          AND d.objoid = c.oid AND d.objsubid = 0\n");
        }
        query.append("WHERE true\n").whereStarted();
        if (!call.system() && pattern == null) {
            query.append("  AND n.nspname <> 'pg_catalog'\n  AND n.nspname <> 'information_schema'\n");
        }
        query.pattern(catalog, pattern, false, "n.nspname", "c.conname", null,
                "pg_catalog.pg_conversion_is_visible(c.oid)", 3);
        query.append("ORDER BY 1, 2;");
        catalog.list(query, "List of conversions");
        return true;
    }

    /** psql's listCasts: the pattern matches the source or the target type, by internal or SQL name. */
    private static boolean casts(Catalog catalog, DescribeCommand.Call call) {
        CatalogQuery query = new CatalogQuery("""
                SELECT pg_catalog.format_type(castsource, NULL) AS "Source type",
                       pg_catalog.format_type(casttarget, NULL) AS "Target type",
                       CASE WHEN c.castmethod = 'b' THEN '(binary coercible)'
                            WHEN c.castmethod = 'i' THEN '(with inout)'
                            ELSE p.proname
                       END AS "Function",
                       CASE WHEN c.castcontext = 'e' THEN 'no'
                            WHEN c.castcontext = 'a' THEN 'in assignment'
                            ELSE 'yes'
                       END AS "Implicit?\"""");
        if (call.verbose()) {
            query.append(",\n       d.description AS \"Description\"");
        }
        query.append("""

                FROM pg_catalog.pg_cast c LEFT JOIN pg_catalog.pg_proc p
                     ON c.castfunc = p.oid
                     LEFT JOIN pg_catalog.pg_type ts
                     ON c.castsource = ts.oid
                     LEFT JOIN pg_catalog.pg_namespace ns
                     ON ns.oid = ts.typnamespace
                     LEFT JOIN pg_catalog.pg_type tt
                     ON c.casttarget = tt.oid
                     LEFT JOIN pg_catalog.pg_namespace nt
                     ON nt.oid = tt.typnamespace
                """);
        if (call.verbose()) {
            query.append("""
                         LEFT JOIN pg_catalog.pg_description d
                         ON d.classoid = c.tableoid AND d.objoid = c.oid AND d.objsubid = 0
                    """);
        }
        query.append("WHERE ( (true").whereStarted();
        query.pattern(catalog, call.pattern(), false, "ns.nspname", "ts.typname", "pg_catalog.format_type(ts.oid, NULL)",
                "pg_catalog.pg_type_is_visible(ts.oid)", 3);
        query.append(") OR (true");
        query.pattern(catalog, call.pattern(), false, "nt.nspname", "tt.typname", "pg_catalog.format_type(tt.oid, NULL)",
                "pg_catalog.pg_type_is_visible(tt.oid)", 3);
        query.append(") )\nORDER BY 1, 2;");
        catalog.list(query, "List of casts");
        return true;
    }

    /** psql's listCollations: only those usable with the database's encoding. */
    private static boolean collations(Catalog catalog, DescribeCommand.Call call) {
        String pattern = call.pattern();
        CatalogQuery query = new CatalogQuery("""
                SELECT n.nspname AS "Schema",
                       c.collname AS "Name",
                       c.collcollate AS "Collate",
                       c.collctype AS "Ctype",
                       c.colliculocale AS "ICU Locale",
                       CASE c.collprovider WHEN 'd' THEN 'default' WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' END AS "Provider",
                       CASE WHEN c.collisdeterministic THEN 'yes' ELSE 'no' END AS "Deterministic?\"""");
        if (call.verbose()) {
            query.append(",\n       pg_catalog.obj_description(c.oid, 'pg_collation') AS \"Description\"");
        }
        query.append("\nFROM pg_catalog.pg_collation c, pg_catalog.pg_namespace n\nWHERE n.oid = c.collnamespace\n")
                .whereStarted();
        if (!call.system() && pattern == null) {
            query.append(CatalogQuery.USER_SCHEMAS);
        }
        query.append("      AND c.collencoding IN (-1, pg_catalog.pg_char_to_encoding(pg_catalog.getdatabaseencoding()))\n");
        query.pattern(catalog, pattern, false, "n.nspname", "c.collname", null,
                "pg_catalog.pg_collation_is_visible(c.oid)", 3);
        query.append("ORDER BY 1, 2;");
        catalog.list(query, "List of collations");
        return true;
    }
}

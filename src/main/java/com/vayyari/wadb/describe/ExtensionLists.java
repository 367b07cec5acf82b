package com.vayyari.wadb.describe;

import static com.vayyari.wadb.describe.DescribeCommand.Names.EXTENSION;
import static com.vayyari.wadb.describe.DescribeCommand.Names.NONE;

import java.util.List;

/** {@code \dx[+]} and {@code \dX}: psql's listExtensions, listExtensionContents and listExtendedStats. */
final class ExtensionLists {

    static final List<DescribeCommand> COMMANDS = List.of(
            new DescribeCommand("dx", "S+", "\\dx[+]  [PATTERN]", "list extensions", EXTENSION, 1, ExtensionLists::extensions),
            new DescribeCommand("dX", "S+", "\\dX     [PATTERN]", "list extended statistics", NONE, 1,
                    ExtensionLists::extendedStatistics));

    private ExtensionLists() {
    }

    private static boolean extensions(Catalog catalog, DescribeCommand.Call call) {
        return call.verbose() ? contents(catalog, call.pattern()) : list(catalog, call.pattern());
    }

    /** psql's listExtensions. */
    private static boolean list(Catalog catalog, String pattern) {
        CatalogQuery query = new CatalogQuery("""
                SELECT e.extname AS "Name", e.extversion AS "Version", n.nspname AS "Schema", c.description AS "Description"
                FROM pg_catalog.pg_extension e LEFT JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace \
                LEFT JOIN pg_catalog.pg_description c ON c.objoid = e.oid \
                AND c.classoid = 'pg_catalog.pg_extension'::pg_catalog.regclass
                """);
        query.pattern(catalog, pattern, false, null, "e.extname", null, null, 1);
        query.append("ORDER BY 1;");
        catalog.list(query, "List of installed extensions");
        return true;
    }

    /** psql's listExtensionContents: one table of member objects per extension matched. */
    private static boolean contents(Catalog catalog, String pattern) {
        CatalogQuery query = new CatalogQuery("SELECT e.extname, e.oid\nFROM pg_catalog.pg_extension e\n");
        query.pattern(catalog, pattern, false, null, "e.extname", null, null, 1);
        query.append("ORDER BY 1;");
        List<String[]> extensions = catalog.rows(query);
        if (extensions.isEmpty()) {
            return NoMatch.fail(catalog, pattern, "extension");
        }
        for (String[] extension : extensions) {
            CatalogQuery members = new CatalogQuery("""
                    SELECT pg_catalog.pg_describe_object(classid, objid, 0) AS "Object description"
                    FROM pg_catalog.pg_depend
                    WHERE refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND refobjid =\s""")
                    .bindOid(extension[1]).append(" AND deptype = 'e'\nORDER BY 1;");
            catalog.list(members, "Objects in extension \"" + extension[0] + "\"");
        }
        return true;
    }

    /** psql's listExtendedStats ({@code \dX}). */
    private static boolean extendedStatistics(Catalog catalog, DescribeCommand.Call call) {
        String schema = "es.stxnamespace::pg_catalog.regnamespace::pg_catalog.text";
        CatalogQuery query = new CatalogQuery("""
                SELECT\s
                es.stxnamespace::pg_catalog.regnamespace::pg_catalog.text AS "Schema",\s
                es.stxname AS "Name",\s
                pg_catalog.format('%s FROM %s',\s
                  pg_catalog.pg_get_statisticsobjdef_columns(es.oid),\s
                  es.stxrelid::pg_catalog.regclass) AS "Definition",
                CASE WHEN 'd' = any(es.stxkind) THEN 'defined'\s
                END AS "Ndistinct",\s
                CASE WHEN 'f' = any(es.stxkind) THEN 'defined'\s
                END AS "Dependencies",
                CASE WHEN 'm' = any(es.stxkind) THEN 'defined'\s
                END AS "MCV"\s\s
                FROM pg_catalog.pg_statistic_ext es\s
                """);
        query.pattern(catalog, call.pattern(), false, schema, "es.stxname", null,
                "pg_catalog.pg_statistics_obj_is_visible(es.oid)", 3);
        query.append("ORDER BY 1, 2;");
        catalog.list(query, "List of extended statistics");
        return true;
    }
}

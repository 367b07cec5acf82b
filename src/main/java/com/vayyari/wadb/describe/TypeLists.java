package com.vayyari.wadb.describe;

import static com.vayyari.wadb.describe.DescribeCommand.Names.TYPE;

import java.util.List;

/** {@code \dT} (psql's describeTypes) and {@code \dD} (listDomains). */
final class TypeLists {

    static final List<DescribeCommand> COMMANDS = List.of(
            new DescribeCommand("dD", "S+", "\\dD[S+] [PATTERN]", "list domains", TYPE, 1, TypeLists::domains),
            new DescribeCommand("dT", "S+", "\\dT[S+] [PATTERN]", "list data types", TYPE, 1, TypeLists::types));


    private TypeLists() {
    }

    private static boolean types(Catalog catalog, DescribeCommand.Call call) {
        String pattern = call.pattern();
        CatalogQuery query = new CatalogQuery("""
                SELECT n.nspname as "Schema",
                  pg_catalog.format_type(t.oid, NULL) AS "Name",
                """);
        if (call.verbose()) {
            query.append("""
                      t.typname AS "Internal name",
                      CASE WHEN t.typrelid != 0
                          THEN CAST('tuple' AS pg_catalog.text)
                        WHEN t.typlen < 0
                          THEN CAST('var' AS pg_catalog.text)
                        ELSE CAST(t.typlen AS pg_catalog.text)
                      END AS "Size",
                      pg_catalog.array_to_string(
                          ARRAY(
                              SELECT e.enumlabel
                              FROM pg_catalog.pg_enum e
                              WHERE e.enumtypid = t.oid
                              ORDER BY e.enumsortorder
                          ),
                          E'\\n'
                      ) AS "Elements",
                      pg_catalog.pg_get_userbyid(t.typowner) AS "Owner",
                    """).append(AccessLists.aclColumn("t.typacl")).append(",\n  ");
        }
        query.append("""
                  pg_catalog.obj_description(t.oid, 'pg_type') as "Description"
                FROM pg_catalog.pg_type t
                     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
                WHERE (t.typrelid = 0 OR (SELECT c.relkind = 'c' FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid))
                """).whereStarted();
        // A table's row type is listed only for a standalone composite type, an array type only when asked for.
        if (pattern == null || !pattern.contains("[]")) {
            query.append("  AND NOT EXISTS(SELECT 1 FROM pg_catalog.pg_type el WHERE el.oid = t.typelem "
                    + "AND el.typarray = t.oid)\n");
        }
        if (!call.system() && pattern == null) {
            query.append(CatalogQuery.USER_SCHEMAS);
        }
        query.pattern(catalog, TypeNames.canonical(pattern), false, "n.nspname", "t.typname",
                "pg_catalog.format_type(t.oid, NULL)", "pg_catalog.pg_type_is_visible(t.oid)", 3);
        query.append("ORDER BY 1, 2;");
        catalog.list(query, "List of data types");
        return true;
    }

    private static boolean domains(Catalog catalog, DescribeCommand.Call call) {
        String pattern = call.pattern();
        CatalogQuery query = new CatalogQuery("""
                SELECT n.nspname as "Schema",
                       t.typname as "Name",
                       pg_catalog.format_type(t.typbasetype, t.typtypmod) as "Type",
                       (SELECT c.collname FROM pg_catalog.pg_collation c, pg_catalog.pg_type bt
                        WHERE c.oid = t.typcollation AND bt.oid = t.typbasetype AND t.typcollation <> bt.typcollation) \
                as "Collation",
                       CASE WHEN t.typnotnull THEN 'not null' END as "Nullable",
                       t.typdefault as "Default",
                       pg_catalog.array_to_string(ARRAY(
                         SELECT pg_catalog.pg_get_constraintdef(r.oid, true) FROM pg_catalog.pg_constraint r \
                WHERE t.oid = r.contypid
                       ), ' ') as "Check\"""");
        if (call.verbose()) {
            query.append(",\n  ").append(AccessLists.aclColumn("t.typacl")).append(",\n       d.description as \"Description\"");
        }
        query.append("\nFROM pg_catalog.pg_type t\n     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace\n");
        if (call.verbose()) {
            query.append("     LEFT JOIN pg_catalog.pg_description d ON d.classoid = t.tableoid AND d.objoid = t.oid "
                    + "AND d.objsubid = 0\n");
        }
        query.append("WHERE t.typtype = 'd'\n").whereStarted();
        if (!call.system() && pattern == null) {
            query.append(CatalogQuery.USER_SCHEMAS);
        }
        query.pattern(catalog, pattern, false, "n.nspname", "t.typname", null, "pg_catalog.pg_type_is_visible(t.oid)", 3);
        query.append("ORDER BY 1, 2;");
        catalog.list(query, "List of domains");
        return true;
    }
}

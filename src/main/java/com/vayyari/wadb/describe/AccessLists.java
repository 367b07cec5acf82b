package com.vayyari.wadb.describe;

import static com.vayyari.wadb.describe.DescribeCommand.Names.NONE;
import static com.vayyari.wadb.describe.DescribeCommand.Names.RELATION;

import java.util.List;

/** {@code \dp} and its older name {@code \z} (psql's permissionsList), and {@code \ddp} (listDefaultACLs). */
final class AccessLists {

    static final List<DescribeCommand> COMMANDS = List.of(
            new DescribeCommand("ddp", "S+", "\\ddp    [PATTERN]", "list default privileges", NONE, 1, AccessLists::defaults),
            new DescribeCommand("dp", "S+", "\\dp     [PATTERN]", "list table, view, and sequence access privileges",
                    RELATION, 1, AccessLists::privileges),
            new DescribeCommand("z", "", "\\z      [PATTERN]", "same as \\dp", RELATION, 1, AccessLists::privileges));

    private AccessLists() {
    }

    /** psql's printACLColumn: an ACL array one entry a line, under the header every list uses for it. */
    static String aclColumn(String column) {
        return "pg_catalog.array_to_string(" + column + ", E'\\n') AS \"Access privileges\"";
    }

    private static boolean privileges(Catalog catalog, DescribeCommand.Call call) {
        CatalogQuery query = new CatalogQuery("""
                SELECT n.nspname as "Schema",
                  c.relname as "Name",
                  CASE c.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' \
                WHEN 'S' THEN 'sequence' WHEN 'f' THEN 'foreign table' WHEN 'p' THEN 'partitioned table' END as "Type",
                """).append("  ").append(aclColumn("c.relacl")).append("""
                ,
                  pg_catalog.array_to_string(ARRAY(
                    SELECT attname || E':\\n  ' || pg_catalog.array_to_string(attacl, E'\\n  ')
                    FROM pg_catalog.pg_attribute a
                    WHERE attrelid = c.oid AND NOT attisdropped AND attacl IS NOT NULL
                  ), E'\\n') AS "Column privileges",
                  pg_catalog.array_to_string(ARRAY(
                    SELECT polname
                    || CASE WHEN NOT polpermissive THEN
                       E' (RESTRICTIVE)'
                       ELSE '' END
                    || CASE WHEN polcmd != '*' THEN
                           E' (' || polcmd::pg_catalog.text || E'):'
                       ELSE E':'
                       END
                    || CASE WHEN polqual IS NOT NULL THEN
                           E'\\n  (u): ' || pg_catalog.pg_get_expr(polqual, polrelid)
                       ELSE E''
                       END
                    || CASE WHEN polwithcheck IS NOT NULL THEN
                           E'\\n  (c): ' || pg_catalog.pg_get_expr(polwithcheck, polrelid)
                       ELSE E''
                       END\
                    || CASE WHEN polroles <> '{0}' THEN
                           E'\\n  to: ' || pg_catalog.array_to_string(
                               ARRAY(
                                   SELECT rolname
                                   FROM pg_catalog.pg_roles
                                   WHERE oid = ANY (polroles)
                                   ORDER BY 1
                               ), E', ')
                       ELSE E''
                       END
                    FROM pg_catalog.pg_policy pol
                    WHERE polrelid = c.oid), E'\\n')
                    AS "Policies"
                FROM pg_catalog.pg_class c
                     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('r','v','m','S','f','p')
                """).whereStarted();
        // Without a schema in the pattern, system and other sessions' temporary tables are of no interest here.
        query.pattern(catalog, call.pattern(), false, "n.nspname", "c.relname", null,
                "n.nspname !~ '^pg_' AND pg_catalog.pg_table_is_visible(c.oid)", 3);
        query.append("ORDER BY 1, 2;");
        catalog.list(query, "Access privileges");
        return true;
    }

    private static boolean defaults(Catalog catalog, DescribeCommand.Call call) {
        CatalogQuery query = new CatalogQuery("""
                SELECT pg_catalog.pg_get_userbyid(d.defaclrole) AS "Owner",
                  n.nspname AS "Schema",
                  CASE d.defaclobjtype WHEN 'r' THEN 'table' WHEN 'S' THEN 'sequence' WHEN 'f' THEN 'function' \
                WHEN 'T' THEN 'type' WHEN 'n' THEN 'schema' END AS "Type",
                """).append("  ").append(aclColumn("d.defaclacl")).append("""

                FROM pg_catalog.pg_default_acl d
                     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
                """);
        // The one pattern matches the schema or the owning role.
        query.pattern(catalog, call.pattern(), false, null, "n.nspname", "pg_catalog.pg_get_userbyid(d.defaclrole)",
                null, 3);
        query.append("ORDER BY 1, 2, 3;");
        catalog.list(query, "Default access privileges");
        return true;
    }
}

package com.vayyari.wadb.describe;

import static com.vayyari.wadb.describe.DescribeCommand.Names.DATABASE;
import static com.vayyari.wadb.describe.DescribeCommand.Names.SCHEMA;

import java.util.ArrayList;
import java.util.List;

/** {@code \dn} (psql's listSchemas) and {@code \l}, {@code \list} (listAllDbs). */
final class SchemaLists {

    static final List<DescribeCommand> COMMANDS = List.of(
            new DescribeCommand("l", "+", "\\l[+]   [PATTERN]", "list databases", DATABASE, 1, SchemaLists::databases),
            new DescribeCommand("list", "+", "\\list[+] [PATTERN]", "same as \\l", DATABASE, 1, SchemaLists::databases),
            new DescribeCommand("dn", "S+", "\\dn[S+] [PATTERN]", "list schemas", SCHEMA, 1, SchemaLists::schemas));

    private SchemaLists() {
    }

    private static boolean schemas(Catalog catalog, DescribeCommand.Call call) {
        String pattern = call.pattern();
        CatalogQuery query = new CatalogQuery("SELECT n.nspname AS \"Name\",\n"
                + "  pg_catalog.pg_get_userbyid(n.nspowner) AS \"Owner\"");
        if (call.verbose()) {
            query.append(",\n  ").append(AccessLists.aclColumn("n.nspacl"))
                    .append(",\n  pg_catalog.obj_description(n.oid, 'pg_namespace') AS \"Description\"");
        }
        query.append("\nFROM pg_catalog.pg_namespace n\n");
        if (!call.system() && pattern == null) {
            query.append("WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'\n").whereStarted();
        }
        query.pattern(catalog, pattern, false, null, "n.nspname", null, null, 2);
        query.append("ORDER BY 1;");
        Catalog.Result schemas = catalog.query(query);
        if (pattern == null) {
            catalog.print(schemas, "List of schemas");
            return true;
        }
        // psql looks for the pattern as written (not as a pattern) among the schemas published whole.
        List<String[]> publications = catalog.rows("""
                SELECT pubname\s
                FROM pg_catalog.pg_publication p
                     JOIN pg_catalog.pg_publication_namespace pn ON p.oid = pn.pnpubid
                     JOIN pg_catalog.pg_namespace n ON n.oid = pn.pnnspid\s
                WHERE n.nspname = ?::pg_catalog.text
                ORDER BY 1""", List.of(pattern));
        if (publications.isEmpty()) {
            catalog.print(schemas, "List of schemas");
            return true;
        }
        List<String> footers = new ArrayList<>();
        footers.add("Publications:");
        publications.forEach(publication -> footers.add("    \"" + publication[0] + "\""));
        // With footers of its own, psql's printQuery shows no row count.
        catalog.table("List of schemas", schemas.columns().stream().map(column -> column.name()).toList(), schemas.rows(),
                footers);
        return true;
    }

    private static boolean databases(Catalog catalog, DescribeCommand.Call call) {
        CatalogQuery query = new CatalogQuery("""
                SELECT d.datname as "Name",
                       pg_catalog.pg_get_userbyid(d.datdba) as "Owner",
                       pg_catalog.pg_encoding_to_char(d.encoding) as "Encoding",
                       d.datcollate as "Collate",
                       d.datctype as "Ctype",
                       d.daticulocale as "ICU Locale",
                       CASE d.datlocprovider WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' END AS "Locale Provider",
                """).append("       ").append(AccessLists.aclColumn("d.datacl"));
        if (call.verbose()) {
            // As psql 15.20 has it: members of pg_read_all_stats see every size (15.18's source lacks the OR).
            query.append("""
                    ,
                           CASE WHEN pg_catalog.has_database_privilege(d.datname, 'CONNECT')
                              OR pg_catalog.pg_has_role('pg_read_all_stats', 'USAGE')
                                THEN pg_catalog.pg_size_pretty(pg_catalog.pg_database_size(d.datname))
                                ELSE 'No Access'
                           END as "Size",
                           t.spcname as "Tablespace",
                           pg_catalog.shobj_description(d.oid, 'pg_database') as "Description\"""");
        }
        query.append("\nFROM pg_catalog.pg_database d\n");
        if (call.verbose()) {
            query.append("  JOIN pg_catalog.pg_tablespace t on d.dattablespace = t.oid\n");
        }
        query.pattern(catalog, call.pattern(), false, null, "d.datname", null, null, 1);
        query.append("ORDER BY 1;");
        catalog.list(query, "List of databases");
        return true;
    }
}

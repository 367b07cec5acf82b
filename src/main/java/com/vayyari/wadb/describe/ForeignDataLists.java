package com.vayyari.wadb.describe;

import static com.vayyari.wadb.describe.DescribeCommand.Names.NONE;
import static com.vayyari.wadb.describe.DescribeCommand.Names.TABLE;

import java.util.List;

/**
 * {@code \des}, {@code \dew}, {@code \deu} and {@code \det}: psql's listForeignServers, listForeignDataWrappers,
 * listUserMappings and listForeignTables.
 */
final class ForeignDataLists {

    static final List<DescribeCommand> COMMANDS = List.of(
            new DescribeCommand("des", "S+", "\\des[+] [PATTERN]", "list foreign servers", NONE, 1, ForeignDataLists::servers),
            new DescribeCommand("det", "S+", "\\det[+] [PATTERN]", "list foreign tables", TABLE, 1, ForeignDataLists::tables),
            new DescribeCommand("deu", "S+", "\\deu[+] [PATTERN]", "list user mappings", NONE, 1,
                    ForeignDataLists::userMappings),
            new DescribeCommand("dew", "S+", "\\dew[+] [PATTERN]", "list foreign-data wrappers", NONE, 1,
                    ForeignDataLists::wrappers));

    /** psql's rendering of generic options: {@code (name 'value', …)}, empty when there are none. */
    private static final String OPTIONS = "CASE WHEN %1$s IS NULL THEN '' ELSE "
            + "  '(' || pg_catalog.array_to_string(ARRAY(SELECT "
            + "  pg_catalog.quote_ident(option_name) ||  ' ' || "
            + "  pg_catalog.quote_literal(option_value)  FROM "
            + "  pg_catalog.pg_options_to_table(%1$s)),  ', ') || ')' "
            + "  END AS \"FDW options\"";

    private ForeignDataLists() {
    }

    /** psql's listForeignDataWrappers. */
    private static boolean wrappers(Catalog catalog, DescribeCommand.Call call) {
        CatalogQuery query = new CatalogQuery("""
                SELECT fdw.fdwname AS "Name",
                  pg_catalog.pg_get_userbyid(fdw.fdwowner) AS "Owner",
                  fdw.fdwhandler::pg_catalog.regproc AS "Handler",
                  fdw.fdwvalidator::pg_catalog.regproc AS "Validator\"""");
        if (call.verbose()) {
            query.append(",\n  " + ServerObjectLists.ACCESS_PRIVILEGES.formatted("fdwacl") + ",\n "
                    + OPTIONS.formatted("fdwoptions") + ",\n  d.description AS \"Description\" ");
        }
        query.append("\nFROM pg_catalog.pg_foreign_data_wrapper fdw\n");
        if (call.verbose()) {
            query.append("LEFT JOIN pg_catalog.pg_description d\n"
                    + "       ON d.classoid = fdw.tableoid AND d.objoid = fdw.oid AND d.objsubid = 0\n");
        }
        query.pattern(catalog, call.pattern(), false, null, "fdwname", null, null, 1);
        query.append("ORDER BY 1;");
        catalog.list(query, "List of foreign-data wrappers");
        return true;
    }

    /** psql's listForeignServers. */
    private static boolean servers(Catalog catalog, DescribeCommand.Call call) {
        CatalogQuery query = new CatalogQuery("""
                SELECT s.srvname AS "Name",
                  pg_catalog.pg_get_userbyid(s.srvowner) AS "Owner",
                  f.fdwname AS "Foreign-data wrapper\"""");
        if (call.verbose()) {
            query.append(",\n  " + ServerObjectLists.ACCESS_PRIVILEGES.formatted("s.srvacl") + """
                    ,
                      s.srvtype AS "Type",
                      s.srvversion AS "Version",
                    """ + "  " + OPTIONS.formatted("srvoptions") + ",\n  d.description AS \"Description\"");
        }
        query.append("""

                FROM pg_catalog.pg_foreign_server s
                     JOIN pg_catalog.pg_foreign_data_wrapper f ON f.oid=s.srvfdw
                """);
        if (call.verbose()) {
            query.append("LEFT JOIN pg_catalog.pg_description d\n       "
                    + "ON d.classoid = s.tableoid AND d.objoid = s.oid AND d.objsubid = 0\n");
        }
        query.pattern(catalog, call.pattern(), false, null, "s.srvname", null, null, 1);
        query.append("ORDER BY 1;");
        catalog.list(query, "List of foreign servers");
        return true;
    }

    /** psql's listUserMappings: the pattern matches the server or the user. */
    private static boolean userMappings(Catalog catalog, DescribeCommand.Call call) {
        CatalogQuery query = new CatalogQuery("SELECT um.srvname AS \"Server\",\n  um.usename AS \"User name\"");
        if (call.verbose()) {
            query.append(",\n " + OPTIONS.formatted("umoptions"));
        }
        query.append("\nFROM pg_catalog.pg_user_mappings um\n");
        query.pattern(catalog, call.pattern(), false, null, "um.srvname", "um.usename", null, 1);
        query.append("ORDER BY 1, 2;");
        catalog.list(query, "List of user mappings");
        return true;
    }

    /** psql's listForeignTables. */
    private static boolean tables(Catalog catalog, DescribeCommand.Call call) {
        CatalogQuery query = new CatalogQuery("""
                SELECT n.nspname AS "Schema",
                  c.relname AS "Table",
                  s.srvname AS "Server\"""");
        if (call.verbose()) {
            query.append(",\n " + OPTIONS.formatted("ftoptions") + ",\n  d.description AS \"Description\"");
        }
        query.append("""

                FROM pg_catalog.pg_foreign_table ft
                  INNER JOIN pg_catalog.pg_class c ON c.oid = ft.ftrelid
                  INNER JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                  INNER JOIN pg_catalog.pg_foreign_server s ON s.oid = ft.ftserver
                """);
        if (call.verbose()) {
            query.append("   LEFT JOIN pg_catalog.pg_description d\n"
                    + "          ON d.classoid = c.tableoid AND d.objoid = c.oid AND d.objsubid = 0\n");
        }
        query.pattern(catalog, call.pattern(), false, "n.nspname", "c.relname", null,
                "pg_catalog.pg_table_is_visible(c.oid)", 3);
        query.append("ORDER BY 1, 2;");
        catalog.list(query, "List of foreign tables");
        return true;
    }
}

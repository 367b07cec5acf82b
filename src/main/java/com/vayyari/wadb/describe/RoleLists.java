package com.vayyari.wadb.describe;

import static com.vayyari.wadb.describe.DescribeCommand.Names.ROLE;

import java.util.ArrayList;
import java.util.List;

/** {@code \du} and {@code \dg} (psql's describeRoles), and {@code \drds} (listDbRoleSettings). */
final class RoleLists {

    static final List<DescribeCommand> COMMANDS = List.of(
            new DescribeCommand("dg", "S+", "\\dg[S+] [PATTERN]", "list roles", ROLE, 1, RoleLists::roles),
            new DescribeCommand("drds", "S+", "\\drds [ROLEPTRN [DBPTRN]]", "list per-database role settings", ROLE, 2,
                    RoleLists::settings),
            new DescribeCommand("du", "S+", "\\du[S+] [PATTERN]", "list roles", ROLE, 1, RoleLists::roles));

    /** The columns of the roles query, by position, as psql reads them. */
    private static final int NAME = 0;
    private static final int SUPERUSER = 1;
    private static final int INHERIT = 2;
    private static final int CREATE_ROLE = 3;
    private static final int CREATE_DB = 4;
    private static final int LOGIN = 5;
    private static final int CONNECTION_LIMIT = 6;
    private static final int VALID_UNTIL = 7;
    private static final int MEMBER_OF = 8;
    /** With {@code +} only; the flags psql reads next follow it. */
    private static final int DESCRIPTION = 9;

    private RoleLists() {
    }

    private static boolean roles(Catalog catalog, DescribeCommand.Call call) {
        String pattern = call.pattern();
        boolean verbose = call.verbose();
        CatalogQuery query = new CatalogQuery("""
                SELECT r.rolname, r.rolsuper, r.rolinherit,
                  r.rolcreaterole, r.rolcreatedb, r.rolcanlogin,
                  r.rolconnlimit, r.rolvaliduntil,
                  ARRAY(SELECT b.rolname
                        FROM pg_catalog.pg_auth_members m
                        JOIN pg_catalog.pg_roles b ON (m.roleid = b.oid)
                        WHERE m.member = r.oid) as memberof""");
        if (verbose) {
            query.append("\n, pg_catalog.shobj_description(r.oid, 'pg_authid') AS description");
        }
        query.append("\n, r.rolreplication\n, r.rolbypassrls\nFROM pg_catalog.pg_roles r\n");
        if (!call.system() && pattern == null) {
            query.append("WHERE r.rolname !~ '^pg_'\n");
        }
        // Roles have no schema: any schema part of the pattern is refused as a dotted name.
        query.pattern(catalog, pattern, false, null, "r.rolname", null, null, 1);
        query.append("ORDER BY 1;");
        List<String[]> found = catalog.rows(query);
        int replication = verbose ? DESCRIPTION + 1 : DESCRIPTION;
        List<String[]> rows = new ArrayList<>();
        for (String[] role : found) {
            List<String> attributes = new ArrayList<>();
            addIf(attributes, RelationInfo.isTrue(role[SUPERUSER]), "Superuser");
            addIf(attributes, !RelationInfo.isTrue(role[INHERIT]), "No inheritance");
            addIf(attributes, RelationInfo.isTrue(role[CREATE_ROLE]), "Create role");
            addIf(attributes, RelationInfo.isTrue(role[CREATE_DB]), "Create DB");
            addIf(attributes, !RelationInfo.isTrue(role[LOGIN]), "Cannot login");
            addIf(attributes, RelationInfo.isTrue(role[replication]), "Replication");
            addIf(attributes, RelationInfo.isTrue(role[replication + 1]), "Bypass RLS");
            // The flags share a line; the connection limit and expiry each get their own.
            StringBuilder cell = new StringBuilder(String.join(", ", attributes));
            int connections = Integer.parseInt(role[CONNECTION_LIMIT]);
            if (connections >= 0) {
                newLineUnlessEmpty(cell).append(connections == 0 ? "No connections"
                        : connections == 1 ? "1 connection" : connections + " connections");
            }
            if (role[VALID_UNTIL] != null) {
                newLineUnlessEmpty(cell).append("Password valid until ").append(role[VALID_UNTIL]);
            }
            rows.add(verbose ? new String[] {role[NAME], cell.toString(), role[MEMBER_OF], role[DESCRIPTION]}
                    : new String[] {role[NAME], cell.toString(), role[MEMBER_OF]});
        }
        List<String> headers = verbose ? List.of("Role name", "Attributes", "Member of", "Description")
                : List.of("Role name", "Attributes", "Member of");
        catalog.table("List of roles", headers, rows, List.of());
        return true;
    }

    /** A boolean column as the server's text sends it. */

    private static void addIf(List<String> attributes, boolean condition, String attribute) {
        if (condition) {
            attributes.add(attribute);
        }
    }

    private static StringBuilder newLineUnlessEmpty(StringBuilder cell) {
        return cell.isEmpty() ? cell : cell.append('\n');
    }

    private static boolean settings(Catalog catalog, DescribeCommand.Call call) {
        String rolePattern = call.pattern();
        String databasePattern = call.pattern2();
        CatalogQuery query = new CatalogQuery("""
                SELECT rolname AS "Role", datname AS "Database",
                pg_catalog.array_to_string(setconfig, E'\\n') AS "Settings"
                FROM pg_catalog.pg_db_role_setting s
                LEFT JOIN pg_catalog.pg_database d ON d.oid = setdatabase
                LEFT JOIN pg_catalog.pg_roles r ON r.oid = setrole
                """);
        query.pattern(catalog, rolePattern, false, null, "r.rolname", null, null, 1);
        query.pattern(catalog, databasePattern, false, null, "d.datname", null, null, 1);
        query.append("ORDER BY 1, 2;");
        Catalog.Result result = catalog.query(query);
        if (result.isEmpty() && !catalog.session().options().quiet()) {
            // psql's exception to printing an empty table: the two patterns are easily confused.
            if (rolePattern != null && databasePattern != null) {
                catalog.error("Did not find any settings for role \"" + rolePattern + "\" and database \""
                        + databasePattern + "\".");
            } else if (rolePattern != null) {
                catalog.error("Did not find any settings for role \"" + rolePattern + "\".");
            } else {
                catalog.error("Did not find any settings.");
            }
            return true;
        }
        catalog.print(result, "List of settings");
        return true;
    }
}

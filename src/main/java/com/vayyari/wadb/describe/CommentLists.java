package com.vayyari.wadb.describe;

import static com.vayyari.wadb.describe.DescribeCommand.Names.NONE;

import java.util.List;

/**
 * {@code \dd}: psql's objectDescription, the comments on the objects no other list shows them for (constraints,
 * operator classes and families, rules, triggers).
 */
final class CommentLists {

    static final List<DescribeCommand> COMMANDS = List.of(
            new DescribeCommand("dd", "S+", "\\dd[S]  [PATTERN]", "show object descriptions not displayed elsewhere", NONE, 1,
                    CommentLists::comments));

    /** What the branches without a WHERE of their own add (as a WHERE, or within their last JOIN's ON). */
    private static final String USER_SCHEMAS = "n.nspname <> 'pg_catalog'\n      AND n.nspname <> 'information_schema'\n";

    private CommentLists() {
    }

    /**
     * One SELECT of the UNION: its text up to its filter, and the pattern's columns and visibility rule.
     * {@code andFollows}: the text ends in its own WHERE or in a JOIN whose ON psql extends, so conditions start
     * with AND; otherwise the user-schema filter (or the pattern) starts a WHERE.
     */
    private record Branch(String select, String nameColumn, String visibility, boolean andFollows) {
    }

    private static final List<Branch> BRANCHES = List.of(
            new Branch("""
                      SELECT pgc.oid as oid, pgc.tableoid AS tableoid,
                      n.nspname as nspname,
                      CAST(pgc.conname AS pg_catalog.text) as name,  CAST('table constraint' AS pg_catalog.text) as object
                      FROM pg_catalog.pg_constraint pgc
                        JOIN pg_catalog.pg_class c ON c.oid = pgc.conrelid
                        LEFT JOIN pg_catalog.pg_namespace n     ON n.oid = c.relnamespace
                    """, "pgc.conname", "pg_catalog.pg_table_is_visible(c.oid)", false),
            new Branch("""
                    UNION ALL
                      SELECT pgc.oid as oid, pgc.tableoid AS tableoid,
                      n.nspname as nspname,
                      CAST(pgc.conname AS pg_catalog.text) as name,  CAST('domain constraint' AS pg_catalog.text) as object
                      FROM pg_catalog.pg_constraint pgc
                        JOIN pg_catalog.pg_type t ON t.oid = pgc.contypid
                        LEFT JOIN pg_catalog.pg_namespace n     ON n.oid = t.typnamespace
                    """, "pgc.conname", "pg_catalog.pg_type_is_visible(t.oid)", false),
            new Branch("""
                    UNION ALL
                      SELECT o.oid as oid, o.tableoid as tableoid,
                      n.nspname as nspname,
                      CAST(o.opcname AS pg_catalog.text) as name,
                      CAST('operator class' AS pg_catalog.text) as object
                      FROM pg_catalog.pg_opclass o
                        JOIN pg_catalog.pg_am am ON o.opcmethod = am.oid
                        JOIN pg_catalog.pg_namespace n ON n.oid = o.opcnamespace
                    """, "o.opcname", "pg_catalog.pg_opclass_is_visible(o.oid)", true),
            new Branch("""
                    UNION ALL
                      SELECT opf.oid as oid, opf.tableoid as tableoid,
                      n.nspname as nspname,
                      CAST(opf.opfname AS pg_catalog.text) AS name,
                      CAST('operator family' AS pg_catalog.text) as object
                      FROM pg_catalog.pg_opfamily opf
                        JOIN pg_catalog.pg_am am ON opf.opfmethod = am.oid
                        JOIN pg_catalog.pg_namespace n ON opf.opfnamespace = n.oid
                    """, "opf.opfname", "pg_catalog.pg_opfamily_is_visible(opf.oid)", true),
            new Branch("""
                    UNION ALL
                      SELECT r.oid as oid, r.tableoid as tableoid,
                      n.nspname as nspname,
                      CAST(r.rulename AS pg_catalog.text) as name,  CAST('rule' AS pg_catalog.text) as object
                      FROM pg_catalog.pg_rewrite r
                           JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
                           LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                      WHERE r.rulename != '_RETURN'
                    """, "r.rulename", "pg_catalog.pg_table_is_visible(c.oid)", true),
            new Branch("""
                    UNION ALL
                      SELECT t.oid as oid, t.tableoid as tableoid,
                      n.nspname as nspname,
                      CAST(t.tgname AS pg_catalog.text) as name,  CAST('trigger' AS pg_catalog.text) as object
                      FROM pg_catalog.pg_trigger t
                           JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
                           LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                    """, "t.tgname", "pg_catalog.pg_table_is_visible(c.oid)", false));

    private static boolean comments(Catalog catalog, DescribeCommand.Call call) {
        String pattern = call.pattern();
        boolean userOnly = !call.system() && pattern == null;
        CatalogQuery query = new CatalogQuery("SELECT DISTINCT tt.nspname AS \"Schema\", tt.name AS \"Name\", "
                + "tt.object AS \"Object\", d.description AS \"Description\"\nFROM (\n");
        for (Branch branch : BRANCHES) {
            query.append(branch.select());
            query.branch(branch.andFollows() || userOnly);
            if (userOnly) {
                query.append((branch.andFollows() ? "      AND " : "WHERE ") + USER_SCHEMAS);
            }
            query.pattern(catalog, pattern, false, "n.nspname", branch.nameColumn(), null, branch.visibility(), 3);
        }
        query.append(") AS tt\n  JOIN pg_catalog.pg_description d ON (tt.oid = d.objoid AND tt.tableoid = d.classoid "
                + "AND d.objsubid = 0)\nORDER BY 1, 2, 3;");
        catalog.list(query, "Object descriptions");
        return true;
    }
}

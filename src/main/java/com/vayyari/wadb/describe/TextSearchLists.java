package com.vayyari.wadb.describe;

import static com.vayyari.wadb.describe.DescribeCommand.Names.NONE;

import java.util.List;

/**
 * {@code \dF}, {@code \dFd}, {@code \dFp} and {@code \dFt}: psql's listTSConfigs, listTSDictionaries, listTSParsers
 * and listTSTemplates. The detailed forms of {@code \dF+} and {@code \dFp+} are in {@link TextSearchDetails}.
 */
final class TextSearchLists {

    static final List<DescribeCommand> COMMANDS = List.of(
            // psql takes \dFS for an unknown command, and \dFdS for \dFd: only + follows dF itself
            new DescribeCommand("dF", "+", "\\dF[+]  [PATTERN]", "list text search configurations", NONE, 1,
                    TextSearchLists::configurations),
            new DescribeCommand("dFd", "S+", "\\dFd[+] [PATTERN]", "list text search dictionaries", NONE, 1,
                    TextSearchLists::dictionaries),
            new DescribeCommand("dFp", "S+", "\\dFp[+] [PATTERN]", "list text search parsers", NONE, 1,
                    TextSearchLists::parsers),
            new DescribeCommand("dFt", "S+", "\\dFt[+] [PATTERN]", "list text search templates", NONE, 1,
                    TextSearchLists::templates));

    private TextSearchLists() {
    }

    /** psql's listTSConfigs. */
    private static boolean configurations(Catalog catalog, DescribeCommand.Call call) {
        if (call.verbose()) {
            return TextSearchDetails.configurations(catalog, call.pattern());
        }
        CatalogQuery query = new CatalogQuery("""
                SELECT
                   n.nspname as "Schema",
                   c.cfgname as "Name",
                   pg_catalog.obj_description(c.oid, 'pg_ts_config') as "Description"
                FROM pg_catalog.pg_ts_config c
                LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace
                """);
        query.pattern(catalog, call.pattern(), false, "n.nspname", "c.cfgname", null,
                "pg_catalog.pg_ts_config_is_visible(c.oid)", 3);
        query.append("ORDER BY 1, 2;");
        catalog.list(query, "List of text search configurations");
        return true;
    }

    /** psql's listTSDictionaries. */
    private static boolean dictionaries(Catalog catalog, DescribeCommand.Call call) {
        CatalogQuery query = new CatalogQuery("""
                SELECT
                  n.nspname as "Schema",
                  d.dictname as "Name",
                """);
        if (call.verbose()) {
            query.append("""
                      ( SELECT COALESCE(nt.nspname, '(null)')::pg_catalog.text || '.' || t.tmplname FROM
                        pg_catalog.pg_ts_template t
                        LEFT JOIN pg_catalog.pg_namespace nt ON nt.oid = t.tmplnamespace
                        WHERE d.dicttemplate = t.oid ) AS  "Template",
                      d.dictinitoption as "Init options",
                    """);
        }
        query.append("""
                  pg_catalog.obj_description(d.oid, 'pg_ts_dict') as "Description"
                FROM pg_catalog.pg_ts_dict d
                LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.dictnamespace
                """);
        query.pattern(catalog, call.pattern(), false, "n.nspname", "d.dictname", null,
                "pg_catalog.pg_ts_dict_is_visible(d.oid)", 3);
        query.append("ORDER BY 1, 2;");
        catalog.list(query, "List of text search dictionaries");
        return true;
    }

    /** psql's listTSParsers. */
    private static boolean parsers(Catalog catalog, DescribeCommand.Call call) {
        if (call.verbose()) {
            return TextSearchDetails.parsers(catalog, call.pattern());
        }
        CatalogQuery query = new CatalogQuery("""
                SELECT
                  n.nspname as "Schema",
                  p.prsname as "Name",
                  pg_catalog.obj_description(p.oid, 'pg_ts_parser') as "Description"
                FROM pg_catalog.pg_ts_parser p
                LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.prsnamespace
                """);
        query.pattern(catalog, call.pattern(), false, "n.nspname", "p.prsname", null,
                "pg_catalog.pg_ts_parser_is_visible(p.oid)", 3);
        query.append("ORDER BY 1, 2;");
        catalog.list(query, "List of text search parsers");
        return true;
    }

    /** psql's listTSTemplates: with +, the init and lexize functions too. */
    private static boolean templates(Catalog catalog, DescribeCommand.Call call) {
        CatalogQuery query = new CatalogQuery("SELECT\n  n.nspname AS \"Schema\",\n  t.tmplname AS \"Name\",\n");
        if (call.verbose()) {
            query.append("  t.tmplinit::pg_catalog.regproc AS \"Init\",\n"
                    + "  t.tmpllexize::pg_catalog.regproc AS \"Lexize\",\n");
        }
        query.append("""
                  pg_catalog.obj_description(t.oid, 'pg_ts_template') AS "Description"
                FROM pg_catalog.pg_ts_template t
                LEFT JOIN pg_catalog.pg_namespace n ON n.oid = t.tmplnamespace
                """);
        query.pattern(catalog, call.pattern(), false, "n.nspname", "t.tmplname", null,
                "pg_catalog.pg_ts_template_is_visible(t.oid)", 3);
        query.append("ORDER BY 1, 2;");
        catalog.list(query, "List of text search templates");
        return true;
    }
}

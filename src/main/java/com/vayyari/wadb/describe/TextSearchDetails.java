package com.vayyari.wadb.describe;

import com.vayyari.wadb.output.Column;
import java.util.List;

/**
 * {@code \dF+} and {@code \dFp+}: psql's listTSConfigsVerbose and listTSParsersVerbose, which print one table
 * (two for a parser) for each configuration or parser the pattern matches.
 */
final class TextSearchDetails {

    private TextSearchDetails() {
    }

    /** psql's listTSConfigsVerbose: each configuration's token types and their dictionaries. */
    static boolean configurations(Catalog catalog, String pattern) {
        CatalogQuery query = new CatalogQuery("""
                SELECT c.oid, c.cfgname,
                   n.nspname,
                   p.prsname,
                   np.nspname as pnspname
                FROM pg_catalog.pg_ts_config c
                   LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace,
                 pg_catalog.pg_ts_parser p
                   LEFT JOIN pg_catalog.pg_namespace np ON np.oid = p.prsnamespace
                WHERE  p.oid = c.cfgparser
                """).whereStarted();
        query.pattern(catalog, pattern, false, "n.nspname", "c.cfgname", null,
                "pg_catalog.pg_ts_config_is_visible(c.oid)", 3);
        query.append("ORDER BY 3, 2;");
        List<String[]> configurations = catalog.rows(query);
        if (configurations.isEmpty()) {
            return NoMatch.fail(catalog, pattern, "text search configuration");
        }
        for (String[] configuration : configurations) {
            CatalogQuery mapping = new CatalogQuery("""
                    SELECT
                      ( SELECT t.alias FROM
                        pg_catalog.ts_token_type(c.cfgparser) AS t
                        WHERE t.tokid = m.maptokentype ) AS "Token",
                      pg_catalog.btrim(
                        ARRAY( SELECT mm.mapdict::pg_catalog.regdictionary
                               FROM pg_catalog.pg_ts_config_map AS mm
                               WHERE mm.mapcfg = m.mapcfg AND mm.maptokentype = m.maptokentype
                               ORDER BY mapcfg, maptokentype, mapseqno
                        ) :: pg_catalog.text,
                      '{}') AS "Dictionaries"
                    FROM pg_catalog.pg_ts_config AS c, pg_catalog.pg_ts_config_map AS m
                    WHERE c.oid =\s""").bindOid(configuration[0]).append("""
                     AND m.mapcfg = c.oid
                    GROUP BY m.mapcfg, m.maptokentype, c.cfgparser
                    ORDER BY 1;""");
            String title = "Text search configuration " + qualified(configuration[2], configuration[1])
                    + "\nParser: " + qualified(configuration[4], configuration[3]);
            printWithoutCount(catalog, catalog.query(mapping), title);
        }
        return true;
    }

    /** psql's listTSParsersVerbose: each parser's functions, then its token types. */
    static boolean parsers(Catalog catalog, String pattern) {
        CatalogQuery query = new CatalogQuery("""
                SELECT p.oid,
                  n.nspname,
                  p.prsname
                FROM pg_catalog.pg_ts_parser p
                LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.prsnamespace
                """);
        query.pattern(catalog, pattern, false, "n.nspname", "p.prsname", null,
                "pg_catalog.pg_ts_parser_is_visible(p.oid)", 3);
        query.append("ORDER BY 1, 2;");
        List<String[]> parsers = catalog.rows(query);
        if (parsers.isEmpty()) {
            return NoMatch.fail(catalog, pattern, "text search parser");
        }
        for (String[] parser : parsers) {
            describeParser(catalog, parser[0], qualified(parser[1], parser[2]));
        }
        return true;
    }

    private static void describeParser(Catalog catalog, String oid, String name) {
        CatalogQuery methods = new CatalogQuery("");
        String[][] steps = {{"Start parse", "prsstart"}, {"Get next token", "prstoken"}, {"End parse", "prsend"},
                {"Get headline", "prsheadline"}, {"Get token types", "prslextype"}};
        for (int i = 0; i < steps.length; i++) {
            String method = steps[i][0];
            String column = "p." + steps[i][1];
            methods.append(i == 0 ? "SELECT '" + method + "' AS \"Method\",\n" : "UNION ALL\nSELECT '" + method + "',\n")
                    .append("   " + column + "::pg_catalog.regproc" + (i == 0 ? " AS \"Function\"" : "") + ",\n")
                    .append("   pg_catalog.obj_description(" + column + ", 'pg_proc')"
                            + (i == 0 ? " as \"Description\"" : "") + "\n")
                    .append(" FROM pg_catalog.pg_ts_parser p\n WHERE p.oid = ").bindOid(oid)
                    .append(i == steps.length - 1 ? ";" : "\n");
        }
        printWithoutCount(catalog, catalog.query(methods), "Text search parser " + name);
        CatalogQuery tokens = new CatalogQuery("""
                SELECT t.alias as "Token name",
                  t.description as "Description"
                FROM pg_catalog.ts_token_type(\s""").bind(oid).append("::pg_catalog.oid ) as t\nORDER BY 1;");
        Catalog.Result types = catalog.query(tokens);
        // psql turns the row count on for this table even under \pset footer off
        int count = types.rows().size();
        catalog.table("Token types for parser " + name, types.columns().stream().map(Column::name).toList(),
                types.rows(), List.of("(" + count + (count == 1 ? " row)" : " rows)")));
    }

    /** {@code "schema.name"}, or {@code "name"} when the schema is unknown, as psql's titles quote them. */
    private static String qualified(String schema, String name) {
        return "\"" + (schema == null ? "" : schema + ".") + name + "\"";
    }

    /** psql's printQuery with the row count footer off: the result with its title and nothing below. */
    private static void printWithoutCount(Catalog catalog, Catalog.Result result, String title) {
        catalog.table(title, result.columns().stream().map(Column::name).toList(), result.rows(), List.of());
    }
}

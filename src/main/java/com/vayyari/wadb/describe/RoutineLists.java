package com.vayyari.wadb.describe;

import static com.vayyari.wadb.describe.DescribeCommand.Names.FUNCTION;

import java.util.List;

/** {@code \df} (psql's describeFunctions) and {@code \da} (describeAggregates). */
final class RoutineLists {

    /** psql reads at most FUNC_MAX_ARGS argument-type patterns after the name pattern. */
    private static final int MAX_ARGUMENT_PATTERNS = 100;

    static final List<DescribeCommand> COMMANDS = List.of(
            new DescribeCommand("da", "S+", "\\da[S]  [PATTERN]", "list aggregates", FUNCTION, 1, RoutineLists::aggregates),
            new DescribeCommand("df", "anptwS+", "\\df[anptw][S+] [FUNCPTRN [TYPEPTRN ...]]",
                    "list [only agg/normal/procedure/trigger/window] functions", FUNCTION, 1 + MAX_ARGUMENT_PATTERNS,
                    RoutineLists::functions));


    private RoutineLists() {
    }

    private static boolean aggregates(Catalog catalog, DescribeCommand.Call call) {
        String pattern = call.pattern();
        CatalogQuery query = new CatalogQuery("""
                SELECT n.nspname as "Schema",
                  p.proname AS "Name",
                  pg_catalog.format_type(p.prorettype, NULL) AS "Result data type",
                  CASE WHEN p.pronargs = 0
                    THEN CAST('*' AS pg_catalog.text)
                    ELSE pg_catalog.pg_get_function_arguments(p.oid)
                  END AS "Argument data types",
                  pg_catalog.obj_description(p.oid, 'pg_proc') as "Description"
                FROM pg_catalog.pg_proc p
                     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
                WHERE p.prokind = 'a'
                """).whereStarted();
        if (!call.system() && pattern == null) {
            query.append(CatalogQuery.USER_SCHEMAS);
        }
        query.pattern(catalog, pattern, false, "n.nspname", "p.proname", null,
                "pg_catalog.pg_function_is_visible(p.oid)", 3);
        query.append("ORDER BY 1, 2, 4;");
        catalog.list(query, "List of aggregate functions");
        return true;
    }

    private static boolean functions(Catalog catalog, DescribeCommand.Call call) {
        String kinds = call.name().substring("df".length());
        if (!kinds.chars().allMatch(ch -> "anptwS+".indexOf(ch) >= 0)) {
            catalog.error("\\df only takes [anptwS+] as options");  // psql says so and counts it a success
            return true;
        }
        boolean aggregate = kinds.indexOf('a') >= 0;
        boolean normal = kinds.indexOf('n') >= 0;
        boolean procedure = kinds.indexOf('p') >= 0;
        boolean trigger = kinds.indexOf('t') >= 0;
        boolean window = kinds.indexOf('w') >= 0;
        if (!(aggregate || normal || procedure || trigger || window)) {
            aggregate = normal = procedure = trigger = window = true;
        }
        String pattern = call.pattern();
        List<String> argumentPatterns = call.patterns().isEmpty() ? List.of() : call.patterns().subList(1, call.patterns().size());
        CatalogQuery query = new CatalogQuery("""
                SELECT n.nspname as "Schema",
                  p.proname as "Name",
                  pg_catalog.pg_get_function_result(p.oid) as "Result data type",
                  pg_catalog.pg_get_function_arguments(p.oid) as "Argument data types",
                 CASE p.prokind
                  WHEN 'a' THEN 'agg'
                  WHEN 'w' THEN 'window'
                  WHEN 'p' THEN 'proc'
                  ELSE 'func'
                 END as "Type\"""");
        if (call.verbose()) {
            query.append("""
                    ,
                     CASE
                      WHEN p.provolatile = 'i' THEN 'immutable'
                      WHEN p.provolatile = 's' THEN 'stable'
                      WHEN p.provolatile = 'v' THEN 'volatile'
                     END as "Volatility",
                     CASE
                      WHEN p.proparallel = 'r' THEN 'restricted'
                      WHEN p.proparallel = 's' THEN 'safe'
                      WHEN p.proparallel = 'u' THEN 'unsafe'
                     END as "Parallel",
                     pg_catalog.pg_get_userbyid(p.proowner) as "Owner",
                     CASE WHEN prosecdef THEN 'definer' ELSE 'invoker' END AS "Security\"""")
                    .append(",\n ").append(AccessLists.aclColumn("p.proacl")).append("""
                    ,
                     l.lanname as "Language",
                     COALESCE(pg_catalog.pg_get_function_sqlbody(p.oid), p.prosrc) as "Source code",
                     pg_catalog.obj_description(p.oid, 'pg_proc') as "Description\"""");
        }
        query.append("\nFROM pg_catalog.pg_proc p\n     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace\n");
        for (int i = 0; i < argumentPatterns.size(); i++) {
            TypeNames.joinArgumentType(query, i, "p.proargtypes[" + i + "]");
        }
        if (call.verbose()) {
            query.append("     LEFT JOIN pg_catalog.pg_language l ON l.oid = p.prolang\n");
        }
        if (aggregate && normal && procedure && trigger && window) {
            // every kind: no condition on the kind
        } else if (normal) {
            if (!aggregate) {
                kindCondition(query, "p.prokind <> 'a'\n");
            }
            if (!procedure) {
                kindCondition(query, "p.prokind <> 'p'\n");
            }
            if (!trigger) {
                kindCondition(query, "p.prorettype <> 'pg_catalog.trigger'::pg_catalog.regtype\n");
            }
            if (!window) {
                kindCondition(query, "p.prokind <> 'w'\n");
            }
        } else {
            query.append("WHERE (\n       ").whereStarted();
            String separator = "";
            if (aggregate) {
                query.append("p.prokind = 'a'\n");
                separator = "       OR ";
            }
            if (trigger) {
                query.append(separator + "p.prorettype = 'pg_catalog.trigger'::pg_catalog.regtype\n");
                separator = "       OR ";
            }
            if (procedure) {
                query.append(separator + "p.prokind = 'p'\n");
                separator = "       OR ";
            }
            if (window) {
                query.append(separator + "p.prokind = 'w'\n");
            }
            query.append("      )\n");
        }
        query.pattern(catalog, pattern, false, "n.nspname", "p.proname", null,
                "pg_catalog.pg_function_is_visible(p.oid)", 3);
        for (int i = 0; i < argumentPatterns.size(); i++) {
            TypeNames.argumentTypeCondition(catalog, query, i, argumentPatterns.get(i));
        }
        if (!call.system() && pattern == null) {
            query.append(CatalogQuery.USER_SCHEMAS);
        }
        query.append("ORDER BY 1, 2, 4;");
        catalog.list(query, "List of functions");
        return true;
    }

    /** One of the kind conditions of {@code \dfn…}: psql joins them with an indented AND. */
    private static void kindCondition(CatalogQuery query, String condition) {
        query.append(query.hasWhere() ? "      AND " : "WHERE ").whereStarted().append(condition);
    }
}

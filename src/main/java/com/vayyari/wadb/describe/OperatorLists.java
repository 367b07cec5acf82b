package com.vayyari.wadb.describe;

import static com.vayyari.wadb.describe.DescribeCommand.Names.NONE;

import java.util.List;

/** {@code \do}: psql's describeOperators, with its optional left and right argument-type patterns. */
final class OperatorLists {

    /** psql reads as many argument patterns as for {@code \df} and uses the first two. */
    private static final int MAX_ARGUMENT_PATTERNS = 100;

    static final List<DescribeCommand> COMMANDS = List.of(
            new DescribeCommand("do", "S+", "\\do[S+] [OPPTRN [TYPEPTRN [TYPEPTRN]]]", "list operators", NONE,
                    1 + MAX_ARGUMENT_PATTERNS, OperatorLists::operators));

    private OperatorLists() {
    }

    private static boolean operators(Catalog catalog, DescribeCommand.Call call) {
        String pattern = call.pattern();
        List<String> given = call.patterns().isEmpty() ? List.of() : call.patterns().subList(1, call.patterns().size());
        // Two patterns are the left and right argument types; one is the right one of a prefix operator.
        List<String> argumentPatterns = given.size() > 2 ? given.subList(0, 2) : given;
        // The coalesce falls back on the function's comment, for extensions that comment only that.
        CatalogQuery query = new CatalogQuery("""
                SELECT n.nspname as "Schema",
                  o.oprname AS "Name",
                  CASE WHEN o.oprkind='l' THEN NULL ELSE pg_catalog.format_type(o.oprleft, NULL) END AS "Left arg type",
                  CASE WHEN o.oprkind='r' THEN NULL ELSE pg_catalog.format_type(o.oprright, NULL) END AS "Right arg type",
                  pg_catalog.format_type(o.oprresult, NULL) AS "Result type",
                """);
        if (call.verbose()) {
            query.append("  o.oprcode AS \"Function\",\n");
        }
        query.append("""
                  coalesce(pg_catalog.obj_description(o.oid, 'pg_operator'),
                           pg_catalog.obj_description(o.oprcode, 'pg_proc')) AS "Description"
                FROM pg_catalog.pg_operator o
                     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace
                """);
        if (argumentPatterns.size() == 2) {
            TypeNames.joinArgumentType(query, 0, "o.oprleft");
            TypeNames.joinArgumentType(query, 1, "o.oprright");
        } else if (argumentPatterns.size() == 1) {
            TypeNames.joinArgumentType(query, 0, "o.oprright");
        }
        if (!call.system() && pattern == null) {
            query.append("WHERE n.nspname <> 'pg_catalog'\n      AND n.nspname <> 'information_schema'\n").whereStarted();
        }
        // Operator names are made of regex characters: psql quotes them all.
        query.pattern(catalog, pattern, true, "n.nspname", "o.oprname", null,
                "pg_catalog.pg_operator_is_visible(o.oid)", 3);
        if (argumentPatterns.size() == 1) {
            query.append("  AND o.oprleft = 0\n");
        }
        for (int i = 0; i < argumentPatterns.size(); i++) {
            TypeNames.argumentTypeCondition(catalog, query, i, argumentPatterns.get(i));
        }
        query.append("ORDER BY 1, 2, 3, 4;");
        catalog.list(query, "List of operators");
        return true;
    }
}

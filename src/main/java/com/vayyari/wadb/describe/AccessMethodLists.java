package com.vayyari.wadb.describe;

import static com.vayyari.wadb.describe.DescribeCommand.Names.ACCESS_METHOD;

import java.util.List;

/**
 * {@code \dA}, {@code \dAc}, {@code \dAf}, {@code \dAo} and {@code \dAp}: psql's describeAccessMethods,
 * listOperatorClasses, listOperatorFamilies, listOpFamilyOperators and listOpFamilyFunctions. All but {@code \dA}
 * read a second pattern (a type or an operator family) after the access method's.
 */
final class AccessMethodLists {

    static final List<DescribeCommand> COMMANDS = List.of(
            // psql takes \dAS for an unknown command, and \dAcS for \dAc: only + follows dA itself
            new DescribeCommand("dA", "+", "\\dA[+]  [PATTERN]", "list access methods", ACCESS_METHOD, 1,
                    AccessMethodLists::accessMethods),
            new DescribeCommand("dAc", "S+", "\\dAc[+] [AMPTRN [TYPEPTRN]]", "list operator classes", ACCESS_METHOD, 2,
                    AccessMethodLists::operatorClasses),
            new DescribeCommand("dAf", "S+", "\\dAf[+] [AMPTRN [TYPEPTRN]]", "list operator families", ACCESS_METHOD, 2,
                    AccessMethodLists::operatorFamilies),
            new DescribeCommand("dAo", "S+", "\\dAo[+] [AMPTRN [OPFPTRN]]", "list operators of operator families",
                    ACCESS_METHOD, 2, AccessMethodLists::familyOperators),
            new DescribeCommand("dAp", "S+", "\\dAp[+] [AMPTRN [OPFPTRN]]", "list support functions of operator families",
                    ACCESS_METHOD, 2, AccessMethodLists::familyFunctions));

    /** An operator family's name, schema-qualified when it is not visible; {@code %s}: the family and schema aliases. */
    private static final String FAMILY_NAME = "  CASE\n"
            + "    WHEN pg_catalog.pg_opfamily_is_visible(%1$s.oid)\n"
            + "    THEN pg_catalog.format('%%I', %1$s.opfname)\n"
            + "    ELSE pg_catalog.format('%%I.%%I', %2$s.nspname, %1$s.opfname)\n"
            + "  END AS \"%3$s\"";

    private AccessMethodLists() {
    }

    /** psql's describeAccessMethods. */
    private static boolean accessMethods(Catalog catalog, DescribeCommand.Call call) {
        CatalogQuery query = new CatalogQuery(
                "SELECT amname AS \"Name\",\n  CASE amtype WHEN 'i' THEN 'Index' WHEN 't' THEN 'Table' END AS \"Type\"");
        if (call.verbose()) {
            query.append(",\n  amhandler AS \"Handler\",\n  pg_catalog.obj_description(oid, 'pg_am') AS \"Description\"");
        }
        query.append("\nFROM pg_catalog.pg_am\n");
        query.pattern(catalog, call.pattern(), false, null, "amname", null, null, 1);
        query.append("ORDER BY 1;");
        catalog.list(query, "List of access methods");
        return true;
    }

    /** The condition on the access method's name, when a pattern names one. */
    private static void accessMethod(Catalog catalog, CatalogQuery query, String pattern) {
        if (pattern != null) {
            query.pattern(catalog, pattern, false, null, "am.amname", null, null, 1);
        }
    }

    /** psql's listOperatorClasses: the second pattern matches the input type by internal or SQL name. */
    private static boolean operatorClasses(Catalog catalog, DescribeCommand.Call call) {
        CatalogQuery query = new CatalogQuery("""
                SELECT
                  am.amname AS "AM",
                  pg_catalog.format_type(c.opcintype, NULL) AS "Input type",
                  CASE
                    WHEN c.opckeytype <> 0 AND c.opckeytype <> c.opcintype
                    THEN pg_catalog.format_type(c.opckeytype, NULL)
                    ELSE NULL
                  END AS "Storage type",
                  CASE
                    WHEN pg_catalog.pg_opclass_is_visible(c.oid)
                    THEN pg_catalog.format('%I', c.opcname)
                    ELSE pg_catalog.format('%I.%I', n.nspname, c.opcname)
                  END AS "Operator class",
                  (CASE WHEN c.opcdefault
                    THEN 'yes'
                    ELSE 'no'
                  END) AS "Default?\"""");
        if (call.verbose()) {
            query.append(",\n" + FAMILY_NAME.formatted("of", "ofn", "Operator family")
                    + ",\n pg_catalog.pg_get_userbyid(c.opcowner) AS \"Owner\"\n");
        }
        query.append("""

                FROM pg_catalog.pg_opclass c
                  LEFT JOIN pg_catalog.pg_am am on am.oid = c.opcmethod
                  LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.opcnamespace
                  LEFT JOIN pg_catalog.pg_type t ON t.oid = c.opcintype
                  LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace
                """);
        if (call.verbose()) {
            query.append("  LEFT JOIN pg_catalog.pg_opfamily of ON of.oid = c.opcfamily\n"
                    + "  LEFT JOIN pg_catalog.pg_namespace ofn ON ofn.oid = of.opfnamespace\n");
        }
        accessMethod(catalog, query, call.pattern());
        if (call.pattern2() != null) {
            query.pattern(catalog, call.pattern2(), false, "tn.nspname", "t.typname",
                    "pg_catalog.format_type(t.oid, NULL)", "pg_catalog.pg_type_is_visible(t.oid)", 3);
        }
        query.append("ORDER BY 1, 2, 4;");
        catalog.list(query, "List of operator classes");
        return true;
    }

    /** psql's listOperatorFamilies: the second pattern matches any input type of the family's classes. */
    private static boolean operatorFamilies(Catalog catalog, DescribeCommand.Call call) {
        CatalogQuery query = new CatalogQuery("SELECT\n  am.amname AS \"AM\",\n"
                + FAMILY_NAME.formatted("f", "n", "Operator family") + """
                ,
                  (SELECT
                     pg_catalog.string_agg(pg_catalog.format_type(oc.opcintype, NULL), ', ')
                   FROM pg_catalog.pg_opclass oc
                   WHERE oc.opcfamily = f.oid) "Applicable types\"""");
        if (call.verbose()) {
            query.append(",\n  pg_catalog.pg_get_userbyid(f.opfowner) AS \"Owner\"\n");
        }
        query.append("""

                FROM pg_catalog.pg_opfamily f
                  LEFT JOIN pg_catalog.pg_am am on am.oid = f.opfmethod
                  LEFT JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace
                """);
        accessMethod(catalog, query, call.pattern());
        if (call.pattern2() != null) {
            query.append("  " + (query.hasWhere() ? "AND" : "WHERE") + """
                     EXISTS (
                        SELECT 1
                        FROM pg_catalog.pg_type t
                        JOIN pg_catalog.pg_opclass oc ON oc.opcintype = t.oid
                        LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace
                        WHERE oc.opcfamily = f.oid
                    """).whereStarted();
            query.pattern(catalog, call.pattern2(), false, "tn.nspname", "t.typname",
                    "pg_catalog.format_type(t.oid, NULL)", "pg_catalog.pg_type_is_visible(t.oid)", 3);
            query.append("  )\n");
        }
        query.append("ORDER BY 1, 2;");
        catalog.list(query, "List of operator families");
        return true;
    }

    /** psql's listOpFamilyOperators: the second pattern names the operator family. */
    private static boolean familyOperators(Catalog catalog, DescribeCommand.Call call) {
        CatalogQuery query = new CatalogQuery("SELECT\n  am.amname AS \"AM\",\n"
                + FAMILY_NAME.formatted("of", "nsf", "Operator family") + """
                ,
                  o.amopopr::pg_catalog.regoperator AS "Operator"
                ,  o.amopstrategy AS "Strategy",
                  CASE o.amoppurpose
                    WHEN 'o' THEN 'ordering'
                    WHEN 's' THEN 'search'
                  END AS "Purpose"
                """);
        if (call.verbose()) {
            query.append(", ofs.opfname AS \"Sort opfamily\"\n");
        }
        query.append("""
                FROM pg_catalog.pg_amop o
                  LEFT JOIN pg_catalog.pg_opfamily of ON of.oid = o.amopfamily
                  LEFT JOIN pg_catalog.pg_am am ON am.oid = of.opfmethod AND am.oid = o.amopmethod
                  LEFT JOIN pg_catalog.pg_namespace nsf ON of.opfnamespace = nsf.oid
                """);
        if (call.verbose()) {
            query.append("  LEFT JOIN pg_catalog.pg_opfamily ofs ON ofs.oid = o.amopsortfamily\n");
        }
        accessMethod(catalog, query, call.pattern());
        if (call.pattern2() != null) {
            query.pattern(catalog, call.pattern2(), false, "nsf.nspname", "of.opfname", null, null, 3);
        }
        query.append("""
                ORDER BY 1, 2,
                  o.amoplefttype = o.amoprighttype DESC,
                  pg_catalog.format_type(o.amoplefttype, NULL),
                  pg_catalog.format_type(o.amoprighttype, NULL),
                  o.amopstrategy;""");
        catalog.list(query, "List of operators of operator families");
        return true;
    }

    /** psql's listOpFamilyFunctions: with +, each function with its argument types. */
    private static boolean familyFunctions(Catalog catalog, DescribeCommand.Call call) {
        CatalogQuery query = new CatalogQuery("SELECT\n  am.amname AS \"AM\",\n"
                + FAMILY_NAME.formatted("of", "ns", "Operator family") + """
                ,
                  pg_catalog.format_type(ap.amproclefttype, NULL) AS "Registered left type",
                  pg_catalog.format_type(ap.amprocrighttype, NULL) AS "Registered right type",
                  ap.amprocnum AS "Number"
                """);
        query.append(call.verbose() ? ", ap.amproc::pg_catalog.regprocedure AS \"Function\"\n"
                : ", p.proname AS \"Function\"\n");
        query.append("""
                FROM pg_catalog.pg_amproc ap
                  LEFT JOIN pg_catalog.pg_opfamily of ON of.oid = ap.amprocfamily
                  LEFT JOIN pg_catalog.pg_am am ON am.oid = of.opfmethod
                  LEFT JOIN pg_catalog.pg_namespace ns ON of.opfnamespace = ns.oid
                  LEFT JOIN pg_catalog.pg_proc p ON ap.amproc = p.oid
                """);
        accessMethod(catalog, query, call.pattern());
        if (call.pattern2() != null) {
            query.pattern(catalog, call.pattern2(), false, "ns.nspname", "of.opfname", null, null, 3);
        }
        query.append("ORDER BY 1, 2,\n  ap.amproclefttype = ap.amprocrighttype DESC,\n  3, 4, 5;");
        catalog.list(query, "List of support functions of operator families");
        return true;
    }
}

package com.vayyari.wadb.describe;

import static com.vayyari.wadb.describe.DescribeCommand.Names.RELATION;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code \d[S+] [PATTERN]}: psql's describeTableDetails. With no pattern, the list of relations; with one, each
 * relation it matches in psql's layout for its kind: a sequence's properties, or the columns of a table, view,
 * index, composite type or foreign table with the footers describing the rest.
 */
final class RelationDetails {

    static final List<DescribeCommand> COMMANDS = List.of(
            new DescribeCommand("d", "S+", "\\d[S+] [NAME]", "describe table, view, sequence, or index; list relations",
                    RELATION, 1, RelationDetails::describe));

    private RelationDetails() {
    }

    private static boolean describe(Catalog catalog, DescribeCommand.Call call) {
        if (call.pattern() == null) {
            return RelationLists.list(catalog, "tvmsE", null, call.verbose(), call.system());
        }
        return describe(catalog, call.pattern(), call.verbose(), call.system());
    }

    static boolean describe(Catalog catalog, String pattern, boolean verbose, boolean system) {
        CatalogQuery query = new CatalogQuery("SELECT c.oid,\n  n.nspname,\n  c.relname\nFROM pg_catalog.pg_class c\n"
                + "     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace\n");
        query.pattern(catalog, pattern, false, "n.nspname", "c.relname", null, "pg_catalog.pg_table_is_visible(c.oid)", 3);
        query.append("ORDER BY 2, 3;");
        List<String[]> found = catalog.rows(query);
        if (found.isEmpty()) {
            if (!catalog.session().options().quiet()) {
                catalog.error("Did not find any relation named \"" + pattern + "\".");
            }
            return false;
        }
        for (String[] relation : found) {
            if (!describeOne(catalog, relation[1], relation[2], relation[0], verbose)) {
                return false;
            }
        }
        return true;
    }

    private static boolean describeOne(Catalog catalog, String schema, String name, String oid, boolean verbose) {
        RelationInfo info = RelationInfo.load(catalog, schema, name, oid, verbose);
        if (info == null) {
            if (!catalog.session().options().quiet()) {
                catalog.error("Did not find any relation with OID " + oid + ".");
            }
            return false;
        }
        if (info.kind() == 'S') {
            return sequence(catalog, info);
        }
        ColumnsTable columns = ColumnsTable.load(catalog, info, verbose);
        List<String> footers = new ArrayList<>();
        if (!new RelationFooters(catalog, info, verbose, footers).add()) {
            return false;
        }
        catalog.table(info.title(), columns.headers(), columns.rows(), footers);
        return true;
    }

    /** A sequence: its properties as one row, and the column that owns it. */
    private static boolean sequence(Catalog catalog, RelationInfo info) {
        Catalog.Result properties = catalog.query("""
                SELECT pg_catalog.format_type(seqtypid, NULL) AS "Type",
                       seqstart AS "Start",
                       seqmin AS "Minimum",
                       seqmax AS "Maximum",
                       seqincrement AS "Increment",
                       CASE WHEN seqcycle THEN 'yes' ELSE 'no' END AS "Cycles?",
                       seqcache AS "Cache"
                FROM pg_catalog.pg_sequence
                WHERE seqrelid = ?::pg_catalog.oid;""", List.of(info.oid()));
        List<String[]> owner = catalog.rows("""
                SELECT pg_catalog.quote_ident(nspname) || '.' ||
                   pg_catalog.quote_ident(relname) || '.' ||
                   pg_catalog.quote_ident(attname),
                   d.deptype
                FROM pg_catalog.pg_class c
                INNER JOIN pg_catalog.pg_depend d ON c.oid=d.refobjid
                INNER JOIN pg_catalog.pg_namespace n ON n.oid=c.relnamespace
                INNER JOIN pg_catalog.pg_attribute a ON (
                 a.attrelid=c.oid AND
                 a.attnum=d.refobjsubid)
                WHERE d.classid='pg_catalog.pg_class'::pg_catalog.regclass
                 AND d.refclassid='pg_catalog.pg_class'::pg_catalog.regclass
                 AND d.objid=?::pg_catalog.oid
                 AND d.deptype IN ('a', 'i')""", List.of(info.oid()));
        List<String> footers = new ArrayList<>();
        if (owner.size() == 1) {  // psql shows nothing when there are several, which should not happen
            footers.add((owner.get(0)[1].equals("a") ? "Owned by: " : "Sequence for identity column: ") + owner.get(0)[0]);
        }
        catalog.printWithFooters(properties, info.title(), footers);
        return true;
    }
}

package com.vayyari.wadb.describe;

import java.util.List;

/** The parents a table inherits from and its children or partitions, as {@code \d NAME} lists them. */
final class InheritanceFooters {

    private InheritanceFooters() {
    }

    static void add(Catalog catalog, RelationInfo info, boolean verbose, List<String> footers) {
        List<String> oid = List.of(info.oid());
        List<String[]> parents = catalog.rows("SELECT c.oid::pg_catalog.regclass\n"
                + "FROM pg_catalog.pg_class c, pg_catalog.pg_inherits i\n"
                + "WHERE c.oid = i.inhparent AND i.inhrelid = ?::pg_catalog.oid\n"
                + "  AND c.relkind != 'p' AND c.relkind != 'I'\nORDER BY inhseqno;", oid);
        for (int i = 0; i < parents.size(); i++) {
            footers.add(listLine("Inherits", i, parents.get(i)[0]) + (i < parents.size() - 1 ? "," : ""));
        }
        List<String[]> children = catalog.rows("SELECT c.oid::pg_catalog.regclass, c.relkind, inhdetachpending, "
                + "pg_catalog.pg_get_expr(c.relpartbound, c.oid)\n"
                + "FROM pg_catalog.pg_class c, pg_catalog.pg_inherits i\n"
                + "WHERE c.oid = i.inhrelid AND i.inhparent = ?::pg_catalog.oid\n"
                + "ORDER BY pg_catalog.pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT', "
                + "c.oid::pg_catalog.regclass::pg_catalog.text;", oid);
        boolean partitioned = info.is('p', 'I');
        if (partitioned && children.isEmpty()) {
            footers.add("Number of partitions: 0");
        } else if (!verbose) {
            if (!children.isEmpty()) {
                footers.add((partitioned ? "Number of partitions: " : "Number of child tables: ") + children.size()
                        + " (Use \\d+ to list them.)");
            }
        } else {
            String heading = partitioned ? "Partitions" : "Child tables";
            for (int i = 0; i < children.size(); i++) {
                String[] child = children.get(i);
                StringBuilder line = new StringBuilder(listLine(heading, i, child[0]));
                if (child[3] != null) {
                    line.append(' ').append(child[3]);
                }
                if (child[1].equals("p") || child[1].equals("I")) {
                    line.append(", PARTITIONED");
                }
                if (RelationInfo.isTrue(child[2])) {
                    line.append(" (DETACH PENDING)");
                }
                footers.add(line.append(i < children.size() - 1 ? "," : "").toString());
            }
        }
    }

    /** {@code Heading: item} for the first item, the next ones indented under it. */
    private static String listLine(String heading, int index, String item) {
        return index == 0 ? heading + ": " + item : " ".repeat(heading.length() + 2) + item;
    }
}

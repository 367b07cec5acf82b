package com.vayyari.wadb.describe;

import static com.vayyari.wadb.describe.DescribeCommand.Names.RELATION;

import java.util.List;

/** {@code \dP}, {@code \dPt}, {@code \dPi}, {@code \dPn}: psql's listPartitionedTables. */
final class PartitionLists {

    static final List<DescribeCommand> COMMANDS = List.of(
            new DescribeCommand("dP", "itn+", "\\dP[itn+] [PATTERN]", "list [only index/table] partitioned relations [n=nested]",
                    RELATION, 1, PartitionLists::partitioned));

    private PartitionLists() {
    }

    private static boolean partitioned(Catalog catalog, DescribeCommand.Call call) {
        String pattern = call.pattern();
        boolean tables = call.has('t', "dP");
        boolean indexes = call.has('i', "dP");
        boolean nested = call.has('n', "dP");
        if (!tables && !indexes) {
            tables = indexes = true;
        }
        boolean mixed = tables && indexes;
        String title = mixed ? "List of partitioned relations"
                : tables ? "List of partitioned tables" : "List of partitioned indexes";
        // A pattern may name a partition, so with one psql shows each relation's parent as with n.
        boolean parents = nested || pattern != null;
        CatalogQuery query = new CatalogQuery("SELECT n.nspname as \"Schema\",\n  c.relname as \"Name\",\n"
                + "  pg_catalog.pg_get_userbyid(c.relowner) as \"Owner\"");
        if (mixed) {
            query.append(",\n  CASE c.relkind WHEN 'p' THEN 'partitioned table' WHEN 'I' THEN 'partitioned index' "
                    + "END as \"Type\"");
        }
        if (parents) {
            query.append(",\n  inh.inhparent::pg_catalog.regclass as \"Parent name\"");
        }
        if (indexes) {
            query.append(",\n c2.oid::pg_catalog.regclass as \"Table\"");
        }
        if (call.verbose()) {
            if (nested) {
                query.append(",\n  s.dps as \"Leaf partition size\"");
            }
            // Without n, the size is that of all partitions at every level.
            query.append(",\n  s.tps as \"Total size\"")
                    .append(",\n  pg_catalog.obj_description(c.oid, 'pg_class') as \"Description\"");
        }
        query.append("\nFROM pg_catalog.pg_class c\n     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace");
        if (indexes) {
            query.append("\n     LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid"
                    + "\n     LEFT JOIN pg_catalog.pg_class c2 ON i.indrelid = c2.oid");
        }
        if (parents) {
            query.append("\n     LEFT JOIN pg_catalog.pg_inherits inh ON c.oid = inh.inhrelid");
        }
        if (call.verbose()) {
            query.append("""
                    ,
                         LATERAL (SELECT pg_catalog.pg_size_pretty(sum(
                                     CASE WHEN ppt.isleaf AND ppt.level = 1
                                          THEN pg_catalog.pg_table_size(ppt.relid) ELSE 0 END)) AS dps,
                                         pg_catalog.pg_size_pretty(sum(pg_catalog.pg_table_size(ppt.relid))) AS tps
                                  FROM pg_catalog.pg_partition_tree(c.oid) ppt) s""");
        }
        query.append("\nWHERE c.relkind IN (" + (tables ? "'p'," : "") + (indexes ? "'I'," : "") + "'')\n").whereStarted();
        if (!parents) {
            query.append(" AND NOT c.relispartition\n");
        }
        if (pattern == null) {
            query.append("      AND n.nspname <> 'pg_catalog'\n      AND n.nspname !~ '^pg_toast'\n"
                    + "      AND n.nspname <> 'information_schema'\n");
        }
        query.pattern(catalog, pattern, false, "n.nspname", "c.relname", null, "pg_catalog.pg_table_is_visible(c.oid)", 3);
        query.append("ORDER BY \"Schema\", " + (mixed ? "\"Type\" DESC, " : "")
                + (parents ? "\"Parent name\" NULLS FIRST, " : "") + "\"Name\";");
        catalog.list(query, title);
        return true;
    }
}

package com.vayyari.wadb.describe;

import static com.vayyari.wadb.describe.DescribeCommand.Names.INDEX;
import static com.vayyari.wadb.describe.DescribeCommand.Names.RELATION;
import static com.vayyari.wadb.describe.DescribeCommand.Names.SEQUENCE;
import static com.vayyari.wadb.describe.DescribeCommand.Names.TABLE;
import static com.vayyari.wadb.describe.DescribeCommand.Names.VIEW;

import java.util.List;

/** {@code \dt}, {@code \di}, {@code \dv}, {@code \dm}, {@code \ds}, {@code \dE} and their mixes: psql's listTables. */
final class RelationLists {

    /** The kind letters, any of which may follow any of these commands ({@code \dtvi}), with S and +. */
    private static final String KINDS = "tivmsES+";

    static final List<DescribeCommand> COMMANDS = List.of(
            new DescribeCommand("dE", KINDS, "\\dE[S+] [PATTERN]", "list foreign tables", RELATION, 1, RelationLists::list),
            new DescribeCommand("di", KINDS, "\\di[S+] [PATTERN]", "list indexes", INDEX, 1, RelationLists::list),
            new DescribeCommand("dm", KINDS, "\\dm[S+] [PATTERN]", "list materialized views", VIEW, 1, RelationLists::list),
            new DescribeCommand("ds", KINDS, "\\ds[S+] [PATTERN]", "list sequences", SEQUENCE, 1, RelationLists::list),
            new DescribeCommand("dt", KINDS, "\\dt[S+] [PATTERN]", "list tables", TABLE, 1, RelationLists::list),
            new DescribeCommand("dv", KINDS, "\\dv[S+] [PATTERN]", "list views", VIEW, 1, RelationLists::list));

    private RelationLists() {
    }

    private static boolean list(Catalog catalog, DescribeCommand.Call call) {
        return list(catalog, call.name().substring(1), call.pattern(), call.verbose(), call.system());
    }

    /** psql's listTables: {@code kinds} holds the letters t, i, v, m, s, E; none of them means all but indexes. */
    static boolean list(Catalog catalog, String kinds, String pattern, boolean verbose, boolean system) {
        boolean tables = kinds.indexOf('t') >= 0;
        boolean indexes = kinds.indexOf('i') >= 0;
        boolean views = kinds.indexOf('v') >= 0;
        boolean matViews = kinds.indexOf('m') >= 0;
        boolean sequences = kinds.indexOf('s') >= 0;
        boolean foreign = kinds.indexOf('E') >= 0;
        if (!(tables || indexes || views || matViews || sequences || foreign)) {
            tables = views = matViews = sequences = foreign = true;
        }
        boolean accessMethod = (tables || matViews || indexes) && !catalog.session().variables().isOn("HIDE_TABLEAM");
        CatalogQuery query = new CatalogQuery("""
                SELECT n.nspname as "Schema",
                  c.relname as "Name",
                  CASE c.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' \
                WHEN 'i' THEN 'index' WHEN 'S' THEN 'sequence' WHEN 't' THEN 'TOAST table' WHEN 'f' THEN 'foreign table' \
                WHEN 'p' THEN 'partitioned table' WHEN 'I' THEN 'partitioned index' END as "Type",
                  pg_catalog.pg_get_userbyid(c.relowner) as "Owner\"""");
        if (indexes) {
            query.append(",\n  c2.relname as \"Table\"");
        }
        if (verbose) {
            query.append(",\n  CASE c.relpersistence WHEN 'p' THEN 'permanent' WHEN 't' THEN 'temporary' "
                    + "WHEN 'u' THEN 'unlogged' END as \"Persistence\"");
            if (accessMethod) {
                query.append(",\n  am.amname as \"Access method\"");
            }
            query.append(",\n  pg_catalog.pg_size_pretty(pg_catalog.pg_table_size(c.oid)) as \"Size\""
                    + ",\n  pg_catalog.obj_description(c.oid, 'pg_class') as \"Description\"");
        }
        query.append("\nFROM pg_catalog.pg_class c\n     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace");
        if (accessMethod) {
            query.append("\n     LEFT JOIN pg_catalog.pg_am am ON am.oid = c.relam");
        }
        if (indexes) {
            query.append("\n     LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid"
                    + "\n     LEFT JOIN pg_catalog.pg_class c2 ON i.indrelid = c2.oid");
        }
        StringBuilder relkinds = new StringBuilder();
        if (tables) {
            relkinds.append("'r','p',");
            if (system || pattern != null) {
                relkinds.append("'t',");  // with S or a pattern, t also finds TOAST tables
            }
        }
        relkinds.append(views ? "'v'," : "").append(matViews ? "'m'," : "").append(indexes ? "'i','I'," : "")
                .append(sequences ? "'S'," : "").append(system || pattern != null ? "'s'," : "")
                .append(foreign ? "'f'," : "");
        query.append("\nWHERE c.relkind IN (" + relkinds + "'')\n").whereStarted();
        if (!system && pattern == null) {
            query.append("      AND n.nspname <> 'pg_catalog'\n      AND n.nspname !~ '^pg_toast'\n"
                    + "      AND n.nspname <> 'information_schema'\n");
        }
        query.pattern(catalog, pattern, false, "n.nspname", "c.relname", null, "pg_catalog.pg_table_is_visible(c.oid)", 3);
        query.append("ORDER BY 1,2;");
        Catalog.Result result = catalog.query(query);
        if (result.isEmpty() && !catalog.session().options().quiet()) {
            // psql's one exception to printing an empty table, kept "for historical reasons"
            catalog.error(pattern != null ? "Did not find any relation named \"" + pattern + "\"." : "Did not find any relations.");
            return true;
        }
        catalog.print(result, "List of relations");
        return true;
    }
}

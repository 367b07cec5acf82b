package com.vayyari.wadb.describe;

import static com.vayyari.wadb.describe.DescribeCommand.Names.PUBLICATION;
import static com.vayyari.wadb.describe.DescribeCommand.Names.SUBSCRIPTION;

import com.vayyari.wadb.output.Column;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code \dRp[+]} and {@code \dRs[+]}: psql's listPublications, describePublications and describeSubscriptions. */
final class PublicationLists {

    static final List<DescribeCommand> COMMANDS = List.of(
            new DescribeCommand("dRp", "S+", "\\dRp[+] [PATTERN]", "list replication publications", PUBLICATION, 1,
                    PublicationLists::publications),
            new DescribeCommand("dRs", "S+", "\\dRs[+] [PATTERN]", "list replication subscriptions", SUBSCRIPTION, 1,
                    PublicationLists::subscriptions));

    private PublicationLists() {
    }

    private static boolean publications(Catalog catalog, DescribeCommand.Call call) {
        return call.verbose() ? describe(catalog, call.pattern()) : list(catalog, call.pattern());
    }

    /** psql's listPublications. */
    private static boolean list(Catalog catalog, String pattern) {
        CatalogQuery query = new CatalogQuery("""
                SELECT pubname AS "Name",
                  pg_catalog.pg_get_userbyid(pubowner) AS "Owner",
                  puballtables AS "All tables",
                  pubinsert AS "Inserts",
                  pubupdate AS "Updates",
                  pubdelete AS "Deletes",
                  pubtruncate AS "Truncates",
                  pubviaroot AS "Via root"
                FROM pg_catalog.pg_publication
                """);
        query.pattern(catalog, pattern, false, null, "pubname", null, null, 1);
        query.append("ORDER BY 1;");
        catalog.list(query, "List of publications");
        return true;
    }

    /**
     * psql's describePublications: a one-row table per publication, with its tables (and their column lists and row
     * filters) and its schemas as footers, unless it publishes all tables.
     */
    private static boolean describe(Catalog catalog, String pattern) {
        CatalogQuery query = new CatalogQuery("""
                SELECT oid, pubname,
                  pg_catalog.pg_get_userbyid(pubowner) AS owner,
                  puballtables, pubinsert, pubupdate, pubdelete, pubtruncate, pubviaroot
                FROM pg_catalog.pg_publication
                """);
        query.pattern(catalog, pattern, false, null, "pubname", null, null, 1);
        query.append("ORDER BY 2;");
        List<String[]> publications = catalog.rows(query);
        if (publications.isEmpty()) {
            return NoMatch.fail(catalog, pattern, "publication");
        }
        List<String> headers = List.of("Owner", "All tables", "Inserts", "Updates", "Deletes", "Truncates", "Via root");
        for (String[] publication : publications) {
            List<String> footers = new ArrayList<>();
            if (!"t".equals(publication[3])) {
                addTables(catalog, publication[0], footers);
                addSchemas(catalog, publication[0], footers);
            }
            List<String[]> row = List.<String[]>of(Arrays.copyOfRange(publication, 2, 9));
            String title = "Publication " + publication[1];
            if (footers.isEmpty()) {
                // psql's printTable counts the rows where a table has no footers of its own
                catalog.print(new Catalog.Result(headers.stream().map(h -> Column.of(h, "text")).toList(), row), title);
            } else {
                catalog.table(title, headers, row, footers);
            }
        }
        return true;
    }

    private static void addTables(Catalog catalog, String publicationOid, List<String> footers) {
        CatalogQuery query = new CatalogQuery("""
                SELECT n.nspname, c.relname, pg_get_expr(pr.prqual, c.oid), (CASE WHEN pr.prattrs IS NOT NULL THEN
                     pg_catalog.array_to_string(      ARRAY(SELECT attname
                              FROM
                                pg_catalog.generate_series(0, pg_catalog.array_upper(pr.prattrs::pg_catalog.int2[], 1)) s,
                                pg_catalog.pg_attribute
                        WHERE attrelid = c.oid AND attnum = prattrs[s]), ', ')
                       ELSE NULL END)
                FROM pg_catalog.pg_class c,
                     pg_catalog.pg_namespace n,
                     pg_catalog.pg_publication_rel pr
                WHERE c.relnamespace = n.oid
                  AND c.oid = pr.prrelid
                  AND pr.prpubid =\s""").bindOid(publicationOid).append("\nORDER BY 1,2");
        List<String[]> tables = catalog.rows(query);
        if (!tables.isEmpty()) {
            footers.add("Tables:");
        }
        for (String[] table : tables) {
            StringBuilder footer = new StringBuilder("    \"" + table[0] + "." + table[1] + "\"");
            if (table[3] != null) {
                footer.append(" (").append(table[3]).append(')');
            }
            if (table[2] != null) {
                footer.append(" WHERE ").append(table[2]);
            }
            footers.add(footer.toString());
        }
    }

    private static void addSchemas(Catalog catalog, String publicationOid, List<String> footers) {
        CatalogQuery query = new CatalogQuery("""
                SELECT n.nspname
                FROM pg_catalog.pg_namespace n
                     JOIN pg_catalog.pg_publication_namespace pn ON n.oid = pn.pnnspid
                WHERE pn.pnpubid =\s""").bindOid(publicationOid).append("\nORDER BY 1");
        List<String[]> schemas = catalog.rows(query);
        if (!schemas.isEmpty()) {
            footers.add("Tables from schemas:");
        }
        for (String[] schema : schemas) {
            footers.add("    \"" + schema[0] + "\"");
        }
    }

    /** psql's describeSubscriptions: those of the current database only. */
    private static boolean subscriptions(Catalog catalog, DescribeCommand.Call call) {
        StringBuilder columns = new StringBuilder("""
                SELECT subname AS "Name"
                ,  pg_catalog.pg_get_userbyid(subowner) AS "Owner"
                ,  subenabled AS "Enabled"
                ,  subpublications AS "Publication"
                """);
        if (call.verbose()) {
            columns.append("""
                    , subbinary AS "Binary"
                    , substream AS "Streaming"
                    , subtwophasestate AS "Two-phase commit"
                    , subdisableonerr AS "Disable on error"
                    ,  subsynccommit AS "Synchronous commit"
                    ,  subconninfo AS "Conninfo"
                    , subskiplsn AS "Skip LSN"
                    """);
        }
        CatalogQuery query = new CatalogQuery(columns + """
                FROM pg_catalog.pg_subscription
                WHERE subdbid = (SELECT oid
                                 FROM pg_catalog.pg_database
                                 WHERE datname = pg_catalog.current_database())""").whereStarted();
        query.pattern(catalog, call.pattern(), false, null, "subname", null, null, 1);
        query.append("ORDER BY 1;");
        catalog.list(query, "List of subscriptions");
        return true;
    }
}

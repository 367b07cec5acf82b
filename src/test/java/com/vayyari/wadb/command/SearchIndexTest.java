package com.vayyari.wadb.command;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The statement {@code search --explain} prints is the one search runs, and on a realistic number of rows
 * PostgreSQL answers it from the GIN index on content_tsv (no seq scan forced off).
 */
class SearchIndexTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @Test
    void theSearchStatementUsesTheGinIndex() throws Exception {
        Seed.load(db);
        db.execute("""
                INSERT INTO messages (message_id, jid, sender_jid, content, "timestamp")
                SELECT 'bulk' || i, '120363012345678901@g.us', '14155550100@s.whatsapp.net',
                       'filler text number ' || i || ' about ' || (ARRAY['lunch','weather','cricket','traffic'])[1 + i % 4]
                         || CASE WHEN i % 5000 = 0 THEN ' needle' ELSE '' END,
                       1700000000 + i
                  FROM generate_series(1, 20000) i;
                """);
        // As autovacuum would: moves the new rows out of the GIN pending list, which the planner counts as cost.
        db.execute("VACUUM ANALYZE messages");
        Result explained = wadb().run("--url", db.url(), "search", "needle", "--since", "2020-01-01", "--explain");
        assertEquals(0, explained.exitCode(), explained.err());
        String plan = plan(explained.out());
        assertTrue(plan.contains("idx_messages_content_tsv"), plan);

        Result hits = wadb().run("--url", db.url(), "--csv", "search", "needle");
        assertEquals(4, Csv.rows(hits.out()).size(), hits.out());
    }

    /** PREPAREs the printed statement and EXPLAINs it with the printed values (they are SQL literals). */
    private static String plan(String explain) throws Exception {
        int end = explain.indexOf(";\n");
        String sql = explain.substring(0, end);
        List<String> values = new ArrayList<>();
        for (String line : explain.substring(end + 2).split("\n")) {
            if (line.startsWith("-- $")) {
                values.add(line.substring(line.indexOf(" = ") + 3));
            }
        }
        StringBuilder plan = new StringBuilder();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("PREPARE wadb_search AS " + sql);
            try (ResultSet rs = st.executeQuery("EXPLAIN EXECUTE wadb_search(" + String.join(", ", values) + ")")) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
    }
}

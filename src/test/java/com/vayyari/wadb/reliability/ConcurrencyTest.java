package com.vayyari.wadb.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbProcess;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Eight wadb processes change the same rows at once — pause, resume, exclude and include, 200 commands each,
 * piped on stdin as a script would — and leave a consistent state: every change a process reported is
 * recorded once, each recorded change starts from the state the previous one of its row left (no lost update),
 * the last one is the row as it is, processing_state stays one row, and each row's timestamps only go forward.
 */
class ConcurrencyTest {

    private static final int PROCESSES = 8;
    private static final int COMMANDS = 200;
    private static final List<String> JIDS = List.of("911111111111@s.whatsapp.net", "922222222222@s.whatsapp.net",
            "120363000000000001@g.us");
    private static final Pattern RECORDED = Pattern.compile("(?m)^recorded as change (\\d+) ");

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @BeforeAll
    static void chats() throws SQLException {
        db.execute("INSERT INTO chats (jid, name, is_group) VALUES ('" + JIDS.get(0) + "', 'Asha', false), ('"
                + JIDS.get(1) + "', 'Ravi', false), ('" + JIDS.get(2) + "', 'Family', true)");
        // The third chat has no tracking row yet: the first exclude of it creates one, racing the others.
        db.execute("INSERT INTO chat_tracking_state (jid) VALUES ('" + JIDS.get(0) + "'), ('" + JIDS.get(1) + "')");
    }

    /** A process's commands: a fixed seed per process, so a failure can be replayed. */
    private static String script(int process) {
        Random random = new Random(8_000 + process);
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < COMMANDS; i++) {
            String jid = JIDS.get(random.nextInt(JIDS.size()));
            String line = switch (random.nextInt(8)) {
                case 0, 1 -> "pause --reason p" + process + "-" + i;
                case 2 -> "resume";
                case 3 -> "resume --from-now";
                case 4 -> "exclude " + jid + " --reason r" + process + "-" + i;
                case 5 -> "exclude " + JIDS.get(0) + " " + JIDS.get(2) + " --reason both" + process + "-" + i;
                case 6 -> "include " + jid + (random.nextBoolean() ? " --from-now" : " --from-last");
                default -> "include " + JIDS.get(1) + " " + JIDS.get(0);
            };
            script.append(line).append('\n');
        }
        return script.toString();
    }

    @Test
    void eightProcessesChangingTheSameRowsLeaveAConsistentState() throws Exception {
        List<WadbProcess.Result> results = assertTimeoutPreemptively(Duration.ofSeconds(180), this::runAll);
        TreeSet<Long> reported = new TreeSet<>();
        for (WadbProcess.Result result : results) {
            assertEquals(0, result.exitCode(), result.err());
            Matcher m = RECORDED.matcher(result.out());
            while (m.find()) {
                assertTrue(reported.add(Long.parseLong(m.group(1))), "change " + m.group(1) + " reported twice");
            }
        }
        assertTrue(reported.size() > PROCESSES * COMMANDS / 10, "the processes changed little: " + reported.size());
        assertEquals(reported, recordedIds(), "every reported change is recorded, and nothing else");
        assertEquals(1, count("SELECT count(*) FROM processing_state"), "the singleton stays single");
        assertEquals("", rows(BROKEN_CHAINS), "a change started from a row the previous change of it did not leave");
        assertEquals("", rows(LAST_AFTER_IS_NOT_THE_ROW), "the last recorded state of a row is not the row");
        assertEquals("", rows(TIME_GOING_BACK), "a row's timestamps went back in time");
    }

    private List<WadbProcess.Result> runAll() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PROCESSES);
        try {
            List<CompletableFuture<WadbProcess.Result>> running = new ArrayList<>();
            for (int p = 0; p < PROCESSES; p++) {
                String script = script(p);
                running.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return WadbProcess.run(Map.of(), List.of(), script, "--url", db.url());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, pool));
            }
            List<WadbProcess.Result> results = new ArrayList<>();
            for (CompletableFuture<WadbProcess.Result> process : running) {
                results.add(process.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every row a recorded change touched, before and after, in the order of the changes. */
    private static final String CHANGED_ROWS = """
            WITH touched AS (
              SELECT c.id, c.changed_at, b.item->>'table' AS tbl, b.item->>'key' AS key,
                     b.item->'row' AS before, a.item->'row' AS after
                FROM state_changes c
               CROSS JOIN LATERAL jsonb_array_elements(c.rows_before) WITH ORDINALITY AS b(item, n)
                JOIN LATERAL jsonb_array_elements(c.rows_after) WITH ORDINALITY AS a(item, n) ON a.n = b.n
            ), chained AS (
              SELECT *, lag(after) OVER w AS previous_after, lag(changed_at) OVER w AS previous_changed_at,
                     row_number() OVER (PARTITION BY tbl, key ORDER BY id DESC) AS from_last
                FROM touched WINDOW w AS (PARTITION BY tbl, key ORDER BY id)
            )
            """;

    private static final String BROKEN_CHAINS = CHANGED_ROWS
            + "SELECT id, tbl, key, previous_after, before FROM chained"
            + " WHERE previous_after IS NOT NULL AND previous_after IS DISTINCT FROM before";

    private static final String LAST_AFTER_IS_NOT_THE_ROW = CHANGED_ROWS + """
            SELECT id, tbl, key, after FROM chained c
             WHERE from_last = 1 AND c.after IS DISTINCT FROM (
                   CASE c.tbl WHEN 'processing_state' THEN (SELECT to_jsonb(p) FROM processing_state p WHERE p.id::text = c.key)
                              WHEN 'chat_tracking_state' THEN (SELECT to_jsonb(t) FROM chat_tracking_state t WHERE t.jid = c.key)
                              ELSE (SELECT to_jsonb(h) FROM chats h WHERE h.jid = c.key) END)""";

    /** Per row, in the order of its changes: updated_at and the change's own time never go back. */
    private static final String TIME_GOING_BACK = CHANGED_ROWS + """
            SELECT id, tbl, key, previous_after->>'updated_at', after->>'updated_at', previous_changed_at, changed_at
              FROM chained
             WHERE (previous_after->>'updated_at')::timestamptz > (after->>'updated_at')::timestamptz
                OR previous_changed_at > changed_at""";

    private static TreeSet<Long> recordedIds() throws SQLException {
        TreeSet<Long> ids = new TreeSet<>();
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id FROM state_changes")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** The rows {@code sql} finds, one a line, then all recorded changes to explain them: empty when none. */
    private static String rows(String sql) throws SQLException {
        String found = table(sql);
        return found.isEmpty() ? found
                : found + table("SELECT id, command, changed_at, rows_before, rows_after FROM state_changes ORDER BY id");
    }

    private static String table(String sql) throws SQLException {
        StringBuilder found = new StringBuilder();
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    found.append(i == 1 ? "" : " | ").append(rs.getString(i));
                }
                found.append('\n');
            }
        }
        return found.toString();
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

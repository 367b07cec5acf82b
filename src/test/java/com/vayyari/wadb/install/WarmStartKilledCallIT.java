package com.vayyari.wadb.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.importer.ExportGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A call the user kills commits nothing (issue 16, SECURITY.md §8): its client killed (kill -9, Ctrl-C, SIGTERM)
 * while the warm server runs the command, the server cancels it, its transaction rolls back, and nothing it did is
 * there once the server is done with it — whether the command was in a statement (a COPY, a wait for a lock) or
 * between two when the client went. A direct run killed by SIGINT commits nothing either.
 */
class WarmStartKilledCallIT extends WarmStartSupport {

    /** A chat whose tracking row the lock tests hold. */
    private static final String HELD = "919800000001@s.whatsapp.net";

    private static Path export;

    @BeforeAll
    static void schemaAndExport() throws Exception {
        db.applySchema();
        db.execute("INSERT INTO chats (jid, name) VALUES ('" + HELD + "', 'Held');"
                + " INSERT INTO chat_tracking_state (jid) VALUES ('" + HELD + "')");
        export = home.resolve("big.txt");
        ExportGenerator.write(export, 300_000, 16);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"warm, KILL", "warm, INT", "warm, TERM", "direct, INT"})
    void aKilledImportCommitsNothing(String how, String signal) throws Exception {
        Path dir = Files.createDirectories(home.resolve("import-" + how + "-" + signal));
        String before = snapshot();
        Launched call = start(dir, how, "import", export.toString(), "--chat", "919800000002@s.whatsapp.net");
        await(CallWatch::writing, "the import to have written in its transaction");
        kill(call, how, signal);
        assertNothingCommitted(before);
    }

    @Test
    void aKilledPauseThatWaitsForALockCommitsNothingOnceTheLockIsFreed() throws Exception {
        killWhileHeld("processing_state WHERE id = 1", "pause", "--reason", "killed");
    }

    @Test
    void aKilledExcludeThatWaitsForALockCommitsNothingOnceTheLockIsFreed() throws Exception {
        killWhileHeld("chat_tracking_state WHERE jid = '" + HELD + "'", "exclude", HELD, "--reason", "killed");
    }

    @Test
    void aKilledGenerateCommitsNothing() throws Exception {
        Path dir = Files.createDirectories(home.resolve("generate"));
        String before = snapshot();
        Launched call = start(dir, "warm", "generate", "--chats", "40", "--messages", "400000", "--seed", "16");
        await(CallWatch::writing, "generate to have written in its transaction");
        kill(call, "warm", "TERM");
        assertNothingCommitted(before);
    }

    /** The test holds {@code rows} FOR UPDATE; the command waits for them, is killed, and the rows are let go. */
    private void killWhileHeld(String rows, String... command) throws Exception {
        Path dir = Files.createDirectories(home.resolve(command[0]));
        String before = snapshot();
        try (Connection holder = db.connect()) {
            holder.setAutoCommit(false);
            try (Statement st = holder.createStatement()) {
                st.execute("SELECT * FROM " + rows + " FOR UPDATE");
            }
            Launched call = start(dir, "warm", command);
            await(CallWatch::waitingForALock, command[0] + " to wait for the lock");
            kill(call, "warm", "KILL");
            holder.rollback();  // the lock is free: a command still alive would now go through
        }
        assertNothingCommitted(before);
    }

    /** Starts {@code wadb ARGS}: relayed to a warm server (started first), or run directly. */
    private static Launched start(Path dir, String how, String... args) throws Exception {
        Map<String, String> env = how.equals("direct") ? Map.of("WADB_WARM", "off") : Map.of();
        if (how.equals("warm")) {
            assertEquals(0, wadb(dir, env, "-c", "select 1").exitCode());
            awaitServerFor(dir);
        }
        return launch(dir, env, true, args);
    }

    /** Kills the launcher's process, after checking it is what {@code how} says: the client alone, or a JVM. */
    private static void kill(Launched call, String how, String signal) throws Exception {
        String command = call.process.info().command().orElse("");
        if (how.equals("warm")) {
            assertTrue(command.endsWith("wadb-client"), "relayed, the client has no JVM of its own: " + command);
        } else {
            assertTrue(command.endsWith("java"), "a direct run is a JVM: " + command);
        }
        signal(signal, call.process.toHandle());
        call.process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Once the call has left the database (its connections are closed), nothing it did is there. */
    private static void assertNothingCommitted(String before) throws Exception {
        awaitLong(CallWatch::gone, "the killed call to end");
        assertEquals(before, snapshot(), "the killed call committed something");
        assertEquals("0", query("SELECT count(*) FROM state_changes"), "no state_changes row");
    }

    /** What the commands could change: row counts, the pause row, and the tracking rows (as a digest). */
    private static String snapshot() throws SQLException {
        return query("SELECT (SELECT count(*) FROM messages) || ' messages, ' || (SELECT count(*) FROM chats)"
                + " || ' chats, ' || (SELECT count(*) FROM media_files) || ' media, '"
                + " || (SELECT count(*) FROM state_changes) || ' changes; '"
                + " || (SELECT string_agg(p::text, ',') FROM processing_state p) || '; tracking '"
                + " || (SELECT md5(string_agg(t::text, ',' ORDER BY jid)) FROM chat_tracking_state t)");
    }

    private static String query(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** What the other sessions of the test database are doing (the call's, the warm server's). */
    private static final class CallWatch {
        private static final String OTHERS = "FROM pg_stat_activity WHERE datname = current_database()"
                + " AND pid <> pg_backend_pid() AND backend_type = 'client backend'";

        /** A transaction of the call has written: it holds a transaction id. */
        static boolean writing() {
            return count("SELECT count(*) " + OTHERS + " AND backend_xid IS NOT NULL") > 0;
        }

        static boolean waitingForALock() {
            return count("SELECT count(*) " + OTHERS + " AND wait_event_type = 'Lock'") > 0;
        }

        /** No session but the test's own: the call has closed its connections. */
        static boolean gone() {
            return count("SELECT count(*) " + OTHERS) == 0;
        }

        private static long count(String sql) {
            try {
                return Long.parseLong(query(sql));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** As {@link WarmStartSupport#await}, with room for a server that is slow to give up (or, unfixed, to commit). */
    private static void awaitLong(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what);
            Thread.sleep(100);
        }
    }
}

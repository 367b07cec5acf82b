package com.vayyari.wadb.command;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.Processes;
import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export --table T --jobs N} (issue 19): N connections on one snapshot, each a range of blocks, put together in
 * order — byte for byte psql's {@code \copy T} in CSV and the one stream's NDJSON, whatever is written meanwhile; and
 * a failed part leaves no file.
 */
class ParallelExportTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @TempDir
    Path dir;

    private static final String JID = "120363000000000201@g.us";

    /** 60,000 messages of ~330 bytes: over the 16 MB below which a table goes in one stream. */
    @BeforeAll
    static void seed() throws Exception {
        db.execute("INSERT INTO chats (jid, name) VALUES ('" + JID + "', 'Parallel, \"quoted\"')");
        db.execute("""
                INSERT INTO messages (message_id, jid, sender_jid, content, metadata, "timestamp")
                SELECT 'p' || i, '%s', '14155550100@s.whatsapp.net',
                       CASE WHEN i %% 1000 = 0 THEN E'line one\\nline "two", ünïcødé 👍' ELSE repeat('x', 250) || i END,
                       jsonb_build_object('n', i), 1700000000 + i
                  FROM generate_series(1, 60000) i
                """.formatted(JID));
        db.execute("VACUUM ANALYZE messages");
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT pg_relation_size('messages')")) {
            rs.next();
            assertTrue(rs.getLong(1) >= ParallelCopy.SMALL_BYTES, "the table is big enough to be split: " + rs.getLong(1));
        }
    }

    @Test
    void thePartsTogetherAreWhatPsqlsCopyWrites() throws Exception {
        String psql = psqlCopy();
        for (String jobs : List.of("1", "2", "3", "4")) {
            Path file = dir.resolve("messages-" + jobs + ".csv");
            Result result = export("--jobs", jobs, "-o", file.toString());
            assertEquals(0, result.exitCode(), result.err());
            assertEquals("exported 60000 rows\n", result.err());
            assertTrue(psql.equals(Files.readString(file)), "--jobs " + jobs + " differs from psql's \\copy");
        }
    }

    /** NDJSON parts are written by the same writer as the one stream's, from the same rows: the same bytes. */
    @Test
    void ndjsonPartsTogetherAreTheOneStreamsBytes() throws Exception {
        String one = null;
        for (String jobs : List.of("1", "3")) {
            Path file = dir.resolve("messages-" + jobs + ".ndjson");
            Result result = wadb().run("--url", db.url(), "export", "--table", "messages", "--format", "ndjson",
                    "--jobs", jobs, "-o", file.toString());
            assertEquals(0, result.exitCode(), result.err());
            String written = Files.readString(file);
            assertEquals(60_000, written.lines().count());
            if (one == null) {
                one = written;
            } else {
                assertTrue(one.equals(written), "--jobs " + jobs + " differs from one stream");
            }
        }
    }

    /**
     * Rows of the first blocks are updated while the export runs, each update writing the row's new version at the
     * table's end, the last part's range. Parts on snapshots of their own would show such a row twice (old version
     * early, new at the end) or not at all; on the one snapshot every row is there once.
     */
    @Test
    void rowsUpdatedMeanwhileAreThereOnceAsTheSnapshotSawThem() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong updates = new AtomicLong();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (Connection c = db.connect();
                 PreparedStatement ps = c.prepareStatement("UPDATE messages SET metadata = metadata || '{\"u\": 1}',"
                         + " content = content || '!' WHERE message_id = 'p' || ?")) {
                for (int i = 1; !stop.get(); i = i % 3000 + 1) {
                    ps.setInt(1, i);
                    ps.executeUpdate();
                    updates.incrementAndGet();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            while (updates.get() < 100) {
                Thread.sleep(5);
            }
            for (int round = 0; round < 3; round++) {
                Path file = dir.resolve("meanwhile-" + round + ".csv");
                long before = updates.get();
                Result result = export("--jobs", "4", "-o", file.toString());
                assertEquals(0, result.exitCode(), result.err());
                assertTrue(updates.get() > before, "updates ran during the export");
                List<String> ids = messageIds(Files.readString(file));
                assertEquals(60_000, ids.size(), "every row once");
                assertEquals(60_000, new HashSet<>(ids).size(), "no row twice");
            }
        } finally {
            stop.set(true);
            writer.get(30, TimeUnit.SECONDS);
        }
    }

    /**
     * A part that fails (cancelled here while it waits for a lock) fails the export as one stream's failure does:
     * exit 3, an SQL error (DESIGN.md's codes), and no file.
     */
    @Test
    void aFailedPartLeavesNoFile() throws Exception {
        Path file = dir.resolve("failed.csv");
        try (Connection locker = db.connect(); Statement lock = locker.createStatement()) {
            locker.setAutoCommit(false);
            lock.execute("LOCK TABLE messages IN ACCESS EXCLUSIVE MODE");
            CompletableFuture<Result> export = CompletableFuture.supplyAsync(() -> export("--jobs", "3", "-o",
                    file.toString()));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            int cancelled = 0;
            while (cancelled == 0 && System.nanoTime() < deadline) {
                try (Connection c = db.connect(); Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT count(pg_cancel_backend(pid)) FROM pg_stat_activity"
                             + " WHERE query LIKE 'COPY (SELECT % AND ctid < %' AND query NOT LIKE '%''(0,0)''%'"
                             + " AND wait_event_type = 'Lock'")) {
                    rs.next();
                    cancelled = rs.getInt(1);
                }
                Thread.sleep(20);
            }
            assertTrue(cancelled > 0, "a waiting part was cancelled");
            locker.rollback();
            Result result = export.get(60, TimeUnit.SECONDS);
            assertEquals(3, result.exitCode(), result.toString());
            assertTrue(result.err().contains("canceling statement due to user request"), result.err());
            assertFalse(Files.exists(file), "no file after a failed export");
            try (var left = Files.list(dir)) {
                assertEquals(List.of(), left.filter(p -> p.getFileName().toString().contains("failed")).toList());
            }
        }
    }

    private static Result export(String... args) {
        String[] all = new String[args.length + 7];
        System.arraycopy(new String[] {"--url", db.url(), "export", "--table", "messages", "--format", "csv"}, 0, all, 0, 7);
        System.arraycopy(args, 0, all, 7, args.length);
        return wadb().run(all);
    }

    /** psql's {@code \copy messages to stdout csv header}, in the JVM's time zone as wadb's session. */
    private static String psqlCopy() throws Exception {
        Processes.Result psql = Processes.psql(db.name(), "-q", "-c", "SET TimeZone = '" + TimeZone.getDefault().getID()
                + "'", "-c", "\\copy messages to stdout csv header");
        assertEquals(0, psql.exitCode(), psql.err());
        return psql.out();
    }

    private static List<String> messageIds(String csv) {
        return Csv.column(csv, "message_id");
    }
}

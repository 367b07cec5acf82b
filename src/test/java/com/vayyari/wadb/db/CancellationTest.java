package com.vayyari.wadb.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A session's cancellation against the real server: it reaches a statement run on a watched connection through
 * no runner at all, and a transaction that {@link Transactions} began never commits after a cancel, even one that
 * came while no statement ran. Once the caller is gone, nothing commits and no connection opens.
 */
class CancellationTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @BeforeEach
    void freshTable() throws SQLException {
        db.execute("DROP TABLE IF EXISTS t; CREATE TABLE t (n int PRIMARY KEY)");
    }

    @Test
    void aCancelBetweenStatementsRollsTheTransactionBack() throws SQLException {
        Cancellation cancellation = new Cancellation();
        try (Connection c = cancellation.watch(db.connect())) {
            SQLException failure = assertThrows(SQLException.class, () -> Transactions.inTransaction(c, tx -> {
                insert(c, 1);
                cancellation.cancel();  // nothing runs on the server now: only the check before COMMIT sees it
                insert(c, 2);
                return null;
            }));
            assertEquals("57014", failure.getSQLState());
            assertTrue(c.getAutoCommit(), "the connection is put back as it was");
            Transactions.inTransaction(c, tx -> {
                insert(c, 3);
                return null;
            });
        }
        assertEquals(1, rows("n = 3"), "a transaction begun after the cancel commits");
        assertEquals(1, rows("true"), "nothing of the cancelled one");
    }

    @Test
    void aCancelReachesAStatementNoRunnerKnowsOf() throws Exception {
        Cancellation cancellation = new Cancellation();
        try (Connection holder = db.connect(); Connection c = cancellation.watch(db.connect())) {
            holder.setAutoCommit(false);
            lockTable(holder);
            CountDownLatch waiting = new CountDownLatch(1);
            CompletableFuture<SQLException> work = CompletableFuture.supplyAsync(() -> {
                try {
                    Transactions.inTransaction(c, tx -> {
                        waiting.countDown();
                        insert(c, 1);  // waits for the holder's lock
                        return null;
                    });
                    return null;
                } catch (SQLException e) {
                    return e;
                }
            });
            assertTrue(waiting.await(30, TimeUnit.SECONDS));
            awaitLockWait();
            cancellation.cancel();
            SQLException failure = work.get(30, TimeUnit.SECONDS);
            holder.rollback();
            assertEquals("57014", failure == null ? null : failure.getSQLState());
        }
        assertEquals(0, rows("true"));
    }

    @Test
    void onceTheCallerIsGoneNothingCommitsAndNoConnectionOpens() throws SQLException {
        Cancellation cancellation = new Cancellation();
        Connection c = cancellation.watch(db.connect());
        SQLException failure = assertThrows(SQLException.class, () -> Transactions.inTransaction(c, tx -> {
            insert(c, 1);
            cancellation.end();
            return null;
        }));
        assertTrue(c.isClosed(), "the connection was aborted: " + failure);
        Connection late = db.connect();
        assertThrows(WadbException.class, () -> cancellation.watch(late));
        assertTrue(late.isClosed());
        assertEquals(0, rows("true"));
    }

    private static void insert(Connection c, int n) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("INSERT INTO t VALUES (" + n + ")");
        }
    }

    private static void lockTable(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("LOCK TABLE t IN EXCLUSIVE MODE");
        }
    }

    /** Waits until some backend of this database waits for a lock. */
    private static void awaitLockWait() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (scalar("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND wait_event_type = 'Lock'") == 0) {
            assertTrue(System.nanoTime() < deadline, "no statement came to wait for the lock");
            Thread.sleep(20);
        }
    }

    private static long rows(String where) throws SQLException {
        return scalar("SELECT count(*) FROM t WHERE " + where);
    }

    private static long scalar(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

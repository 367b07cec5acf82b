package com.vayyari.wadb.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The transaction helper against the real server: success commits, any failure half-way leaves the table as it
 * was, and the connection comes back with its autocommit setting and usable either way.
 */
class TransactionsTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @BeforeEach
    void freshTable() throws SQLException {
        db.execute("DROP TABLE IF EXISTS t; CREATE TABLE t (n int PRIMARY KEY)");
    }

    @Test
    void successCommitsAndRestoresAutocommit() throws SQLException {
        try (Connection c = db.connect()) {
            int result = Transactions.inTransaction(c, tx -> {
                insert(tx.connection(), 1);
                insert(tx.connection(), 2);
                return 42;
            });
            assertEquals(42, result);
            assertTrue(c.getAutoCommit());
        }
        assertEquals(List.of(1, 2), rows(), "seen from another connection: committed");
    }

    @Test
    void aConnectionThatHadAutocommitOffGetsItBackOff() throws SQLException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            Transactions.inTransaction(c, tx -> insert(tx.connection(), 1));
            assertFalse(c.getAutoCommit());
            assertEquals(List.of(1), rows(), "committed even though the caller's autocommit was off");
        }
    }

    @Test
    void aFailedStatementHalfWayRollsBackTheWholeWork() throws SQLException {
        try (Connection c = db.connect()) {
            SQLException thrown = assertThrows(SQLException.class, () -> Transactions.inTransaction(c, tx -> {
                insert(tx.connection(), 1);
                return insert(tx.connection(), 1);
            }));
            assertEquals("23505", thrown.getSQLState());
            assertUsableWithAutocommit(c);
        }
        assertEquals(List.of(), rows());
    }

    @Test
    void aRuntimeExceptionAnErrorAndACheckedExceptionAllRollBack() throws SQLException {
        List<Throwable> failures = List.of(new IllegalStateException("stop"), new StackOverflowError("deep"),
                new IOException("disk full"));
        try (Connection c = db.connect()) {
            for (Throwable failure : failures) {
                Throwable thrown = assertThrows(Throwable.class, () -> Transactions.inTransaction(c, tx -> {
                    insert(tx.connection(), 7);
                    throwUnchecked(failure);
                    return null;
                }));
                assertSame(failure, thrown, "the work's own failure comes out, not a wrapper");
                assertEquals(0, thrown.getSuppressed().length, "the rollback went through");
                assertUsableWithAutocommit(c);
            }
        }
        assertEquals(List.of(), rows());
    }

    @Test
    void theCheckedExceptionOfTheWorkPassesThroughTyped() throws SQLException {
        IOException full = new IOException("disk full");
        try (Connection c = db.connect()) {
            IOException thrown = assertThrows(IOException.class, () -> Transactions.inTransaction(c, tx -> {
                insert(tx.connection(), 3);
                throw full;
            }));
            assertSame(full, thrown);
        }
        assertEquals(List.of(), rows());
    }

    @Test
    void rollBackAtEndUndoesWhatTheWorkDidAndStillReturnsItsResult() throws SQLException {
        try (Connection c = db.connect()) {
            String seen = Transactions.inTransaction(c, tx -> {
                insert(tx.connection(), 5);
                tx.rollBackAtEnd();
                return String.valueOf(count(tx.connection()));
            });
            assertEquals("1", seen, "the work saw its own insert");
            assertUsableWithAutocommit(c);
        }
        assertEquals(List.of(), rows());
    }

    @Test
    void aFailureOfCommitItselfRollsBackAndRestores() throws SQLException {
        db.execute("DROP TABLE IF EXISTS d; CREATE TABLE d (n int UNIQUE DEFERRABLE INITIALLY DEFERRED)");
        try (Connection c = db.connect()) {
            SQLException thrown = assertThrows(SQLException.class, () -> Transactions.inTransaction(c, tx -> {
                insert(tx.connection(), 1);
                execute(tx.connection(), "INSERT INTO d VALUES (1), (1)");
                return null;
            }));
            assertEquals("23505", thrown.getSQLState(), "the deferred check fails at COMMIT");
            assertUsableWithAutocommit(c);
        }
        assertEquals(List.of(), rows());
    }

    @Test
    void readOnlyRefusesWritesAndDoesNotOutliveItsTransaction() throws SQLException {
        try (Connection c = db.connect()) {
            insert(c, 1);
            SQLException refused = assertThrows(SQLException.class,
                    () -> Transactions.readOnly(c, tx -> insert(tx.connection(), 2)));
            assertEquals("25006", refused.getSQLState(), "read_only_sql_transaction");
            assertEquals(1, (int) Transactions.readOnly(c, tx -> count(tx.connection())));
            assertFalse(c.isReadOnly());
            insert(c, 3);
        }
        assertEquals(List.of(1, 3), rows());
    }

    @Test
    void setLocalEndsWithTheTransaction() throws SQLException {
        try (Connection c = db.connect()) {
            String before = show(c, "statement_timeout");
            String inside = Transactions.inTransaction(c, tx -> {
                execute(tx.connection(), "SET LOCAL statement_timeout = '1234ms'");
                return show(tx.connection(), "statement_timeout");
            });
            assertEquals("1234ms", inside);
            assertEquals(before, show(c, "statement_timeout"));
        }
    }

    @Test
    void anOpenTransactionIsRefusedAndLeftAsItWas() throws SQLException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            insert(c, 1);
            assertThrows(IllegalStateException.class,
                    () -> Transactions.inTransaction(c, tx -> insert(tx.connection(), 2)));
            assertEquals(List.of(), rows(), "the user's insert was not committed behind their back");
            assertEquals(1, count(c), "and their transaction is still open, with their row");
            c.rollback();
        }
        assertEquals(List.of(), rows());
    }

    private static void assertUsableWithAutocommit(Connection c) throws SQLException {
        assertTrue(c.getAutoCommit(), "autocommit restored");
        assertEquals(0, count(c), "the connection works, and the work's rows are gone");
    }

    private static int insert(Connection c, int n) throws SQLException {
        return execute(c, "INSERT INTO t VALUES (" + n + ")");
    }

    private static int execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
            return st.getUpdateCount();
        }
    }

    private static int count(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM t")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String show(Connection c, String setting) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<Integer> rows() throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT n FROM t ORDER BY n")) {
            List<Integer> rows = new java.util.ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getInt(1));
            }
            return rows;
        }
    }

    /** Throws any throwable from a lambda whose type declares only SQLException. */
    @SuppressWarnings("unchecked")
    private static <X extends Throwable> void throwUnchecked(Throwable t) throws X {
        throw (X) t;
    }
}

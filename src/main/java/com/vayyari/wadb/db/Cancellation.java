package com.vayyari.wadb.db;

import com.vayyari.wadb.exit.WadbException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stopping one session's work from another thread, whatever statement it runs and on whichever of its connections.
 * The session's connections (the main one, a standby reader, and those that import, generate and setup open for
 * a transaction of their own) are all {@link #watch watched}, so a cancel reaches every one of them through the
 * connection, not through a JDBC statement someone had to remember to track.
 *
 * <p>Two strengths. {@link #cancel()} is Ctrl-C: what runs now is cancelled on the server, and a transaction that
 * {@link Transactions} began before it does not commit, even when the cancel came between two statements, when
 * the server had nothing to cancel. {@link #end()} is the caller gone (its warm client closed the socket, its
 * process is being stopped): the same, and then nothing of this session runs or commits any more; its connections
 * are aborted, so even a COMMIT typed in the script that follows fails, and the server rolls back what was open.
 */
public final class Cancellation {

    /** Which cancellation watches a connection; weak, so a closed connection is forgotten with it. */
    private static final Map<Connection, Cancellation> WATCHERS = Collections.synchronizedMap(new WeakHashMap<>());

    /** What {@link #of} answers for a connection nobody watches (a test's own): it is never cancelled. */
    private static final Cancellation NONE = new Cancellation();

    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicLong requests = new AtomicLong();
    private volatile boolean ended;

    /** The cancellation that watches {@code connection}; one that never cancels when there is none. */
    static Cancellation of(Connection connection) {
        Cancellation watcher = WATCHERS.get(connection);
        return watcher == null ? NONE : watcher;
    }

    /**
     * Opens a connection with {@code settings} and watches it: for work that must not share the session's main
     * connection (its own transaction, while the user may have one open there).
     */
    public Connection open(com.vayyari.wadb.config.ConnectionSettings settings) {
        return watch(Connector.open(settings));
    }

    /** From now on a cancel reaches {@code connection}. After {@link #end()} it is closed at once and refused. */
    public Connection watch(Connection connection) {
        connections.removeIf(Cancellation::closed);  // those the commands before closed
        connections.add(connection);
        WATCHERS.put(connection, this);
        if (ended) {
            abort(connection);
            throw gone();
        }
        return connection;
    }

    /** Ctrl-C: cancels what runs on each open connection; the transactions begun before this do not commit. */
    public void cancel() {
        requests.incrementAndGet();
        for (Connection connection : connections) {
            try {
                if (!closed(connection)) {
                    connection.unwrap(org.postgresql.PGConnection.class).cancelQuery();
                }
            } catch (SQLException e) {
                // Nothing ran, or the connection is gone: nothing to cancel there.
            }
        }
    }

    /** The caller is gone: cancels, then aborts every connection, and refuses whatever comes after. */
    public void end() {
        ended = true;
        cancel();
        connections.forEach(Cancellation::abort);
    }

    /** Whether {@link #end()} was called. */
    public boolean ended() {
        return ended;
    }

    /** How many cancels there have been; {@link Transactions} compares it before it commits. */
    long requests() {
        return requests.get();
    }

    /**
     * Throws when a cancel came since {@code requestsBefore} (or the caller is gone): the failure a cancelled
     * statement has, SQLSTATE 57014, so the transaction rolls back and the command fails as one would.
     */
    void check(long requestsBefore) throws SQLException {
        if (ended || requests.get() != requestsBefore) {
            throw new SQLException("canceling the transaction due to user request; nothing was committed", "57014");
        }
    }

    private static boolean closed(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    private static WadbException gone() {
        return WadbException.usage("cancelled");
    }

    /** Closes {@code connection} at once, from any thread: pgjdbc drops the socket without waiting for its lock. */
    private static void abort(Connection connection) {
        try {
            connection.abort(Runnable::run);
        } catch (SQLException e) {
            // Already closed: nothing left to abort.
        }
    }
}

package com.vayyari.wadb.db;

import com.vayyari.wadb.config.ConnectionSettings;
import com.vayyari.wadb.db.Connector;
import com.vayyari.wadb.db.ServerInfo;
import com.vayyari.wadb.sql.QueryRunner;
import com.vayyari.wadb.sql.StatementKind;
import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.core.TransactionState;

/**
 * The session's connections, opened lazily: the main one, and with read routing ({@code --replica} or
 * {@code read_from=standby}) a second one that prefers a standby. Read-only statements go to the reader;
 * anything that may write, and everything inside the user's transaction, goes to the main connection.
 * When the reader's server goes away, reads fall back (to another standby or the primary) with one line said.
 */
public final class ConnectionRouter {

    /** SQLSTATE 25006: the statement tried to write in a read-only transaction (a standby). */
    private static final String READ_ONLY_TRANSACTION = "25006";

    private final ConnectionSettings settings;
    private final boolean replicaAsked;
    private final PrintStream err;
    private final Cancellation cancellation;
    private QueryRunner main;
    private QueryRunner reader;

    /** {@code cancellation} watches every connection this opens. */
    public ConnectionRouter(ConnectionSettings settings, boolean replica, PrintStream err, Cancellation cancellation) {
        this.settings = settings;
        this.replicaAsked = replica;
        this.err = err;
        this.cancellation = cancellation;
    }

    public boolean routesReads() {
        return replicaAsked || settings.readsFromStandby();
    }

    public QueryRunner main() {
        if (main == null) {
            ConnectionSettings target = settings;
            if (routesReads() && !settings.parameters().containsKey("target_session_attrs")) {
                target = settings.withTargetSessionAttrs("read-write");
            }
            main = new QueryRunner(cancellation.open(target));
        }
        return main;
    }

    public boolean connected() {
        return main != null;
    }

    /** The runner for {@code sql}: the reader for read-only work outside a transaction, else the main one. */
    QueryRunner forStatement(String sql) throws SQLException {
        if (!routesReads() || !isReadOnly(sql) || inUserTransaction()) {
            return main();
        }
        return reader();
    }

    /** For commands that read through their own API (COPY exports): the reader when routing, else main. */
    public Connection readConnection() throws SQLException {
        return routesReads() && !inUserTransaction() ? reader().connection() : main().connection();
    }

    /** Runs {@code sql} on the right connection; a lost reader or a write refused by a standby is retried once. */
    public void execute(String sql, List<?> parameters, QueryRunner.ResultHandler handler) throws SQLException, IOException {
        QueryRunner runner = forStatement(sql);
        try {
            runner.execute(sql, parameters, handler);
        } catch (SQLException e) {
            if (runner != reader) {
                throw e;
            }
            if (lost(e)) {
                String before = describe(reader);
                closeReader();
                QueryRunner replacement = reader();
                err.println("wadb: " + before + " went away; reading from " + describe(replacement) + " now");
                replacement.execute(sql, parameters, handler);
            } else if (READ_ONLY_TRANSACTION.equals(e.getSQLState())) {
                main().execute(sql, parameters, handler);
            } else {
                throw e;
            }
        }
    }

    /** Ctrl-C: the runners stop handing on rows; the cancellation cancels what runs on their connections. */
    public void cancel() {
        QueryRunner m = main;
        QueryRunner r = reader;
        if (m != null) {
            m.stop();
        }
        if (r != null) {
            r.stop();
        }
        cancellation.cancel();
    }

    /** The main connection's standard_conforming_strings as its last ParameterStatus said; on before it connects. */
    public boolean standardStrings() {
        if (main == null) {
            return true;
        }
        try {
            String value = main.connection().unwrap(org.postgresql.PGConnection.class)
                    .getParameterStatus("standard_conforming_strings");
            return value == null || value.equalsIgnoreCase("on");
        } catch (SQLException e) {
            return true;
        }
    }

    /** Drops the main connection (lost); the next statement reconnects. */
    public void dropMain() {
        closeQuietly(main);
        main = null;
    }

    public void close() {
        closeQuietly(main);
        main = null;
        closeReader();
    }

    private QueryRunner reader() {
        if (reader == null) {
            reader = new QueryRunner(cancellation.open(settings.withTargetSessionAttrs("prefer-standby")));
        }
        return reader;
    }

    private void closeReader() {
        closeQuietly(reader);
        reader = null;
    }

    private boolean inUserTransaction() throws SQLException {
        return main != null && main.transactionState() != TransactionState.IDLE;
    }

    /** {@code host:port (standby)} of a runner's server, for messages. */
    public static String describe(QueryRunner runner) {
        try {
            ServerInfo server = ServerInfo.of(runner.connection());
            return server.hostPort() + " (" + server.role() + ")";
        } catch (SQLException e) {
            return "the server";
        }
    }

    public static boolean isReadOnly(String sql) {
        return StatementKind.of(sql) == StatementKind.ROWS;
    }

    public static boolean lost(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("08");
    }

    private static void closeQuietly(QueryRunner runner) {
        if (runner != null) {
            try {
                runner.connection().close();
            } catch (SQLException e) {
                // Closing a connection we no longer use; the server may already be gone.
            }
        }
    }
}

package com.vayyari.wadb.script;

import com.vayyari.wadb.session.Session;
import com.vayyari.wadb.sql.SqlToken;
import com.vayyari.wadb.sql.SqlTokenizer;
import com.vayyari.wadb.sql.StatementList;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * psql's AUTOCOMMIT off and ON_ERROR_ROLLBACK (SendQuery in common.c): before a statement, a BEGIN when none is
 * open, and inside a transaction a savepoint; after it, back to the savepoint if it failed, else released.
 */
final class TransactionGuard {

    private static final String SAVEPOINT = "pg_psql_temporary_savepoint";

    private final Session session;
    private final boolean interactive;

    TransactionGuard(Session session, boolean interactive) {
        this.session = session;
        this.interactive = interactive;
    }

    /** Runs the hidden statements due before {@code sql}; true when a savepoint was set that {@link #after} ends. */
    boolean before(String sql) {
        boolean autocommit = session.variables().isOn("AUTOCOMMIT");
        String rollback = session.variables().choice("ON_ERROR_ROLLBACK");
        boolean savepoints = rollback.equals("interactive") ? interactive : session.variables().isOn("ON_ERROR_ROLLBACK");
        if (autocommit && !savepoints) {
            return false;  // psql's default: nothing hidden is sent, and no round trip is spent asking
        }
        TransactionState state = state();
        if (state == TransactionState.IDLE && !autocommit && !noBegin(sql)) {
            hidden("BEGIN");
            state = state();
        }
        if (state == TransactionState.OPEN && savepoints) {
            hidden("SAVEPOINT " + SAVEPOINT);
            return true;
        }
        return false;
    }

    /** After the statement: roll back to the savepoint when it failed, release it when it did not end it. */
    void after(boolean savepoint, String sql) {
        if (!savepoint) {
            return;
        }
        TransactionState state = state();
        if (state == TransactionState.FAILED) {
            hidden("ROLLBACK TO " + SAVEPOINT);
        } else if (state == TransactionState.OPEN && !endsSavepoints(sql)) {
            hidden("RELEASE " + SAVEPOINT);
        }
    }

    /**
     * A hidden BEGIN standing for the implicit transaction the server gives a text of several statements, for a
     * batch that wadb must send in parts; true when one was sent (none inside the user's own transaction).
     */
    boolean beginImplicit() {
        if (state() != TransactionState.IDLE) {
            return false;
        }
        hidden("BEGIN");
        return true;
    }

    /** Ends what {@link #beginImplicit} began: COMMIT when every part went through, else ROLLBACK. */
    void endImplicit(boolean succeeded) {
        TransactionState state = state();
        if (state != TransactionState.IDLE) {
            hidden(succeeded && state == TransactionState.OPEN ? "COMMIT" : "ROLLBACK");
        }
    }

    private TransactionState state() {
        try {
            return session.connection().unwrap(BaseConnection.class).getTransactionState();
        } catch (SQLException e) {
            throw session.sqlFailure(e);
        }
    }

    private void hidden(String sql) {
        try (Statement statement = session.connection().createStatement()) {
            statement.execute(sql);
            session.connection().setAutoCommit(state() == TransactionState.IDLE);
        } catch (SQLException e) {
            throw session.sqlFailure(e);
        }
    }

    /** psql's command_no_begin: statements that cannot run in a transaction block, or are transaction control. */
    static boolean noBegin(String sql) {
        List<String> words = SqlTokenizer.tokens(sql).stream().filter(SqlToken::significant).limit(4)
                .map(token -> token.text().toLowerCase(Locale.ROOT)).toList();
        if (words.isEmpty()) {
            return false;
        }
        String first = words.get(0);
        String second = words.size() > 1 ? words.get(1) : "";
        return switch (first) {
            case "abort", "begin", "start", "commit", "end", "rollback", "vacuum", "savepoint", "release" -> true;
            case "prepare" -> second.equals("transaction");
            case "cluster" -> words.size() == 1;
            case "create" -> second.equals("database") || second.equals("tablespace")
                    || words.contains("concurrently") && words.contains("index");
            case "alter" -> second.equals("system");
            case "drop" -> second.equals("database") || second.equals("tablespace")
                    || second.equals("index") && words.size() > 2 && words.get(2).equals("concurrently");
            case "reindex" -> second.equals("database") || second.equals("system")
                    || words.contains("concurrently");
            case "discard" -> second.equals("all");
            default -> false;
        };
    }

    /**
     * psql's svpt_gone: a statement completed as COMMIT (COMMIT AND CHAIN keeps a transaction open), SAVEPOINT,
     * RELEASE or ROLLBACK ({@code END} and {@code ABORT} are tagged COMMIT and ROLLBACK), anywhere in a batch.
     */
    private static boolean endsSavepoints(String sql) {
        for (StatementList.Part part : StatementList.of(sql)) {
            String first = SqlTokenizer.tokens(part.text()).stream().filter(SqlToken::significant).findFirst()
                    .map(token -> token.text().toLowerCase(Locale.ROOT)).orElse("");
            if (List.of("commit", "end", "savepoint", "release", "rollback", "abort").contains(first)) {
                return true;
            }
        }
        return false;
    }
}

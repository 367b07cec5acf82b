package com.vayyari.wadb.repl;

import com.vayyari.wadb.shell.Session;
import java.sql.SQLException;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * psql's default prompts, {@code %/%R%x%# }: database name; {@code =} or the continuation state; {@code *}
 * inside a transaction, {@code !} in a failed one; {@code #} for a superuser, else {@code >}.
 */
final class Prompt {

    private final Session session;

    Prompt(Session session) {
        this.session = session;
    }

    String primary() {
        return build('=');
    }

    /** The prompt for a continuation line; {@code state} is the splitter's: '-', '\'', '"', '$', '*', '('. */
    String continuation(char state) {
        return build(state);
    }

    private String build(char state) {
        return session.settings().database() + state + transaction() + (superuser() ? "# " : "> ");
    }

    private String transaction() {
        if (!session.connected()) {
            return "";
        }
        try {
            TransactionState state = session.runner().transactionState();
            return state == TransactionState.OPEN ? "*" : state == TransactionState.FAILED ? "!" : "";
        } catch (SQLException e) {
            return "";
        }
    }

    private boolean superuser() {
        if (!session.connected()) {
            return false;
        }
        try {
            return "on".equals(session.connection().unwrap(BaseConnection.class).getParameterStatus("is_superuser"));
        } catch (SQLException e) {
            return false;
        }
    }
}

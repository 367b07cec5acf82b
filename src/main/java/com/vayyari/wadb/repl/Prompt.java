package com.vayyari.wadb.repl;

import com.vayyari.wadb.db.ServerInfo;
import com.vayyari.wadb.session.Session;
import java.sql.SQLException;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * psql's default prompts, {@code %/%R%x%# }: database name; {@code =} or the continuation state; {@code *}
 * inside a transaction, {@code !} in a failed one; {@code #} for a superuser, else {@code >}. With several
 * hosts configured the server in use follows the name ({@code @db2:5433}), and a standby is marked
 * {@code (standby)}, so nobody types a write into a replica unawares.
 */
final class Prompt {

    private final Session session;
    private java.sql.Connection describedConnection;
    private String server = "";

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
        return session.settings().database() + server() + state + transaction() + (superuser() ? "# " : "> ");
    }

    /** Asked once per connection (a reconnect may land elsewhere), not on every prompt. */
    private String server() {
        if (!session.connected()) {
            return "";
        }
        java.sql.Connection connection = session.connection();
        if (connection != describedConnection) {
            describedConnection = connection;
            server = describe(connection);
        }
        return server;
    }

    private String describe(java.sql.Connection connection) {
        try {
            ServerInfo info = ServerInfo.of(connection);
            String host = "";
            if (session.settings().hosts().size() > 1) {
                String address = connection.unwrap(BaseConnection.class).getQueryExecutor().getHostSpec().getHost();
                host = "@" + address + ":" + info.port();
            }
            return host + (info.standby() ? "(standby)" : "");
        } catch (SQLException e) {
            return "";
        }
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

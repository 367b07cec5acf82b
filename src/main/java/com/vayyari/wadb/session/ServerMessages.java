package com.vayyari.wadb.session;

import com.vayyari.wadb.db.Connector;
import com.vayyari.wadb.db.Secrets;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLWarning;
import org.postgresql.util.ServerErrorMessage;

/** Which server message a notice or a failed statement stands for, as psql's text and without the password. */
final class ServerMessages {

    private ServerMessages() {
    }

    /** A notice or warning the server sent; psql prints these whatever {@code -q} says. */
    static String notice(SQLWarning warning, String sql, ErrorStyle style, String password) {
        String text = warning instanceof PSQLWarning server && server.getServerErrorMessage() != null
                ? ServerMessageText.format(server.getServerErrorMessage(), sql, style, false)
                : Connector.firstLine(warning.getMessage()) + "\n";
        return Secrets.scrub(text, password);
    }

    /**
     * What psql prints for {@code failure} of {@code sql} (null when not known), when the server said why and the
     * connection is not {@code lost}.
     */
    static Optional<String> failure(SQLException failure, String sql, boolean lost, ErrorStyle style, String password) {
        ServerErrorMessage server = sql == null ? null : UnboundParameter.explain(sql, failure).orElse(null);
        if (server == null && failure instanceof PSQLException psql && !lost) {
            server = psql.getServerErrorMessage();
        }
        return Optional.ofNullable(server)
                .map(message -> Secrets.scrub(ServerMessageText.format(message, sql, style, true), password));
    }

    /** A failure without the server's fields (pgjdbc's own, or a lost connection), in one line. */
    static String oneLine(SQLException failure, String password) {
        String message = Secrets.scrub(Connector.firstLine(failure.getMessage()), password);
        if (!message.startsWith("ERROR:") && !message.startsWith("FATAL:")) {
            message = "ERROR: " + message;
        }
        return message + (failure.getSQLState() == null ? "" : " (SQLSTATE " + failure.getSQLState() + ")");
    }
}

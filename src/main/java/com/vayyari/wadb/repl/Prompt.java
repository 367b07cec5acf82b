package com.vayyari.wadb.repl;

import com.vayyari.wadb.db.ServerInfo;
import com.vayyari.wadb.session.Session;
import java.sql.SQLException;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * psql's prompts: PROMPT1, PROMPT2 and PROMPT3 with their {@code %} escapes (prompt.c), default {@code %/%R%x%# }:
 * database name; {@code =} or the continuation state ({@code @} in an {@code \\if} branch not taken); {@code *}
 * inside a transaction, {@code !} in a failed one; {@code #} for a superuser, else {@code >}. With several hosts
 * configured the server in use follows the name ({@code @db2:5433}), and a standby is marked {@code (standby)}, so
 * nobody types a write into a replica unawares.
 */
final class Prompt {

    private final Session session;
    private java.sql.Connection describedConnection;
    private String server = "";

    Prompt(Session session) {
        this.session = session;
    }

    /** PROMPT1; {@code state} is {@code =}, or {@code @} inside a branch not taken. */
    String primary(char state) {
        return expand("PROMPT1", state);
    }

    String primary() {
        return primary('=');
    }

    /** PROMPT2 for a continuation line; {@code state} is the splitter's: '-', '\'', '"', '$', '*', '('. */
    String continuation(char state) {
        return expand("PROMPT2", state);
    }

    /** PROMPT3, while COPY data is typed. */
    String copy() {
        return expand("PROMPT3", '\0');
    }

    private String expand(String variable, char state) {
        String pattern = session.variables().get(variable).orElse("");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '%' || i + 1 >= pattern.length()) {
                out.append(c);
                continue;
            }
            char escape = pattern.charAt(++i);
            switch (escape) {
                case '/' -> out.append(session.settings().database()).append(server());
                case '~' -> out.append(session.settings().database().equals(session.settings().user())
                        ? "~" : session.settings().database());
                case 'M' -> out.append(session.settings().hosts().get(0).host());
                case 'm' -> out.append(session.settings().hosts().get(0).host().replaceFirst("\\..*", ""));
                case '>' -> out.append(session.settings().hosts().get(0).port());
                case 'n' -> out.append(session.settings().user());
                case 'R' -> {
                    if (state != '\0') {
                        out.append(state);
                    }
                }
                case 'x' -> out.append(transaction());
                case '#' -> out.append(superuser() ? '#' : '>');
                case ':' -> {
                    int end = pattern.indexOf(':', i + 1);
                    if (end < 0) {
                        i = pattern.length();
                    } else {
                        out.append(session.variables().get(pattern.substring(i + 1, end)).orElse(""));
                        i = end;
                    }
                }
                case '[', ']' -> { }  // readline's invisible-text markers: JLine measures the prompt itself
                default -> {
                    int digits = i;
                    while (digits < pattern.length() && digits < i + 3 && pattern.charAt(digits) >= '0' && pattern.charAt(digits) <= '7') {
                        digits++;
                    }
                    if (digits > i) {
                        out.append((char) Integer.parseInt(pattern.substring(i, digits), 8));
                        i = digits - 1;
                    } else {
                        out.append(escape);
                    }
                }
            }
        }
        return out.toString();
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

package com.vayyari.wadb.meta;

import com.vayyari.wadb.config.ConnectionResolver;
import com.vayyari.wadb.config.ConnectionSettings;
import com.vayyari.wadb.config.HostPort;
import com.vayyari.wadb.exit.ExitCode;
import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.session.Session;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.postgresql.util.PSQLException;

/**
 * psql's {@code \c[onnect] [dbname [user [host [port]]]]} (command.c, do_connect): {@code -} or a missing argument
 * keeps what the current connection has; a {@code postgresql://} URL or a {@code key=value} string as the first
 * argument describes the whole new connection. The new connection is made before the old one is closed. In a
 * script a failure ends the run with exit code 2, as psql's does; interactively the old connection is kept.
 */
final class Connect {

    private final Session session;

    Connect(Session session) {
        this.session = session;
    }

    Intent run(List<String> args) throws IOException {
        ConnectionSettings old = session.settings();
        ConnectionSettings next;
        String first = args.isEmpty() ? null : args.get(0);
        if (first != null && isConnectionString(first)) {
            if (args.size() > 1) {
                throw WadbException.command("Do not give user, host, or port separately when using a connection string");
            }
            next = fromConnectionString(first, old);
        } else {
            HostPort server = old.hosts().get(0);
            String host = given(args, 2);
            String port = given(args, 3);
            if (port != null && !port.matches("[0-9]{1,9}")) {
                return failed("invalid integer value \"" + port + "\" for connection option \"port\"", null);
            }
            List<HostPort> hosts = host == null && port == null ? old.hosts()
                    : List.of(new HostPort(host != null ? host : server.host(),
                            port != null ? Integer.parseInt(port) : server.port()));
            String database = given(args, 0);
            String user = given(args, 1);
            next = old.withTarget(hosts, database != null ? database : old.database(), user != null ? user : old.user());
        }
        try {
            session.reconnect(next);
        } catch (WadbException e) {
            return failed(libpqStyle(e.getCause(), next), e.getCause());
        }
        session.interaction().refreshCompletions();  // the shell's table and column names are of the old database
        if (!session.options().quiet()) {
            announce(old, next);
        }
        return Intent.OK;
    }

    private Intent failed(String reason, Throwable cause) {
        if (session.invocation().terminals().stdin()) {
            session.err().println(reason);
            session.err().println("Previous connection kept");
            return new Intent.Done(ExitCode.COMMAND);
        }
        // psql has no connection left then, and the script ends with 2; with the user's ON_ERROR_STOP on, with 3.
        boolean stopsAsScripted = session.psqlErrorHandling() && session.options().onErrorStop();
        throw new WadbException(stopsAsScripted ? ExitCode.COMMAND : ExitCode.CONNECTION, "\\connect: " + reason, cause);
    }

    /** libpq's {@code connection to server at "h", port p failed: FATAL:  message}. */
    private static String libpqStyle(Throwable cause, ConnectionSettings next) {
        HostPort server = next.hosts().get(0);
        String prefix = "connection to server at \"" + server.host() + "\", port " + server.port() + " failed: ";
        Throwable root = cause;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof ConnectException) {
            return prefix + "Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?";
        }
        if (cause instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            return prefix + psql.getServerErrorMessage().getSeverity() + ":  " + psql.getServerErrorMessage().getMessage();
        }
        return prefix + (cause == null ? "unknown error" : com.vayyari.wadb.db.Connector.firstLine(cause.getMessage()));
    }

    /** psql's wording: the host and port are named when they changed. */
    private void announce(ConnectionSettings old, ConnectionSettings next) throws IOException {
        String who = "You are now connected to database \"" + next.database() + "\" as user \"" + next.user() + "\"";
        HostPort before = old.hosts().get(0);
        HostPort now = next.hosts().get(0);
        String line;
        if (before.host().equals(now.host()) && before.port() == now.port()) {
            line = who + ".";
        } else {
            String address = serverAddress();
            String host = "\"" + now.host() + "\"";
            if (address != null && !address.equals(now.host())) {
                host += " (address \"" + address + "\")";
            }
            line = who + " on host " + host + " at port \"" + now.port() + "\".";
        }
        session.output().writer().write(line + "\n");
        session.output().flush();
    }

    /** The numeric address the connection went to (libpq's PQhostaddr), as the server saw it. */
    private String serverAddress() {
        try {
            // A fresh connection is in autocommit: this leaves no transaction open.
            try (Statement statement = session.connection().createStatement();
                 ResultSet result = statement.executeQuery("select host(inet_server_addr())")) {
                return result.next() ? result.getString(1) : null;
            }
        } catch (SQLException e) {
            return null;
        }
    }

    private static String given(List<String> args, int index) {
        String value = index < args.size() ? args.get(index) : null;
        return value == null || value.equals("-") ? null : value;
    }

    static boolean isConnectionString(String text) {
        return text.startsWith("postgresql://") || text.startsWith("postgres://") || text.contains("=");
    }

    /** A URL as it is; {@code key=value ...} turned into one; what neither says comes from the environment. */
    private ConnectionSettings fromConnectionString(String text, ConnectionSettings old) {
        String url = text.contains("://") ? text : toUrl(keywords(text));
        try {
            ConnectionSettings resolved = new ConnectionResolver(session.invocation().env(),
                    session.invocation().workingDirectory()).resolve(new ConnectionResolver.Flags(url, null, null, null, null));
            return resolved.user() == null ? resolved.withTarget(resolved.hosts(), resolved.database(), old.user()) : resolved;
        } catch (IllegalArgumentException e) {
            throw WadbException.command(e.getMessage());
        }
    }

    /** libpq's {@code key=value} syntax: values may be single-quoted, with backslash escapes. */
    private static Map<String, String> keywords(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= text.length()) {
                break;
            }
            int equals = text.indexOf('=', i);
            if (equals < 0) {
                throw WadbException.command("missing \"=\" after \"" + text.substring(i).strip()
                        + "\" in connection info string");
            }
            String key = text.substring(i, equals).strip();
            i = equals + 1;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            StringBuilder value = new StringBuilder();
            boolean quoted = i < text.length() && text.charAt(i) == '\'';
            if (quoted) {
                i++;
            }
            while (i < text.length()) {
                char ch = text.charAt(i);
                if (quoted ? ch == '\'' : Character.isWhitespace(ch)) {
                    i++;
                    break;
                }
                if (ch == '\\' && i + 1 < text.length()) {
                    ch = text.charAt(++i);
                }
                value.append(ch);
                i++;
            }
            values.put(key, value.toString());
        }
        return values;
    }

    private static String toUrl(Map<String, String> keywords) {
        Map<String, String> rest = new LinkedHashMap<>(keywords);
        String user = rest.remove("user");
        String password = rest.remove("password");
        String host = Objects.requireNonNullElse(rest.remove("host"), "localhost");
        String port = rest.remove("port");
        String database = rest.remove("dbname");
        StringBuilder url = new StringBuilder("postgresql://");
        if (user != null) {
            url.append(encode(user)).append(password != null ? ":" + encode(password) : "").append('@');
        }
        url.append(host).append(port != null ? ":" + port : "").append('/');
        url.append(database != null ? encode(database) : user != null ? encode(user) : "");
        String separator = "?";
        for (Map.Entry<String, String> entry : rest.entrySet()) {
            url.append(separator).append(encode(entry.getKey())).append('=').append(encode(entry.getValue()));
            separator = "&";
        }
        return url.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

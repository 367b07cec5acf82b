package com.vayyari.wadb.db;

import com.vayyari.wadb.config.ConnectionSettings;
import com.vayyari.wadb.exit.WadbException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Opens connections and turns the driver's failures into one line a person can act on. */
public final class Connector {

    /** SQLSTATE 3D000: the database does not exist. */
    public static final String INVALID_CATALOG_NAME = "3D000";

    /** The connection parameters that carry the caller's PGTZ and PGDATESTYLE (libpq reads them from the environment). */
    public static final String TIME_ZONE = "timezone";
    public static final String DATE_STYLE = "datestyle";

    private Connector() {
    }

    public static Connection open(ConnectionSettings settings) {
        try {
            java.util.Properties properties = settings.jdbcProperties();
            // Any DateStyle, as in psql: pgjdbc would drop the connection over one that is not ISO.
            properties.setProperty("socketFactory", FilteringSocketFactory.class.getName());
            if (properties.getProperty("sslfactory") == null) {
                properties.setProperty("sslfactory", FilteringSslFactory.class.getName());
            }
            Connection connection = DriverManager.getConnection(settings.jdbcUrl(), properties);
            try {
                ClientDefaults.apply(connection, clientSetting(settings, TIME_ZONE), clientSetting(settings, DATE_STYLE));
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            return connection;
        } catch (SQLException e) {
            throw failure(settings, e);
        }
    }

    /**
     * The caller's own value of {@code name}: PGTZ/PGDATESTYLE, else a {@code -c name=value} in the libpq
     * options (PGOPTIONS), which the server applies before the startup values as it would libpq's.
     */
    private static String clientSetting(ConnectionSettings settings, String name) {
        String given = settings.parameters().get(name);
        if (given != null) {
            return given;
        }
        String options = settings.parameters().get("options");
        if (options == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)(?:^|\\s)(?:-c\\s*|--)" + name + "=(\\S+)")
                .matcher(options);
        String value = null;
        while (m.find()) {
            value = m.group(1);
        }
        return value;
    }

    /** {@code could not connect to HOST:PORT/DB: reason}, exit code 2, no password. */
    public static WadbException failure(ConnectionSettings settings, SQLException e) {
        return WadbException.connection("could not connect to " + settings.hostList() + "/" + settings.database()
                + ": " + reason(settings, e), e);
    }

    public static boolean isMissingDatabase(Throwable e) {
        return e.getCause() instanceof SQLException sql && INVALID_CATALOG_NAME.equals(sql.getSQLState());
    }

    static String reason(ConnectionSettings settings, SQLException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason;
        if (root instanceof ConnectException) {
            reason = "connection refused (is the server running and accepting TCP/IP connections?)";
        } else if (root instanceof UnknownHostException) {
            reason = "unknown host " + root.getMessage();
        } else {
            reason = firstLine(e.getMessage());
        }
        return Secrets.scrub(reason, settings.password());
    }

    /** The first line of a driver message (the rest is position and hint detail). */
    public static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String line = message.strip();
        int newline = line.indexOf('\n');
        return newline < 0 ? line : line.substring(0, newline);
    }
}

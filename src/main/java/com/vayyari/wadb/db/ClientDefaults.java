package com.vayyari.wadb.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Gives a new connection the TimeZone and DateStyle psql would have. pgjdbc always sends its JVM's zone and
 * {@code DateStyle=ISO} in the startup packet, and client values outrank the database's and role's defaults,
 * so those defaults are lost unless put back. psql (libpq) sends only {@code PGTZ} and {@code PGDATESTYLE}.
 *
 * <p>The default is the most specific {@code ALTER ROLE/DATABASE … SET} (role in database, role, database,
 * all), else for the zone the server's {@code log_timezone}: the configuration file's {@code timezone} is not
 * readable by every role, and initdb writes both from the same system zone. One round trip does it all.
 *
 * <p>A non-ISO DateStyle (German, SQL, Postgres) is set as any other: {@link FilteringSocketFactory} keeps pgjdbc
 * from dropping the connection over it.
 */
final class ClientDefaults {

    private static final String DEFAULT_OF = """
            (SELECT substr(c, length(?) + 2) FROM pg_catalog.pg_db_role_setting s, unnest(s.setconfig) c
              WHERE s.setdatabase IN (0, (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database()))
                AND s.setrole IN (0, (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = session_user))
                AND lower(c) LIKE lower(?) || '=%'
              ORDER BY s.setdatabase <> 0 AND s.setrole <> 0 DESC, s.setrole <> 0 DESC, s.setdatabase <> 0 DESC
              LIMIT 1)""";

    private static final String SQL = "SELECT pg_catalog.set_config('TimeZone', tz, false),"
            + " pg_catalog.set_config('DateStyle', ds, false)"
            + " FROM (SELECT coalesce(?, " + DEFAULT_OF + ", pg_catalog.current_setting('log_timezone')) AS tz,"
            + " coalesce(?, " + DEFAULT_OF + ", pg_catalog.current_setting('DateStyle')) AS ds OFFSET 0) v";

    private ClientDefaults() {
    }

    /** {@code timeZone} and {@code dateStyle} are the caller's PGTZ and PGDATESTYLE, or null to take the defaults. */
    static void apply(Connection connection, String timeZone, String dateStyle) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setString(1, blankToNull(timeZone));
            statement.setString(2, "timezone");
            statement.setString(3, "timezone");
            statement.setString(4, blankToNull(dateStyle));
            statement.setString(5, "datestyle");
            statement.setString(6, "datestyle");
            statement.executeQuery().close();
        }
        if (!autoCommit) {
            connection.commit();
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

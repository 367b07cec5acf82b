package com.vayyari.wadb.meta;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.session.Session;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * psql's {@code \encoding [ENCODING]}. wadb reads and writes UTF-8 only (Java strings and pgjdbc, which keeps the
 * client encoding at UTF8), so it shows {@code UTF8} and accepts UTF8 under any of PostgreSQL's spellings
 * ({@code UTF8}, {@code utf-8}, {@code UNICODE}). Another encoding PostgreSQL knows is refused in one line; a name
 * it does not know gets psql's own message.
 */
final class Encoding {

    static final String CLIENT_ENCODING = "UTF8";

    private final Session session;

    Encoding(Session session) {
        this.session = session;
    }

    Intent run(List<String> args) throws IOException {
        if (args.isEmpty()) {
            session.output().writer().write(CLIENT_ENCODING + "\n");
            session.output().flush();
            return Intent.OK;
        }
        String name = args.get(0);
        String canonical = canonical(name);
        if (canonical.equals("utf8") || canonical.equals("unicode")) {
            return Intent.OK;
        }
        if (!knownToServer(name)) {
            // psql reports this and goes on: the command does not count as failed, even with ON_ERROR_STOP.
            session.err().println("wadb: " + name + ": invalid encoding name or conversion procedure not found");
            return Intent.OK;
        }
        throw WadbException.command("\\encoding: wadb reads and writes UTF8 only; cannot switch to " + name);
    }

    /** PostgreSQL's clean_encoding_name: letters and digits only, lower case. */
    private static String canonical(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    private boolean knownToServer(String name) {
        try {
            // JDBC's autocommit is on whenever the user has no transaction open, so this leaves none behind.
            try (PreparedStatement statement = session.connection().prepareStatement("select pg_char_to_encoding(?) >= 0")) {
                statement.setString(1, name);
                try (ResultSet result = statement.executeQuery()) {
                    return result.next() && result.getBoolean(1);
                }
            }
        } catch (SQLException e) {
            throw session.sqlFailure(e);
        }
    }
}

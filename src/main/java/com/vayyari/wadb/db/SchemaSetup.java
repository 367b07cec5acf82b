package com.vayyari.wadb.db;

import com.vayyari.wadb.config.ConnectionSettings;
import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.sql.Identifiers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates the database when it is missing and applies ddl/ to it. The files and their order come from the
 * jar's copy of {@code ddl/setup.sql} (its {@code \ir} lines), so psql and wadb always run the same DDL.
 */
public final class SchemaSetup {

    private static final Pattern INCLUDE = Pattern.compile("(?m)^\\\\ir\\s+(\\S+)\\s*$");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)CREATE TABLE IF NOT EXISTS\\s+(\\w+)");
    /** An add-on may create no table, only an index: setup reports that too. */
    private static final Pattern CREATE_TABLE_OR_INDEX = Pattern.compile("(?i)CREATE (?:TABLE|INDEX) IF NOT EXISTS\\s+(\\w+)");

    /** One DDL file: its name and text, and whether it is an add-on's (whose indexes setup reports as it does tables). */
    public record DdlFile(String name, String sql, boolean addOn) {
        List<String> tables() {
            List<String> tables = new ArrayList<>();
            Matcher m = (addOn ? CREATE_TABLE_OR_INDEX : CREATE_TABLE).matcher(sql);
            while (m.find()) {
                tables.add(m.group(1));
            }
            return tables;
        }
    }

    /** What setup did: whether it created the database, and per table whether it was created. */
    public record Report(String database, boolean databaseCreated, List<TableState> tables) {
        public boolean changedNothing() {
            return !databaseCreated && tables.stream().noneMatch(TableState::created);
        }
    }

    public record TableState(String table, boolean created) {
    }

    private SchemaSetup() {
    }

    /** The DDL files in the order setup.sql runs them. */
    public static List<DdlFile> files() {
        List<DdlFile> files = new ArrayList<>();
        Matcher include = INCLUDE.matcher(resource("setup.sql"));
        while (include.find()) {
            files.add(new DdlFile(include.group(1), resource(include.group(1)), false));
        }
        return files;
    }

    /** The DDL files setup.sql runs, then those of {@code addOns} in their declared order. */
    public static List<DdlFile> files(Set<SchemaAddOn> addOns) {
        List<DdlFile> files = files();
        for (SchemaAddOn addOn : SchemaAddOn.values()) {
            if (addOns.contains(addOn)) {
                files.add(new DdlFile(addOn.fileName(), resource(addOn.fileName()), true));
            }
        }
        return files;
    }

    /** The whole schema as one script, for {@code setup --print}, with the files of {@code addOns}. */
    public static String script(Set<SchemaAddOn> addOns) {
        StringBuilder out = new StringBuilder("-- wadb setup: the DDL it applies, in order\n")
                .append("SET client_min_messages = warning;\nBEGIN;\n");
        for (DdlFile file : files(addOns)) {
            out.append("\n-- ").append(file.name()).append('\n').append(file.sql().strip()).append('\n');
        }
        return out.append("COMMIT;\n").toString();
    }

    public static Report apply(ConnectionSettings settings) {
        return apply(settings, Set.of(), Connector::open);
    }

    /**
     * Creates the database if needed and applies the DDL, then that of {@code addOns} — after checking, before any
     * change, that the server has their extensions. Every connection comes from
     * {@code connect} (a session's, which its cancels reach).
     */
    public static Report apply(ConnectionSettings settings, Set<SchemaAddOn> addOns,
                               java.util.function.Function<ConnectionSettings, Connection> connect) {
        if (!addOns.isEmpty()) {
            requireExtensions(settings, addOns, connect);
        }
        boolean created = false;
        Connection connection;
        try {
            connection = connect.apply(settings);
        } catch (WadbException e) {
            if (!Connector.isMissingDatabase(e)) {
                throw e;
            }
            createDatabase(settings, connect);
            created = true;
            connection = connect.apply(settings);
        }
        try (Connection c = connection) {
            return new Report(settings.database(), created, applyFiles(c, files(addOns)));
        } catch (SQLException e) {
            throw WadbException.command("setup failed, nothing was changed: " + e.getMessage()
                    + (e.getSQLState() == null ? "" : " (SQLSTATE " + e.getSQLState() + ")"));
        }
    }

    private static void createDatabase(ConnectionSettings settings,
                                       java.util.function.Function<ConnectionSettings, Connection> connect) {
        try (Connection admin = connect.apply(settings.withDatabase("postgres"));
             Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + Identifiers.quote(settings.database()));
        } catch (SQLException e) {
            // Someone else may have created it in the meantime: that is what we wanted.
            if (!"42P04".equals(e.getSQLState())) {
                throw WadbException.command("could not create database " + settings.database() + ": " + e.getMessage());
            }
        }
    }

    private static void requireExtensions(ConnectionSettings settings, Set<SchemaAddOn> addOns,
                                          java.util.function.Function<ConnectionSettings, Connection> connect) {
        ConnectionSettings probe = settings.withDatabase("postgres");
        try (Connection c = connect.apply(probe);
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_available_extensions WHERE name = ?")) {
            for (SchemaAddOn addOn : SchemaAddOn.values()) {
                if (!addOns.contains(addOn)) {
                    continue;
                }
                ps.setString(1, addOn.extension());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw WadbException.command(addOn.missing(settings.hostList()));
                    }
                }
            }
        } catch (SQLException e) {
            throw Connector.failure(probe, e);
        }
    }

    private static List<TableState> applyFiles(Connection c, List<DdlFile> files) throws SQLException {
        return Transactions.inTransaction(c, tx -> {
            // LOCAL: the quieting ends with the transaction.
            try (Statement st = c.createStatement()) {
                st.execute("SET LOCAL client_min_messages = warning");
            }
            List<TableState> states = new ArrayList<>();
            for (DdlFile file : files) {
                List<Boolean> existed = new ArrayList<>();
                for (String table : file.tables()) {
                    existed.add(exists(c, table));
                }
                try (Statement st = c.createStatement()) {
                    st.execute(file.sql());
                }
                List<String> tables = file.tables();
                for (int i = 0; i < tables.size(); i++) {
                    states.add(new TableState(tables.get(i), !existed.get(i)));
                }
            }
            return states;
        });
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            ps.setString(1, "public." + table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static String resource(String name) {
        try (InputStream in = SchemaSetup.class.getResourceAsStream("/ddl/" + name)) {
            if (in == null) {
                throw new IllegalStateException("ddl/" + name + " is missing from the wadb jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

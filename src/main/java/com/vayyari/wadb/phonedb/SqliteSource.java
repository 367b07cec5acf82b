package com.vayyari.wadb.phonedb;

import com.vayyari.wadb.importer.ImportException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * The phone's database, opened so that nothing can write to it: read-only, and {@code immutable} unless a
 * write-ahead log lies beside it — immutable stops SQLite creating {@code -shm} files or taking locks, but it
 * would also ignore the log's pages, which hold the newest messages of a file copied off a running phone.
 */
final class SqliteSource implements AutoCloseable {

    private final Connection connection;

    private SqliteSource(Connection connection) {
        this.connection = connection;
    }

    static SqliteSource open(Path file) {
        Path absolute = file.toAbsolutePath();
        boolean hasLog = Files.exists(absolute.resolveSibling(absolute.getFileName() + "-wal"));
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        String url = "jdbc:sqlite:" + absolute.toUri() + "?mode=ro" + (hasLog ? "" : "&immutable=1");
        try {
            Connection c = config.createConnection(url);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA query_only = true");
                st.executeQuery("SELECT count(*) FROM sqlite_master").close();  // fails here on a damaged file
            }
            return new SqliteSource(c);
        } catch (SQLException e) {
            throw new ImportException(file.getFileName() + ": cannot read it as an SQLite database ("
                    + e.getMessage() + ")", e);
        }
    }

    Connection connection() {
        return connection;
    }

    boolean hasTable(String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    boolean hasColumn(String table, String column) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM pragma_table_info(?) WHERE name = ?")) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Whether a query (the caller's constant) returns any row. */
    boolean any(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next();
        }
    }

    /** The number a query (the caller's constant, {@code SELECT count(*) …}) gives. */
    long count(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}

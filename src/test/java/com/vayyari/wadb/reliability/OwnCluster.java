package com.vayyari.wadb.reliability;

import com.vayyari.wadb.support.Required;
import com.vayyari.wadb.support.ThrowawayCluster;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class's own PostgreSQL cluster, for what the shared test server must not be put through: stopped,
 * given TLS or password rules, its log read. Started before the class's {@code @BeforeAll} with an empty
 * database {@code wa}, removed after; where no cluster can run here the class is skipped, saying why. Use it as
 * {@code @RegisterExtension static final OwnCluster cluster = new OwnCluster("log_statement = 'all'");}.
 */
final class OwnCluster implements BeforeAllCallback, AfterAllCallback {

    static final String DATABASE = "wa";

    private final List<String> config;
    private ThrowawayCluster server;

    /** With these postgresql.conf lines. */
    OwnCluster(String... config) {
        this.config = List.of(config);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Required.throwawayCluster();
        server = ThrowawayCluster.primary(config);
        try (Connection c = server.connect("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + DATABASE);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** {@code postgresql://postgres@127.0.0.1:PORT/wa}. */
    String url() {
        return server.url(DATABASE);
    }

    /** A JDBC connection to {@code wa} as postgres. */
    Connection connect() throws SQLException {
        return server.connect(DATABASE);
    }

    /** A JDBC connection to another database, e.g. {@code postgres}. */
    Connection connect(String database) throws SQLException {
        return server.connect(database);
    }

    String hostPort() {
        return server.hostPort();
    }

    int port() {
        return server.port();
    }

    /** The server's log (everything it writes to stderr). */
    Path log() {
        return server.dataDirectory().resolve("server.log");
    }

    ThrowawayCluster server() {
        return server;
    }

    /** Stops at once and starts again: for settings the server reads only at start. */
    void restart() throws IOException, InterruptedException {
        server.stop();
        server.start();
    }
}

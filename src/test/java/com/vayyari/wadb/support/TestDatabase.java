package com.vayyari.wadb.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh, empty database per test class on a real PostgreSQL server, dropped afterwards.
 *
 * <p>The server is found as DESIGN.md "Tests" says: {@code WADB_TEST_URL} if set; else a Testcontainers
 * {@code postgres:15} when a Docker engine answers; else the local server
 * {@code postgresql://postgres@127.0.0.1:5432/postgres}. Use it as
 * {@code @RegisterExtension static final TestDatabase db = new TestDatabase();}.
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback {

    private static final Pattern URL = Pattern.compile(
            "postgres(?:ql)?://(?:([^:@/]*)(?::([^@/]*))?@)?([^:/?]+)(?::(\\d+))?(?:/([^?]*))?.*");

    private final boolean withSchema;
    /** A test resource of SQL run in the new database, or null. */
    private final String fixture;
    private String name;

    /** An empty database. */
    public TestDatabase() {
        this(false, null);
    }

    private TestDatabase(boolean withSchema, String fixture) {
        this.withSchema = withSchema;
        this.fixture = fixture;
    }

    /** A database with ddl/setup.sql applied. */
    public static TestDatabase withSchema() {
        return new TestDatabase(true, null);
    }

    /** A database holding what the SQL in the test resource {@code resource} (e.g. {@code /describe/every-object.sql}) makes. */
    public static TestDatabase withFixture(String resource) {
        return new TestDatabase(false, resource);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        name = "wadb_t_" + context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT)
                + "_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16);
        try (Connection admin = TestServer.get().connect("postgres"); Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        if (withSchema) {
            applySchema();
        }
        if (fixture != null) {
            try (var in = TestDatabase.class.getResourceAsStream(fixture)) {
                if (in == null) {
                    throw new IllegalStateException("no test resource " + fixture);
                }
                execute(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (name == null) {
            return;
        }
        try (Connection admin = TestServer.get().connect("postgres"); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /** The database name. */
    public String name() {
        return name;
    }

    /** A {@code postgresql://} URL for this database, as wadb's {@code --url} takes it. */
    public String url() {
        return TestServer.get().url(name);
    }

    /** A plain JDBC connection to this database (autocommit on). */
    public Connection connect() throws SQLException {
        return TestServer.get().connect(name);
    }

    /** Runs SQL (several statements allowed) in this database. */
    public void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** Applies the DDL files in the order setup.sql lists them, as psql would. */
    public void applySchema() throws IOException, SQLException {
        Path ddl = Path.of("ddl");
        Matcher include = Pattern.compile("(?m)^\\\\ir\\s+(\\S+)").matcher(Files.readString(ddl.resolve("setup.sql")));
        StringBuilder sql = new StringBuilder("SET client_min_messages = warning;\n");
        while (include.find()) {
            sql.append(Files.readString(ddl.resolve(include.group(1)))).append('\n');
        }
        execute(sql.toString());
    }

    /** The server under test: chosen once per JVM. */
    public static final class TestServer {
        private static TestServer instance;

        private final String user;
        private final String password;
        private final String host;
        private final int port;

        private TestServer(String url) {
            Matcher m = URL.matcher(url);
            if (!m.matches()) {
                throw new IllegalStateException("WADB_TEST_URL is not a postgresql:// URL: " + url);
            }
            this.user = m.group(1) == null || m.group(1).isEmpty() ? "postgres" : m.group(1);
            this.password = m.group(2);
            this.host = m.group(3);
            this.port = m.group(4) == null ? 5432 : Integer.parseInt(m.group(4));
        }

        public static synchronized TestServer get() {
            if (instance == null) {
                instance = new TestServer(locate());
                instance.check();
            }
            return instance;
        }

        private static String locate() {
            String explicit = System.getenv("WADB_TEST_URL");
            if (explicit != null && !explicit.isBlank()) {
                return explicit;
            }
            String container = Containers.startPostgresIfDockerAnswers();
            if (container != null) {
                return container;
            }
            return "postgresql://postgres@127.0.0.1:5432/postgres";
        }

        private void check() {
            try (Connection ignored = connect("postgres")) {
                // reachable
            } catch (SQLException e) {
                throw new IllegalStateException("no PostgreSQL for the tests at " + url("postgres")
                        + " (" + e.getMessage() + "); start one, or set WADB_TEST_URL=postgresql://user:pass@host:port/db");
            }
        }

        public String host() {
            return host;
        }

        public int port() {
            return port;
        }

        public String user() {
            return user;
        }

        public String url(String database) {
            String credentials = password == null ? user : user + ":" + password;
            return "postgresql://" + credentials + "@" + host + ":" + port + "/" + database;
        }

        public Connection connect(String database) throws SQLException {
            Properties props = new Properties();
            props.setProperty("user", user);
            // Same as wadb itself: text transfer, so getString is the server's own output.
            props.setProperty("binaryTransfer", "false");
            if (password != null) {
                props.setProperty("password", password);
            }
            return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, props);
        }
    }

    /** Reads a classpath resource as UTF-8 text (test fixtures). */
    public static String resource(String name) throws IOException {
        try (InputStream in = TestDatabase.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

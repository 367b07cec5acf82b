package com.vayyari.wadb.reliability;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.Required;
import com.vayyari.wadb.support.Tmux;
import com.vayyari.wadb.support.WadbProcess;
import com.vayyari.wadb.support.WadbRun.Result;
import com.vayyari.wadb.support.WadbRun;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Passwords: found where libpq users keep them ({@code ~/.pgpass}, {@code PGPASSFILE}), and never shown — not
 * on stdout or stderr of any command, failures included, not in {@code \conninfo} or {@code --help}, not in
 * the REPL's history, not in the process's argument list, not in the server's log. The cluster asks for
 * SCRAM passwords from the role {@code app}; every other role is trusted, so the test can administer it.
 */
class SecretsTest {

    /** The part of each password the checks look for: it is in the raw and the percent-encoded form alike. */
    private static final String STEM = "s3cr3t-Zq7";
    private static final String PASSWORD = STEM + "@Pa55";
    private static final String IN_URL = STEM + "%40Pa55";
    private static final String WRONG = "wr0ng-" + STEM;

    @RegisterExtension
    static final OwnCluster cluster = new OwnCluster("password_encryption = 'scram-sha-256'", "log_statement = 'all'",
            "log_connections = on");

    @TempDir
    static Path dir;

    @BeforeAll
    static void rolesAndPasswordRules() throws Exception {
        try (Connection c = cluster.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE app LOGIN PASSWORD '" + PASSWORD + "'");
            st.execute("CREATE ROLE other LOGIN");
        }
        cluster.server().prependHba(List.of("host all app 127.0.0.1/32 scram-sha-256"));
        cluster.restart();
    }

    private static String url(String password, String database) {
        return "postgresql://app:" + password + "@" + cluster.hostPort() + "/" + database;
    }

    private static final String APP_WITHOUT_PASSWORD = "postgresql://app@127.0.0.1:%d/wa";

    private static Path pgpass(String name, String line) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, line + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    @Test
    void pgpassfileSuppliesThePasswordAndItIsNotInTheArgumentList() throws Exception {
        Path file = pgpass("pgpass-named", "127.0.0.1:" + cluster.port() + ":wa:app:" + PASSWORD);
        try (WadbProcess wadb = WadbProcess.start(Map.of("PGPASSFILE", file.toString()), List.of(),
                List.of("--url", String.format(APP_WITHOUT_PASSWORD, cluster.port()), "-A", "-t"))) {
            String argv = Files.readString(Path.of("/proc", String.valueOf(wadb.pid()), "cmdline"), StandardCharsets.UTF_8);
            assertFalse(argv.contains(STEM), argv);
            wadb.write("select current_user;\n");
            assertEquals("app", wadb.readLine());
            assertEquals(0, wadb.finish(30), wadb.err());
            assertEquals("", wadb.err());
        }
    }

    @Test
    void dotPgpassInTheHomeDirectorySuppliesThePassword() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path file = home.resolve(".pgpass");
        Files.writeString(file, "# host:port:database:user:password\n*:*:*:app:" + PASSWORD + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        WadbProcess.Result result = WadbProcess.run(Map.of("HOME", home.toString()), List.of("-Duser.home=" + home), "",
                "--url", String.format(APP_WITHOUT_PASSWORD, cluster.port()), "-A", "-t", "-c", "select current_user");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("app\n", result.out());
    }

    @Test
    void withoutAPasswordFromAnywhereTheLoginFailsInOneLineWithExitTwo() throws Exception {
        Path empty = pgpass("pgpass-empty", "# nothing for app");
        WadbProcess.Result result = WadbProcess.run(Map.of("PGPASSFILE", empty.toString()), List.of(), "",
                "--url", String.format(APP_WITHOUT_PASSWORD, cluster.port()), "-c", "select 1");
        assertEquals(2, result.exitCode(), result.err());
        Expect.oneLine(result.err());
    }

    @Test
    void thePasswordIsInNoOutputOfAnyCommandNorInTheServerLog() throws Exception {
        long logAt = Files.size(cluster.log());
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Files.writeString(dir.resolve(".env"), "VAYYARI_WA_DB_CONNECTION_STRING=" + url(IN_URL, "wa") + "\n");
        List<Case> cases = List.of(
                new Case("query", wadb(), "--url", url(IN_URL, "wa"), "-c", "select current_user"),
                new Case("\\conninfo", wadb(), "--url", url(IN_URL, "wa"), "-c", "\\conninfo"),
                new Case("\\conninfo before connecting", wadb().stdin("\\conninfo\n"), "--url", url(IN_URL, "wa")),
                new Case("--help", wadb(), "--url", url(IN_URL, "wa"), "--help"),
                new Case("setup --help", wadb(), "--url", url(IN_URL, "wa"), "setup", "--help"),
                new Case("wrong password", wadb(), "--url", url(WRONG, "wa"), "-c", "select 1"),
                new Case("no such database", wadb(), "--url", url(IN_URL, "nope"), "-c", "select 1"),
                new Case("connection refused", wadb(), "--url", "postgresql://app:" + IN_URL + "@127.0.0.1:" + closedPort
                        + "/wa", "-c", "select 1"),
                new Case("SQL error", wadb(), "--url", url(IN_URL, "wa"), "-c", "select 1/0"),
                new Case("bad port", wadb(), "--url", "postgresql://app:" + IN_URL + "@127.0.0.1:99999/wa", "-c", "select 1"),
                new Case("bad scheme", wadb(), "--url", "mysql://app:" + IN_URL + "@127.0.0.1/wa", "-c", "select 1"),
                new Case("setup without rights", wadb(), "--url", url(IN_URL, "wa"), "setup"),
                new Case("setup of a database it may not create", wadb(), "--url", url(IN_URL, "nope"), "setup"),
                new Case("generate without rights", wadb(), "--url", url(IN_URL, "wa"), "generate", "--chats", "2"),
                new Case("-W without a terminal", wadb(), "--url", url(IN_URL, "wa"), "-W", "-c", "select 1"),
                new Case("PGPASSWORD, wrong database", wadb().env("PGPASSWORD", PASSWORD), "--url",
                        "postgresql://app@" + cluster.hostPort() + "/nope", "-c", "\\conninfo"),
                new Case("PGPASSWORD, \\conninfo", wadb().env("PGPASSWORD", PASSWORD), "--url",
                        "postgresql://app@" + cluster.hostPort() + "/wa", "-c", "\\conninfo"),
                new Case("connection string variable", wadb().env("VAYYARI_WA_DB_CONNECTION_STRING", url(IN_URL, "wa")),
                        "-c", "\\conninfo"),
                new Case(".env file, wrong database", wadb().in(dir), "-d", "nope", "-c", "\\conninfo"),
                new Case(".env file", wadb().in(dir), "-c", "\\conninfo"));
        for (Case each : cases) {
            Result result = each.run().run(each.args());
            String said = result.out() + result.err();
            assertFalse(said.contains(STEM), each.name() + " printed the password:\n" + said);
            assertFalse(said.contains("Pa55"), each.name() + " printed part of the password:\n" + said);
            if (each.name().contains("conninfo") && result.exitCode() == 0) {
                assertTrue(result.out().contains("app:***@"), each.name() + ": " + result.out());
            }
        }
        Result login = wadb().run("--url", url(IN_URL, "wa"), "-A", "-t", "-c", "select current_user");
        assertEquals("app\n", login.out(), "the password in the URL does log in: " + login.err());
        String logged = Files.readString(cluster.log()).substring((int) logAt);
        assertTrue(logged.contains("connection authorized: user=app"), "the runs reached the server:\n" + logged);
        assertFalse(logged.contains(STEM), "the server log holds the password:\n" + logged);
    }

    /** One run of wadb that has the password somewhere in reach. */
    private record Case(String name, WadbRun run, String... args) {
    }

    @Test
    void theReplKeepsNoLineWithAPasswordInItsHistory() throws Exception {
        Required.tmux();
        Path history = dir.resolve("history");
        String secretUrl = url(IN_URL, "wa");
        try (Tmux tmux = Tmux.startFromClassPath(Map.of("HOME", dir.toString(), "WADB_HISTORY", history.toString(),
                "NO_COLOR", "1"), "--url", cluster.url())) {
            tmux.waitFor(s -> s.contains("wa=#"), 30_000);
            String[] typed = {
                "select 'first harmless line' as a;",
                "alter role other password '" + PASSWORD + "';",
                "alter role other",
                "  PassWord '" + PASSWORD + "';",
                "select '" + secretUrl + "' as url;",
                "select 'jdbc:postgresql://app:" + IN_URL + "@h/db' as url;",
                "select '919876543210@s.whatsapp.net' as jid;",
                "\\conninfo",
                "select 'last harmless line' as b;",
            };
            for (String line : typed) {
                tmux.line(line);
            }
            tmux.waitFor(s -> s.contains("last harmless line"), 10_000);
            tmux.line("\\q");
            long deadline = System.currentTimeMillis() + 10_000;
            while (tmux.running() && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
        }
        String kept = Files.readString(history, StandardCharsets.UTF_8);
        assertTrue(kept.contains("first harmless line") && kept.contains("last harmless line"),
                "history works at all:\n" + kept);
        assertFalse(kept.contains(STEM), "a password went into the history:\n" + kept);
        assertTrue(kept.contains("919876543210@s.whatsapp.net"), "a line with a JID is no secret:\n" + kept);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(history)));
    }

}

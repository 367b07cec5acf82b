package com.vayyari.wadb.reliability;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.vayyari.wadb.support.ThrowawayCluster;
import com.vayyari.wadb.support.WadbProcess;
import com.vayyari.wadb.support.WadbRun.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.core.TransactionState;

/**
 * The server goes away mid-session (an immediate stop: what a crash or a pulled cable looks like to a client).
 * Scripts end with one line and exit code 2 and leave no partial output file; the REPL says what was lost and
 * carries on once the server is back.
 */
class ServerGoneTest {

    /** Rows without end that the server sends as it makes them (a set-returning function in FROM would be
     * materialized first). */
    private static final String STREAMING = "select generate_series(1, 100000000) as g, repeat('x', 200) as pad";

    private static ThrowawayCluster cluster;
    private static boolean running;

    @TempDir
    Path dir;

    @BeforeAll
    static void startCluster() throws Exception {
        assumeTrue(ThrowawayCluster.available(), "PostgreSQL server binaries or the postgres user are missing");
        cluster = ThrowawayCluster.primary(List.of());
        running = true;
        try (Connection c = cluster.connect("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE wa");
        }
        try (Connection c = cluster.connect("wa"); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (id int)");
        }
    }

    @AfterAll
    static void removeCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @BeforeEach
    void serverUp() throws Exception {
        if (!running) {
            cluster.start();
            running = true;
        }
        try (Connection c = cluster.connect("wa"); Statement st = c.createStatement()) {
            st.execute("TRUNCATE t");
        }
    }

    private static void stopServer() throws Exception {
        cluster.stop();
        running = false;
    }

    private static void startServer() throws Exception {
        cluster.start();
        running = true;
    }

    @Test
    void aPipedSessionIdleBetweenStatementsEndsWithOneLineAndExitTwo() throws Exception {
        try (WadbProcess wadb = WadbProcess.start(Map.of(), List.of(), List.of("--url", cluster.url("wa"), "-A", "-t"))) {
            wadb.write("select 41 + 1;\n");
            assertEquals("42", wadb.readLine());
            stopServer();
            wadb.write("select 43;\ninsert into t values (1);\n");
            int code = wadb.finish(30);
            assertEquals(2, code, wadb.err());
            Expect.oneLine(wadb.err());
            assertTrue(wadb.err().contains("connection to the server was lost"), wadb.err());
        }
    }

    @Test
    void aLongQueryWhoseServerStopsEndsWithOneLineExitTwoAndNoOutputFile() throws Exception {
        Path target = dir.resolve("sleep.txt");
        CompletableFuture<Result> run = CompletableFuture.supplyAsync(
                () -> wadb().in(dir).run("--url", cluster.url("wa"), "-o", target.toString(), "-c", "select pg_sleep(30)"));
        Expect.eventually(() -> serverRuns("pg_sleep"), "the query never started");
        stopServer();
        Result result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run.get());
        assertEquals(2, result.exitCode(), result.err());
        Expect.oneLine(result.err());
        assertNothingWritten(target);
    }

    @Test
    void aResultStreamedToAFileWhenTheServerStopsLeavesNoPartialFileAndTheOldOneUntouched() throws Exception {
        Path target = dir.resolve("big.csv");
        Files.writeString(target, "yesterday's export\n");
        CompletableFuture<Result> run = CompletableFuture.supplyAsync(() -> wadb().in(dir).run("--url", cluster.url("wa"),
                "--csv", "-o", target.toString(), "-c", STREAMING));
        Expect.eventually(() -> temporaryFiles().anyMatch(f -> size(f) > 1_000_000), "no rows were streamed to the file");
        stopServer();
        Result result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run.get());
        assertEquals(2, result.exitCode(), result.err());
        Expect.oneLine(result.err());
        assertEquals("yesterday's export\n", Files.readString(target), "the existing file must be untouched");
        assertEquals(List.of(), temporaryFiles().toList(), "no temporary file may be left");
    }

    static Stream<Arguments> exports() {
        return Stream.of(Arguments.of("command line", "--csv"), Arguments.of("command line", "--json"),
                Arguments.of("piped", "--csv"), Arguments.of("piped", "--json"));
    }

    /** CSV is the server's COPY streamed through; JSON goes row by row through a sink: both stop cleanly. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("exports")
    void anExportWhoseServerStopsLeavesNoPartialFileAndTheOldOneUntouched(String door, String format) throws Exception {
        Path target = dir.resolve("export.out");
        Files.writeString(target, "last week's export\n");
        CompletableFuture<Result> run = CompletableFuture.supplyAsync(() -> door.equals("piped")
                ? wadb().in(dir).stdin("export --query \"" + STREAMING + "\" " + format + " --output " + target
                        + "\nselect 'not reached';\n").run("--url", cluster.url("wa"))
                : wadb().in(dir).run("--url", cluster.url("wa"), "export", "--query", STREAMING, format, "--output",
                        target.toString()));
        Expect.eventually(() -> temporaryFiles().anyMatch(f -> size(f) > 1_000_000), "no rows were streamed to the file");
        stopServer();
        Result result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run.get());
        assertEquals(2, result.exitCode(), result.err());
        Expect.oneLine(result.err());
        assertEquals("last week's export\n", Files.readString(target), "the existing file must be untouched");
        assertEquals(List.of(), temporaryFiles().toList(), "no temporary file may be left");
    }

    /**
     * The REPL outlives the server: the first command after the loss says so in one line, and once the server
     * is back the session reconnects by itself, in a clean state (the uncommitted insert went with the old
     * connection). psql words it "The connection to the server was lost. Attempting reset: Succeeded."
     */
    @Test
    void theReplReportsTheLostConnectionAndReconnectsWhenTheServerIsBack() throws Exception {
        try (InteractiveShell repl = new InteractiveShell(cluster.url("wa"))) {
            repl.type("begin;");
            repl.type("insert into t values (1);");
            stopServer();
            InteractiveShell.Said lost = repl.type("select count(*) from t;");
            Expect.oneLine(lost.err());
            assertTrue(lost.err().contains("connection to the server was lost"), lost.err());
            InteractiveShell.Said down = repl.type("select count(*) from t;");
            Expect.oneLine(down.err());
            assertTrue(down.err().contains("could not connect to " + cluster.hostPort() + "/wa"), down.err());

            startServer();
            InteractiveShell.Said back = repl.type("select count(*) from t;");
            assertEquals("", back.err());
            assertEquals(" count \n-------\n     0\n(1 row)\n\n", back.out(), "the open transaction was lost, not committed");
            assertEquals(TransactionState.IDLE, repl.session().runner().transactionState(),
                    "no transaction is open on the new connection");
        }
    }

    /** The server stops and comes back between two commands: the first one after reports, the next one runs. */
    @Test
    void theReplReconnectsAfterAServerRestartBetweenCommands() throws Exception {
        try (InteractiveShell repl = new InteractiveShell(cluster.url("wa"))) {
            repl.type("begin;");
            repl.type("insert into t values (1);");
            stopServer();
            startServer();
            InteractiveShell.Said lost = repl.type("select count(*) from t;");
            Expect.oneLine(lost.err());
            assertTrue(lost.err().contains("connection to the server was lost"), lost.err());
            InteractiveShell.Said next = repl.type("select count(*) from t;");
            assertEquals("", next.err());
            assertTrue(next.out().contains("     0\n(1 row)"), next.out());
        }
    }

    private void assertNothingWritten(Path target) throws Exception {
        assertFalse(Files.exists(target), "no output file may appear");
        assertEquals(List.of(), temporaryFiles().toList(), "no temporary file may be left");
    }

    private Stream<Path> temporaryFiles() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".wadb-tmp")).toList().stream();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException gone) {
            return 0;
        }
    }

    private static boolean serverRuns(String queryText) {
        try (Connection c = cluster.connect("postgres"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE state = 'active'"
                     + " AND application_name = 'wadb' AND query LIKE '%" + queryText + "%'")) {
            rs.next();
            return rs.getInt(1) > 0;
        } catch (java.sql.SQLException e) {
            return false;
        }
    }
}

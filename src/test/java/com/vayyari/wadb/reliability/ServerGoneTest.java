package com.vayyari.wadb.reliability;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.Required;
import com.vayyari.wadb.support.Tmux;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The server goes away mid-session (an immediate stop: what a crash or a pulled cable looks like to a client).
 * Scripts end with one line and exit code 2 and leave no partial output file; the REPL says what was lost and
 * carries on once the server is back.
 */
class ServerGoneTest {

    /** Rows without end that the server sends as it makes them (a set-returning function in FROM would be
     * materialized first). */
    private static final String STREAMING = "select generate_series(1, 100000000) as g, repeat('x', 200) as pad";

    @RegisterExtension
    static final OwnCluster cluster = new OwnCluster();
    private static boolean running;

    @TempDir
    Path dir;

    @BeforeAll
    static void aTable() throws Exception {
        running = true;
        try (Connection c = cluster.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (id int)");
        }
    }

    @BeforeEach
    void serverUp() throws Exception {
        if (!running) {
            cluster.server().start();
            running = true;
        }
        try (Connection c = cluster.connect(); Statement st = c.createStatement()) {
            st.execute("TRUNCATE t");
        }
    }

    private static void stopServer() throws Exception {
        cluster.server().stop();
        running = false;
    }

    private static void startServer() throws Exception {
        cluster.server().start();
        running = true;
    }

    @Test
    void aPipedSessionIdleBetweenStatementsEndsWithOneLineAndExitTwo() throws Exception {
        try (WadbProcess wadb = WadbProcess.start(Map.of(), List.of(), List.of("--url", cluster.url(), "-A", "-t"))) {
            wadb.write("select 41 + 1;\n");
            assertEquals("42", wadb.readLine());
            stopServer();
            // wadb may meet the stopped server already while it closes the last result (after printing its row),
            // and end there: the same one line and exit 2, with the next statement never read.
            wadb.writeIfRunning("select 43;\ninsert into t values (1);\n");
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
                () -> wadb().in(dir).run("--url", cluster.url(), "-o", target.toString(), "-c", "select pg_sleep(30)"));
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
        CompletableFuture<Result> run = CompletableFuture.supplyAsync(() -> wadb().in(dir).run("--url", cluster.url(),
                "--csv", "-o", target.toString(), "-c", STREAMING));
        stopWhileItStreams(run, target, "yesterday's export\n");
    }

    /** Both doors of export, each with the COPY path (CSV) and the row sink path (JSON). */
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
                        + "\nselect 'not reached';\n").run("--url", cluster.url())
                : wadb().in(dir).run("--url", cluster.url(), "export", "--query", STREAMING, format, "--output",
                        target.toString()));
        stopWhileItStreams(run, target, "last week's export\n");
    }

    /**
     * Stops the server once {@code run} has streamed a megabyte into its temporary file; then it must end with
     * exit 2 and one line, leave {@code target} as it was ({@code old}) and no temporary file.
     */
    private void stopWhileItStreams(CompletableFuture<Result> run, Path target, String old) throws Exception {
        Expect.eventually(() -> temporaryFiles().anyMatch(f -> size(f) > 1_000_000), "no rows were streamed to the file");
        stopServer();
        Result result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run.get());
        assertEquals(2, result.exitCode(), result.err());
        Expect.oneLine(result.err());
        assertEquals(old, Files.readString(target), "the existing file must be untouched");
        assertEquals(List.of(), temporaryFiles().toList(), "no temporary file may be left");
    }

    /**
     * The REPL in a real terminal: the server stops with a transaction open and comes back; the next command
     * says the server went away and the open transaction is lost, connects again, and the session goes on in a
     * clean state — the uncommitted insert went with the old connection. (psql: "The connection to the server
     * was lost. Attempting reset: Succeeded.")
     */
    @Test
    void theReplSaysTheOpenTransactionWasLostAndConnectsAgainWhenTheServerIsBack() throws Exception {
        try (Tmux repl = startRepl()) {
            repl.line("begin;");
            repl.waitFor(s -> s.contains("wa=*#"), 10_000);
            repl.line("insert into t values (1);");
            repl.waitFor(s -> s.contains("INSERT 0 1"), 10_000);
            stopServer();
            startServer();
            repl.line("select count(*) as after_restart from t;");
            String screen = repl.waitFor(s -> s.contains("connected again"), 20_000);
            assertTrue(screen.contains("wadb: the server went away"), screen);
            assertTrue(screen.contains("wadb: the transaction that was open is lost"), screen);
            repl.line("select count(*) as rows_kept from t;");
            screen = repl.waitFor(s -> s.contains(" rows_kept") && s.contains("(1 row)") && lastLine(s).startsWith("wa"),
                    10_000);
            assertTrue(screen.matches("(?s).*rows_kept\\s*\\n-+\\s*\\n\\s*0\\s*\\n\\(1 row\\).*"),
                    "the uncommitted insert is gone:\n" + screen);
            assertTrue(lastLine(screen).startsWith("wa=#"), "no transaction is open any more:\n" + screen);
        }
    }

    /** The server is still down at the next command: one line says so, and a later command connects. */
    @Test
    void theReplTriesAgainAtTheNextCommandWhileTheServerIsDown() throws Exception {
        try (Tmux repl = startRepl()) {
            repl.line("select 1 as before_stop;");
            repl.waitFor(s -> s.contains("(1 row)"), 10_000);
            stopServer();
            repl.line("select 2 as while_down;");
            String screen = repl.waitFor(s -> s.contains("the next command tries again"), 20_000);
            assertTrue(screen.contains("could not connect to " + cluster.hostPort() + "/wa"), screen);
            assertFalse(screen.contains("transaction that was open"), "no transaction was open:\n" + screen);
            startServer();
            repl.line("select 42 as back_again;");
            screen = repl.waitFor(s -> s.contains(" back_again") && s.contains("42"), 20_000);
            assertTrue(repl.running(), "the REPL goes on");
        }
    }

    /** The REPL in a terminal of its own, at its first prompt. */
    private Tmux startRepl() throws Exception {
        Required.tmux();
        Tmux repl = Tmux.startFromClassPath(Map.of("HOME", dir.toString(), "NO_COLOR", "1", "PAGER", ""),
                "--url", cluster.url());
        repl.waitFor(s -> s.contains("wa=#"), 30_000);
        return repl;
    }

    private static String lastLine(String screen) {
        List<String> lines = screen.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
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

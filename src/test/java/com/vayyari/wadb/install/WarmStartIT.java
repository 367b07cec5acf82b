package com.vayyari.wadb.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.Tmux;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warm start (README "Warm start"): the installed launcher with its client, as scripts call it, with
 * stdin not a terminal. Every call must do exactly what a direct run ({@code WADB_WARM=off}) does; only
 * where it runs may differ. Each test's servers live under a runtime directory of this class.
 */
class WarmStartIT {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final Path JAR = Path.of("target", "wadb.jar").toAbsolutePath();

    @TempDir
    static Path prefix;

    @TempDir
    static Path runtime;

    @TempDir
    static Path home;

    @BeforeAll
    static void install() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "no " + JAR + ": run the integration tests through mvn verify");
        Process install = new ProcessBuilder("bash", Path.of("install.sh").toAbsolutePath().toString(),
                "--prefix", prefix.toString(), "--jar", JAR.toString(), "--no-setup")
                .redirectErrorStream(true).start();
        String log = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, install.waitFor(), log);
        assertTrue(Files.isExecutable(prefix.resolve("lib/wadb/wadb-client")), "install.sh built no client:\n" + log);
        db.execute("CREATE TABLE numbers AS SELECT n FROM generate_series(1, 5) n");
    }

    @AfterAll
    static void stopServers() {
        servers().forEach(ProcessHandle::destroy);
    }

    @Test
    void aSecondCallRunsInTheServerTheFirstStarted() throws Exception {
        Path dir = Files.createDirectories(home.resolve("second-call"));
        assertEquals(new Result(0, "1\n", ""), wadb(dir, Map.of(), "-A", "-t", "-c", "select 1"));
        awaitServerFor(dir);

        Launched slow = launch(dir, Map.of(), true, "-A", "-t", "-c", "select 7 from pg_sleep(0.8)");
        Thread.sleep(300);
        String command = slow.process.info().command().orElse("");
        assertTrue(command.endsWith("wadb-client"), "still the client, no JVM of its own: " + command);
        assertEquals(new Result(0, "7\n", ""), slow.finish());
    }

    @Test
    void sameOutputAndExitCodesAsADirectRun() throws Exception {
        Path dir = Files.createDirectories(home.resolve("same"));
        wadb(dir, Map.of(), "-c", "select 1");
        awaitServerFor(dir);
        List<Call> calls = List.of(
                new Call("", "-c", "select n, n * 2 as twice from numbers order by n"),
                new Call("", "--csv", "-c", "select n, 'a,\"b' as s, null as z from numbers"),
                new Call("", "-c", "select nosuch from numbers"),
                new Call("", "--url", "postgresql://127.0.0.1:1/nowhere", "-c", "select 1"),
                new Call("", "--frobnicate"),
                new Call("select 1 as a;\nselect n from numbers where n < 3 \\gx\n\\echo done\n"),
                new Call("select 1;\nselect 1/0;\nselect 2;\n", "-v", "ON_ERROR_STOP=1"),
                new Call("", "chats", "--format", "json"),
                new Call("", "--help"));
        for (Call call : calls) {
            Result direct = run(dir, Map.of("WADB_WARM", "off"), call.stdin, call.args);
            Result warm = run(dir, Map.of(), call.stdin, call.args);
            assertEquals(direct, warm, "wadb " + String.join(" ", call.args));
        }
    }

    @Test
    void pathsAndEnvironmentAreTheCallersOwn() throws Exception {
        Path a = Files.createDirectories(home.resolve("a"));
        Path b = Files.createDirectories(home.resolve("b"));
        for (int i = 0; i < 2; i++) {  // the first call in each directory starts its server, the second uses it
            assertEquals(0, wadb(a, Map.of(), "-A", "-t", "-o", "out.txt", "-c", "select 'from a'").exitCode());
            assertEquals(0, wadb(b, Map.of(), "-A", "-t", "-o", "out.txt", "-c", "select 'from b'").exitCode());
            awaitServerFor(a);
            awaitServerFor(b);
        }
        assertEquals("from a\n", Files.readString(a.resolve("out.txt")));
        assertEquals("from b\n", Files.readString(b.resolve("out.txt")));

        Result elsewhere = wadb(a, Map.of("VAYYARI_WA_DB_CONNECTION_STRING",
                db.url().replace("/" + db.name(), "/wadb_no_such_database")), "-c", "select 1");
        assertEquals(2, elsewhere.exitCode(), elsewhere.toString());
        assertTrue(elsewhere.err().contains("wadb_no_such_database"), elsewhere.err());
        assertEquals(new Result(0, "1\n", ""), wadb(a, Map.of(), "-A", "-t", "-c", "select 1"));
    }

    @Test
    void callsAtOnceEachGetTheirOwnResults() throws Exception {
        Path dir = Files.createDirectories(home.resolve("parallel"));
        wadb(dir, Map.of(), "-c", "select 1");
        awaitServerFor(dir);
        List<CompletableFuture<Result>> runs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String sql = "select " + i + " * n from numbers order by n";
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return wadb(dir, Map.of(), "-A", "-t", "-c", sql);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (int i = 0; i < 6; i++) {
            StringBuilder expected = new StringBuilder();
            for (int n = 1; n <= 5; n++) {
                expected.append(i * n).append('\n');
            }
            assertEquals(new Result(0, expected.toString(), ""), runs.get(i).join());
        }
    }

    @Test
    void aClientThatGoesAwayCancelsItsStatement() throws Exception {
        Path dir = Files.createDirectories(home.resolve("cancel"));
        wadb(dir, Map.of(), "-c", "select 1");
        awaitServerFor(dir);
        Launched sleeper = launch(dir, Map.of(), true, "-c", "select pg_sleep(60) as warm_start_sleeper");
        await(() -> sleepers() == 1, "the statement to start");
        sleeper.process.destroy();  // SIGTERM, as a killed script's children get
        await(() -> sleepers() == 0, "the server to cancel the statement of a client that is gone");
    }

    @Test
    void aReaderThatStopsEndsTheCommandAsADirectRunDoes() throws Exception {
        Path dir = Files.createDirectories(home.resolve("head"));
        wadb(dir, Map.of(), "-c", "select 1");
        awaitServerFor(dir);
        for (Map<String, String> env : List.of(Map.of("WADB_WARM", "off"), Map.<String, String>of())) {
            Launched big = launch(dir, env, false, "-A", "-t", "-c", "select generate_series(1, 5000000)");
            BufferedReader lines = new BufferedReader(new InputStreamReader(big.process.getInputStream(),
                    StandardCharsets.UTF_8));
            assertEquals("1", lines.readLine());
            lines.close();  // as `| head -1` does
            Result result = big.finish();
            assertEquals(1, result.exitCode(), env + " " + result);
            assertEquals("wadb: could not write output: cannot write to standard output\n", result.err(),
                    env.toString());
        }
    }

    @Test
    void aTerminalOnStdinOrAnOpenSocketDirectoryMeansADirectRun() throws Exception {
        Path dir = Files.createDirectories(home.resolve("direct"));
        Path ownRuntime = Files.createDirectories(home.resolve("runtime-open"));
        Path open = Files.createDirectories(ownRuntime.resolve("wadb"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> env = Map.of("XDG_RUNTIME_DIR", ownRuntime.toString());
        assertEquals(new Result(0, "1\n", ""), wadb(dir, env, "-A", "-t", "-c", "select 1"));
        try (Stream<Path> files = Files.list(open)) {
            assertEquals(List.of(), files.toList(), "no server behind a directory others may enter");
        }

        // script(1) gives the launcher a terminal on stdin: the REPL and prompts need the real one.
        Path ttyRuntime = Files.createDirectories(home.resolve("runtime-tty"));
        String launcher = prefix.resolve("bin/wadb").toString();
        Result viaTerminal = runCommand(dir, Map.of("XDG_RUNTIME_DIR", ttyRuntime.toString()), "",
                List.of("script", "-qec", launcher + " -A -t -c 'select 1'", "/dev/null"));
        assertEquals(0, viaTerminal.exitCode(), viaTerminal.toString());
        assertTrue(viaTerminal.out().contains("1"), viaTerminal.toString());
        assertFalse(Files.exists(ttyRuntime.resolve("wadb")), "no server started for a terminal");
    }

    @Test
    void aWedgedServerIsPassedByAndNeverRunsTheCommandToo() throws Exception {
        Path dir = Files.createDirectories(home.resolve("wedged"));
        db.execute("CREATE TABLE wedge_runs (at timestamptz DEFAULT now())");
        wadb(dir, Map.of(), "-c", "select 1");
        Path socket = awaitServerFor(dir);
        ProcessHandle server = servers().filter(p -> socket.equals(socketOf(p))).findFirst().orElseThrow();
        signal("STOP", server);
        try {
            Result run = wadb(dir, Map.of(), "-q", "-c", "insert into wedge_runs default values");
            assertEquals(new Result(0, "", ""), run, "run directly after the server said nothing for 5 s");
        } finally {
            signal("CONT", server);
        }
        // The server now takes the connection the client gave up on: it must find no command in it.
        Thread.sleep(1000);
        assertEquals(new Result(0, "1\n", ""), wadb(dir, Map.of(), "-A", "-t", "-c", "select count(*) from wedge_runs"));
    }

    @Test
    void aServerThatDiesMidCommandIsReportedNotRetried() throws Exception {
        Path dir = Files.createDirectories(home.resolve("dies"));
        wadb(dir, Map.of(), "-c", "select 1");
        Path socket = awaitServerFor(dir);
        Launched sleeper = launch(dir, Map.of(), true, "-c", "select pg_sleep(60) as warm_start_dies");
        Thread.sleep(500);
        servers().filter(p -> socket.equals(socketOf(p))).forEach(ProcessHandle::destroyForcibly);
        Result result = sleeper.finish();
        assertEquals(1, result.exitCode(), result.toString());
        assertTrue(result.err().startsWith("wadb: the warm server stopped before the command finished"), result.err());
    }

    @Test
    void theReplRunsOnTheTerminalInAJvmOfItsOwnAndSaysNothingOfTheJvm() throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed");
        Path ttyRuntime = Files.createDirectories(home.resolve("runtime-repl"));
        Map<String, String> env = Map.of("XDG_RUNTIME_DIR", ttyRuntime.toString(), "HOME", home.toString(),
                "NO_COLOR", "1", "VAYYARI_WA_DB_CONNECTION_STRING", db.url());
        try (Tmux tmux = Tmux.startProgram(env, prefix.resolve("bin/wadb"))) {
            String screen = tmux.waitFor(s -> s.contains(db.name() + "=#"), 20_000);
            // A JDK 24+ warns of JLine's native library unless the jar's manifest allows it.
            assertFalse(screen.contains("WARNING"), screen);
            tmux.line("select 6 * 7 as answer;");
            tmux.waitFor(s -> s.contains("     42"), 5_000);
            tmux.line("\\q");
        }
        assertFalse(Files.exists(ttyRuntime.resolve("wadb")), "no server started for the REPL");
    }

    @Test
    void aServerThatJustFailedToStartIsNotStartedAgainAtOnce() throws Exception {
        Path dir = Files.createDirectories(home.resolve("restart"));
        wadb(dir, Map.of(), "-c", "select 1");
        Path socket = awaitServerFor(dir);
        servers().filter(p -> socket.equals(socketOf(p))).forEach(p -> {
            p.destroyForcibly();
            p.onExit().join();
        });
        Path log = socket.resolveSibling(socket.getFileName() + ".log");
        Files.writeString(log, "as a server that failed to start leaves it\n");

        assertEquals(new Result(0, "1\n", ""), wadb(dir, Map.of(), "-A", "-t", "-c", "select 1"));
        Thread.sleep(1500);
        assertTrue(servers().noneMatch(p -> socket.equals(socketOf(p))), "no new server within 30 s of the last start");

        Files.setLastModifiedTime(log, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        assertEquals(new Result(0, "1\n", ""), wadb(dir, Map.of(), "-A", "-t", "-c", "select 1"));
        assertEquals(socket, awaitServerFor(dir), "a new server once the log is older");
    }

    @Test
    void anIdleServerExitsAndTheNextCallStartsAnother() throws Exception {
        Path dir = Files.createDirectories(home.resolve("idle"));
        Map<String, String> shortIdle = Map.of("WADB_WARM_IDLE", "1");
        assertEquals(0, wadb(dir, shortIdle, "-c", "select 1").exitCode());
        Path socket = awaitServerFor(dir);
        await(() -> !Files.exists(socket), "the idle server to remove its socket");
        await(() -> servers().noneMatch(p -> commandLine(p).contains(socket.toString())), "the idle server to exit");
        // An empty log goes with its server; one with something in it stays for the user to read.
        Path log = socket.resolveSibling(socket.getFileName() + ".log");
        await(() -> !Files.exists(log) || size(log) > 0, "the idle server's empty log to be removed");
        assertFalse(Files.exists(log), () -> "the idle server said something in its log:\n" + read(log));
        assertEquals(new Result(0, "1\n", ""), wadb(dir, shortIdle, "-A", "-t", "-c", "select 1"));
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private record Call(String stdin, String... args) {
    }

    record Result(int exitCode, String out, String err) {
    }

    private record Launched(Process process, CompletableFuture<String> out, CompletableFuture<String> err) {
        Result finish() throws Exception {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("wadb did not exit");
            }
            return new Result(process.exitValue(), out.join(), err.join());
        }
    }

    private static Result wadb(Path dir, Map<String, String> env, String... args) throws Exception {
        return run(dir, env, "", args);
    }

    private static Result run(Path dir, Map<String, String> env, String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(prefix.resolve("bin/wadb").toString()));
        command.addAll(List.of(args));
        return runCommand(dir, env, stdin, command);
    }

    private static Result runCommand(Path dir, Map<String, String> env, String stdin, List<String> command)
            throws Exception {
        Launched launched = start(dir, env, command, true);
        try (OutputStream in = launched.process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // wadb did not read it all (it stopped at an error): its exit code says how
        }
        return launched.finish();
    }

    /** Starts the launcher with stdin closed; unless {@code readOut}, stdout is the caller's to read. */
    private static Launched launch(Path dir, Map<String, String> env, boolean readOut, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(prefix.resolve("bin/wadb").toString()));
        command.addAll(List.of(args));
        Launched launched = start(dir, env, command, readOut);
        launched.process.getOutputStream().close();
        return launched;
    }

    private static Launched start(Path dir, Map<String, String> extraEnv, List<String> command, boolean readOut)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("PG") || name.startsWith("WADB_") || name.startsWith("LC_"));
        env.put("VAYYARI_WA_DB_CONNECTION_STRING", db.url());
        env.put("XDG_RUNTIME_DIR", runtime.toString());
        env.put("WADB_WARM_IDLE", "30");
        env.put("LANG", "C.UTF-8");
        env.put("TZ", "UTC");
        env.putAll(new HashMap<>(extraEnv));
        Process process = builder.start();
        CompletableFuture<String> out = readOut ? read(process.getInputStream()) : CompletableFuture.completedFuture("");
        return new Launched(process, out, read(process.getErrorStream()));
    }

    private static CompletableFuture<String> read(java.io.InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }

    /** Waits for the server started by a call from {@code dir} to answer; returns its socket. */
    private static Path awaitServerFor(Path dir) throws Exception {
        Path[] found = new Path[1];
        await(() -> {
            found[0] = servers().filter(p -> workingDirectoryIs(p, dir)).map(WarmStartIT::socketOf)
                    .filter(socket -> socket != null && Files.exists(socket)).findFirst().orElse(null);
            return found[0] != null;
        }, "a warm server for " + dir);
        return found[0];
    }

    private static boolean workingDirectoryIs(ProcessHandle process, Path dir) {
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd")).equals(dir.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** The socket a server listens on: the argument after its class name. */
    private static Path socketOf(ProcessHandle server) {
        List<String> words = List.of(commandLine(server).split(" "));
        int at = words.indexOf("com.vayyari.wadb.warm.WarmServer");
        return at < 0 || at + 1 >= words.size() ? null : Path.of(words.get(at + 1));
    }

    /** The warm servers of this class (their command line names a socket under its runtime directory). */
    private static Stream<ProcessHandle> servers() {
        return ProcessHandle.allProcesses().filter(p -> {
            String line = commandLine(p);
            return line.contains("com.vayyari.wadb.warm.WarmServer")
                    && (line.contains(runtime.toString()) || line.contains(home.toString()));
        });
    }

    private static String commandLine(ProcessHandle process) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static void signal(String name, ProcessHandle process) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start().waitFor());
    }

    private static int sleepers() {
        try (Connection c = db.connect(); PreparedStatement st = c.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%warm_start_sleeper%' AND pid <> pg_backend_pid()"
                        + " AND state = 'active'")) {
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}

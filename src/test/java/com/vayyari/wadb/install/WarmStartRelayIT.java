package com.vayyari.wadb.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.Required;
import com.vayyari.wadb.support.Tmux;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The warm start (README "Warm start"), calls relayed to a warm server: the installed launcher with its client, as
 * scripts call it, with stdin not a terminal. Every call must do exactly what a direct run ({@code WADB_WARM=off})
 * does; only where it runs may differ. Where a server cannot be trusted or is not wanted, the launcher runs directly.
 */
class WarmStartRelayIT extends WarmStartSupport {

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

    /** {@code | head -1}: psql is killed by SIGPIPE, silently (141 in the shell); so is wadb, warm or direct. */
    @Test
    void aReaderThatStopsEndsTheCommandAsADirectRunDoes() throws Exception {
        Path dir = Files.createDirectories(home.resolve("head"));
        wadb(dir, Map.of(), "-c", "select 1");
        awaitServerFor(dir);
        String big = "select generate_series(1, 5000000)";
        List<List<String>> doors = List.of(List.of("-A", "-t", "-c", big),
                List.of("export", "--query", big, "--format", "csv"));
        for (Map<String, String> env : List.of(Map.of("WADB_WARM", "off"), Map.<String, String>of())) {
            for (List<String> args : doors) {
                Launched launched = launch(dir, env, false, args.toArray(String[]::new));
                BufferedReader lines = new BufferedReader(new InputStreamReader(launched.process.getInputStream(),
                        StandardCharsets.UTF_8));
                assertTrue(lines.readLine() != null, args.toString());
                lines.close();  // as `| head -1` does
                Result result = launched.finish();
                assertEquals(new Result(141, "", ""), result, env + " " + args);
            }
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

        // script(1) gives the launcher a terminal on stdin: -c is no REPL, and prompts need the real terminal.
        Path ttyRuntime = Files.createDirectories(home.resolve("runtime-tty"));
        String launcher = prefix.resolve("bin/wadb").toString();
        Result viaTerminal = runCommand(dir, Map.of("XDG_RUNTIME_DIR", ttyRuntime.toString()), "",
                List.of("script", "-qec", launcher + " -A -t -c 'select 1'", "/dev/null"));
        assertEquals(0, viaTerminal.exitCode(), viaTerminal.toString());
        assertTrue(viaTerminal.out().contains("1"), viaTerminal.toString());
        assertFalse(Files.exists(ttyRuntime.resolve("wadb")), "no server started for a terminal");
    }

    @Test
    void theFirstReplRunsInAJvmOfItsOwnSaysNothingOfTheJvmAndStartsAServerForTheNext() throws Exception {
        Required.tmux();
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
            tmux.waitUntilEnded(10_000);
        }
        // The next REPL is served warm (WarmReplIT).
        await(() -> servers().anyMatch(p -> String.valueOf(socketOf(p)).startsWith(ttyRuntime.toString())),
                "a server started for the next REPL");
    }
}

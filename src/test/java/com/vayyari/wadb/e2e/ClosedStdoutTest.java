package com.vayyari.wadb.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.Tmux;
import com.vayyari.wadb.support.WadbProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code wadb … | head -1}: the reader takes its line and closes the pipe. psql is killed by SIGPIPE at its next
 * write, silently, and the shell shows 141; wadb, a real process here as in the shell, ends the same way in every
 * door. (The warm server's relay: WarmStartRelayIT.)
 */
class ClosedStdoutTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    /** Far more than a pipe holds (64 KiB), so writes go on after the reader has gone. */
    private static final String BIG = "select generate_series(1, 300000)";
    private static final String CHAT = "120363012345678901@g.us";

    @TempDir
    static Path dir;

    @BeforeAll
    static void manyMessages() throws Exception {
        db.execute("INSERT INTO chats (jid, name, is_group) VALUES ('" + CHAT + "', 'Family', true);"
                + "INSERT INTO messages (message_id, jid, sender_name, content, \"timestamp\")"
                + " SELECT 'm' || n, '" + CHAT + "', 'Asha', 'message number ' || n, 1700000000 + n"
                + " FROM generate_series(1, 20000) n");
        Files.writeString(dir.resolve("big.sql"), BIG + ";\nselect 'after';\n");
    }

    @Test
    void psqlDiesOfSigpipeSilently() throws Exception {
        List<String> psql = new ArrayList<>(List.of("psql", "-X", "-A", "-t", "-c", BIG));
        ProcessBuilder builder = new ProcessBuilder(psql);
        builder.environment().put("PGDATABASE", db.name());
        builder.environment().put("PGHOST", TestDatabase.TestServer.get().host());
        builder.environment().put("PGPORT", Integer.toString(TestDatabase.TestServer.get().port()));
        builder.environment().put("PGUSER", TestDatabase.TestServer.get().user());
        Process process = builder.start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("1", lines.readLine());
        lines.close();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        assertEquals(List.of(141, ""), List.of(process.exitValue(), err), "what wadb matches");
    }

    static Stream<Arguments> doors() {
        String file = dir.resolve("big.sql").toString();
        return Stream.of(
                Arguments.of("-c", "", List.of("-c", BIG)),
                Arguments.of("-c COPY TO STDOUT", "", List.of("-c", "copy (" + BIG + ") to stdout")),
                Arguments.of("-f", "", List.of("-f", file)),
                Arguments.of("-f continuing on errors", "", List.of("-v", "ON_ERROR_STOP=0", "-f", file, "-c", BIG)),
                Arguments.of("piped stdin", BIG + ";\nselect 'after';\n", List.of()),
                Arguments.of("messages", "", List.of("messages", CHAT, "--limit", "20000")),
                Arguments.of("export", "", List.of("export", "--query", BIG, "--format", "csv")),
                Arguments.of("export piped", "export --query \"" + BIG + "\" --format json\n", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("doors")
    void aClosedStdoutEndsWadbAsItEndsPsql(String door, String stdin, List<String> args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--url", db.url(), "-A", "-t"));
        all.addAll(args);
        try (WadbProcess wadb = WadbProcess.start(Map.of(), List.of(), all)) {
            wadb.writeIfRunning(stdin);
            assertNotNull(wadb.readLine(), () -> door + ": no output at all: " + wadb.err());
            wadb.closeStdout();
            int code = wadb.finish(60);
            assertEquals(List.of(141, ""), List.of(code, wadb.err()), door);
        }
    }

    /**
     * The REPL on a terminal with its stdout piped into {@code head -1}: psql's next write after head has gone kills
     * it with SIGPIPE, silently, however interactive it is; the REPL ends the same way, with 141, not 0.
     */
    @Test
    void theReplEndsAsPsqlDoesWhenItsStdoutCloses() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, String> env = Map.of("JAVA", java, "CP", System.getProperty("java.class.path"), "URL", db.url(),
                "WADB_HISTORY", dir.resolve("history").toString());
        String script = "\"$JAVA\" -cp \"$CP\" com.vayyari.wadb.Main -X --url \"$URL\" | head -1;"
                + " echo \"wadb exited ${PIPESTATUS[0]}\"; sleep 60";
        try (Tmux repl = Tmux.startProgram(env, Path.of("/bin/bash"), "-c", script)) {
            String prompt = db.name() + "=#";
            repl.waitFor(screen -> screen.contains(prompt), 30_000);
            repl.line("select generate_series(1, 5) as n;");
            // head's one line, the header, and the next prompt, in whichever order head and the REPL got there
            repl.waitFor(screen -> screen.split(prompt, -1).length > 2 && screen.lines().anyMatch(
                    line -> line.equals(" n") || line.equals(prompt + "  n")), 20_000);
            repl.line("select 2;");
            String screen;
            try {
                screen = repl.waitFor(text -> text.contains("wadb exited"), 60_000);
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "\nwadb's threads:\n" + threads(db.name()), e);
            }
            assertTrue(screen.contains("wadb exited 141"), screen);
            assertFalse(screen.contains("could not write") || screen.contains("wadb:"), screen);
        }
    }

    /** What a REPL that stopped answering was doing, for the failure message. */
    private static String threads(String database) throws IOException, InterruptedException {
        Path jstack = Path.of(System.getProperty("java.home"), "bin", "jstack");
        StringBuilder dump = new StringBuilder();
        Process pgrep = new ProcessBuilder("pgrep", "-f", "com.vayyari.wadb.Main -X --url .*" + database).start();
        for (String pid : new String(pgrep.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\\s+")) {
            if (!pid.isBlank()) {
                Process stack = new ProcessBuilder(jstack.toString(), pid).redirectErrorStream(true).start();
                dump.append(new String(stack.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return dump.length() == 0 ? "(no wadb process)" : dump.toString();
    }

    @Test
    void aFullPipeThatIsReadToTheEndIsNoFailure() throws IOException, InterruptedException {
        WadbProcess.Result all = WadbProcess.run(Map.of(), List.of(), "", "--url", db.url(), "-A", "-t", "-c", BIG);
        assertEquals(List.of(0, ""), List.of(all.exitCode(), all.err()));
        assertEquals(300000, all.out().lines().count());
    }
}

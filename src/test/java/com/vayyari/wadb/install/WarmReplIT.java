package com.vayyari.wadb.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.Required;
import com.vayyari.wadb.support.Tmux;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The REPL served by the warm server on the caller's terminal (issue 17), in a real terminal (tmux): the installed
 * launcher with its client, a server already up. What a user sees must be a direct run's: psql's output, Ctrl-C
 * cancelling, the window's width, the pager and the editor on the terminal, and the terminal's settings as they
 * were when it ends.
 */
class WarmReplIT extends WarmStartSupport {

    /** What the launcher reads from the environment to pick its server, as the tests' other calls have it. */
    private static final String KEY_VARIABLES = "TZ LANG LC_ALL LC_CTYPE LC_MESSAGES LC_TIME LC_NUMERIC PGPASSFILE"
            + " PGSERVICEFILE PGSYSCONFDIR JAVA_TOOL_OPTIONS _JAVA_OPTIONS JDK_JAVA_OPTIONS COLUMNS";

    @Test
    void theReplRunsInTheWarmServerOnTheCallersTerminal() throws Exception {
        Required.tmux();
        Path dir = Files.createDirectories(home.resolve("repl"));
        String script = START_SERVER + "; stty -g > \"$HOME/stty.before\"; \"$2\"; echo \"exit=$?\""
                + "; stty -g > \"$HOME/stty.after\"; sleep 600";
        // The session's state is the caller's: its start-up file and history file, named by its environment.
        Path startup = Files.writeString(dir.resolve("wadbrc"), "\\echo the start-up file of the caller\n");
        Path history = dir.resolve("history");
        Map<String, String> env = environment(dir, Map.of(
                "WADBRC", startup.toString(),
                "WADB_HISTORY", history.toString(),
                "PAGER", "cat > \"$HOME/paged.txt\"; test -t 1 && echo pager-on-the-terminal",
                // the editor gets the query only when its stdin is the terminal
                "EDITOR", "edit() { test -t 0 && sed -i s/41/42/ \"$1\"; }; edit"));
        try (Tmux tmux = Tmux.startProgram(env, Path.of("/bin/sh"), "-c", script, "sh", dir.toString(), wadb())) {
            String prompt = db.name() + "=#";
            tmux.waitFor(s -> s.contains(prompt), 30_000);
            assertTrue(tmux.screen().contains("the start-up file of the caller"), tmux.screen());
            long server = servers().filter(p -> servesCallsFrom(p, dir)).findFirst()
                    .orElseThrow(() -> new AssertionError("no warm server")).pid();

            String query = "select n, n * 2 as twice from numbers order by n";
            tmux.line(query + ";");
            String psql = psql(query);
            tmux.waitFor(s -> s.contains("(5 rows)"), 10_000);
            assertTrue(trimmed(tmux.screen()).contains(psql), "psql's output:\n" + psql + "\nscreen:\n" + tmux.screen());

            tmux.line("\\! echo \"parent=$PPID\"");
            tmux.waitFor(s -> s.matches("(?s).*\nparent=[0-9]+\n.*"), 10_000);
            assertTrue(tmux.screen().contains("parent=" + server + "\n"), "\\! runs in the warm server (pid "
                    + server + "), no JVM of the REPL's own:\n" + tmux.screen());

            tmux.line("select pg_sleep(30) as warm_start_sleeper;");
            await(() -> sleepers() == 1, "the statement running");
            tmux.press("C-c");
            tmux.waitFor(s -> s.contains("ERROR:  canceling statement due to user request")
                    && lastLine(s).equals(prompt), 10_000);
            await(() -> sleepers() == 0, "the statement cancelled");

            tmux.line("\\pset format wrapped");
            tmux.line("select repeat('x', 150) as r;");
            tmux.waitFor(s -> s.contains("x".repeat(150)), 10_000);
            tmux.resize(60, 40);
            Thread.sleep(500);
            tmux.line("select repeat('y', 150) as r;");
            String resized = tmux.waitFor(s -> s.contains("yy.\n"), 10_000);
            assertTrue(resized.contains("\n " + "y".repeat(58) + ".\n"), "wrapped at the new width:\n" + resized);
            tmux.line("\\pset format aligned");

            tmux.line("select generate_series(1, 100) as many;");
            tmux.waitFor(s -> s.contains("pager-on-the-terminal"), 10_000);
            assertEquals(psql("select generate_series(1, 100) as many"),
                    trimmed(Files.readString(home.resolve("paged.txt"), StandardCharsets.UTF_8)));

            tmux.line("select 41 as answer;");
            tmux.line("\\e");
            tmux.waitFor(s -> s.contains("select 42 as answer") && s.contains("\n     42\n"), 10_000);

            tmux.line("\\q");
            tmux.waitFor(s -> s.contains("exit=0"), 10_000);
            tmux.waitFor(s -> Files.exists(home.resolve("stty.after")), 5_000);
            assertEquals(Files.readString(home.resolve("stty.before")), Files.readString(home.resolve("stty.after")),
                    "the terminal's settings as they were");
            assertTrue(Files.readString(history).contains(query + ";"), "the caller's history file");
        }
    }

    /** Ctrl-Z stops the client as it stops a direct run, the terminal as it was; {@code fg} brings the REPL back. */
    @Test
    void ctrlZStopsTheClientAndFgBringsTheReplBack() throws Exception {
        Required.tmux();
        Path dir = Files.createDirectories(home.resolve("suspend"));
        String script = START_SERVER + "; stty -g > \"$HOME/stty.z\"; export W=\"$2\"; PS1='$ ' exec bash --norc -i";
        try (Tmux tmux = Tmux.startProgram(environment(dir, Map.of()), Path.of("/bin/sh"), "-c", script, "sh",
                dir.toString(), wadb())) {
            tmux.waitFor(s -> lastLine(s).equals("$"), 30_000);
            tmux.line("\"$W\"");
            String prompt = db.name() + "=#";
            tmux.waitFor(s -> s.contains(prompt), 30_000);
            assertTrue(servers().anyMatch(p -> servesCallsFrom(p, dir)), "a warm server");
            tmux.type("select 6 * 7").press("C-z");
            tmux.waitFor(s -> s.contains("Stopped"), 10_000);
            tmux.line("stty -g | cmp - \"$HOME/stty.z\" && echo same-settings; fg");
            tmux.waitFor(s -> s.contains("same-settings"), 10_000);
            tmux.type(" as answer").line(";");
            tmux.waitFor(s -> s.contains("     42\n(1 row)"), 10_000);
            tmux.line("\\q");
            tmux.waitFor(s -> lastLine(s).equals("$"), 10_000);
        }
    }

    /**
     * A command on a terminal may ask there (a bulk change's confirmation), which only the terminal's own process
     * can: the server declines the terminal it is offered, and the command runs directly and asks.
     */
    @Test
    void aCommandOnATerminalIsDeclinedAndAsksOnTheTerminal() throws Exception {
        Required.tmux();
        db.applySchema();
        db.execute("insert into chats (jid, name) select g || '@s.whatsapp.net', 'chat ' || g"
                + " from generate_series(100, 111) g on conflict do nothing");
        Path dir = Files.createDirectories(home.resolve("command"));
        String jids = String.join(" ", java.util.stream.IntStream.rangeClosed(100, 111)
                .mapToObj(n -> n + "@s.whatsapp.net").toList());
        String script = START_SERVER + "; \"$2\" exclude " + jids + "; echo \"exit=$?\"; sleep 600";
        try (Tmux tmux = Tmux.startProgram(environment(dir, Map.of()), Path.of("/bin/sh"), "-c", script, "sh",
                dir.toString(), wadb())) {
            tmux.waitFor(s -> s.contains("exclude would change 12 chats. Go on? [y/N]"), 30_000);
            assertTrue(servers().anyMatch(p -> servesCallsFrom(p, dir)), "a warm server, which declined");
            tmux.line("y");
            tmux.waitFor(s -> s.contains("exit=0"), 10_000);
            assertTrue(tmux.screen().contains("excluded 111@s.whatsapp.net (chat 111)"), tmux.screen());
        }
    }

    /** The installed launcher, its first call (stdin no terminal) starting a server, and a wait for its socket. */
    private static final String START_SERVER = "unset " + KEY_VARIABLES + "; export TZ=UTC LANG=C.UTF-8; cd \"$1\""
            + "; \"$2\" -c 'select 1' </dev/null >/dev/null"
            + "; until [ -n \"$(find \"$XDG_RUNTIME_DIR/wadb\" -type s 2>/dev/null)\" ]; do sleep 0.1; done";

    private static String wadb() {
        return prefix.resolve("bin/wadb").toString();
    }

    private static Map<String, String> environment(Path dir, Map<String, String> more) {
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "VAYYARI_WA_DB_CONNECTION_STRING", db.url(),
                "XDG_RUNTIME_DIR", runtimeFor(dir).toString(),
                "WADB_WARM_IDLE", "60",
                "HOME", home.toString(),
                "TERM", "xterm-256color",
                "NO_COLOR", "1"));
        env.putAll(more);
        return env;
    }

    /** psql's output for {@code query}, each line without trailing blanks (tmux shows none). */
    private static String psql(String query) throws Exception {
        Process psql = new ProcessBuilder("psql", "-X", "-d", db.url(), "-c", query).start();
        String out = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, psql.waitFor());
        return trimmed(out);
    }

    private static String trimmed(String text) {
        return String.join("\n", text.lines().map(String::stripTrailing).toList());
    }

    private static String lastLine(String screen) {
        List<String> lines = screen.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
    }
}

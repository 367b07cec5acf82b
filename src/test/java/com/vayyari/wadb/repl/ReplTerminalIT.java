package com.vayyari.wadb.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.Required;
import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.Tmux;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REPL in a real terminal (tmux) running the built jar, typed into as a person would: completion, Ctrl-C,
 * history, colour, the pager and a lost connection.
 */
class ReplTerminalIT {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @TempDir
    Path home;

    @BeforeAll
    static void needsTmuxAndData() throws Exception {
        Required.that(Tmux.available(), "tmux is not installed: the terminal tests need it");
        db.execute("insert into chats (jid, name, is_group) values ('111@s.whatsapp.net', 'Family Group', true),"
                + " ('222@s.whatsapp.net', 'Ravi', false)");
    }

    private Tmux start(Map<String, String> extraEnv) throws Exception {
        Map<String, String> env = new HashMap<>(Map.of("HOME", home.toString(), "PAGER", ""));
        env.putAll(extraEnv);
        Tmux tmux = Tmux.start(env, "--url", db.url());
        tmux.waitFor(s -> s.contains(prompt()), 20_000);
        return tmux;
    }

    private static String prompt() {
        return db.name() + "=#";
    }

    /** The screen's last non-blank line: where the cursor's input is. */
    private static String lastLine(String screen) {
        List<String> lines = screen.lines().filter(l -> !l.isBlank()).toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void completesATableAColumnAndAChatName() throws Exception {
        try (Tmux tmux = start(Map.of("NO_COLOR", "1"))) {
            // The catalog loads in the background: until it is in, a table does not complete yet.
            long deadline = System.currentTimeMillis() + 10_000;
            tmux.type("select count(*) from media_f").press("Tab");
            while (!lastLine(tmux.screen()).endsWith("from media_files") && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
                clear(tmux).type("select count(*) from media_f").press("Tab");
            }
            assertTrue(lastLine(tmux.screen()).endsWith("select count(*) from media_files"), tmux.screen());

            clear(tmux).type("select name from chats where is_gr").press("Tab");
            tmux.waitFor(s -> lastLine(s).endsWith("where is_group"), 3_000);

            clear(tmux).type("messages Family").press("Tab");
            tmux.waitFor(s -> lastLine(s).endsWith("messages 'Family Group'"), 3_000);
            clear(tmux).type("search hello --chat Rav").press("Tab");
            tmux.waitFor(s -> lastLine(s).endsWith("--chat Ravi"), 3_000);
        }
    }

    /**
     * Ctrl-C at the prompt, then waits for the fresh prompt: Ctrl-C is a signal, so keys typed right after it
     * could still reach the line it clears.
     */
    private static Tmux clear(Tmux tmux) throws Exception {
        tmux.press("C-c");
        tmux.waitFor(s -> lastLine(s).equals(prompt()), 3_000);
        return tmux;
    }

    @Test
    void ctrlCCancelsARunningQueryWithinASecondAndTheNextOneWorks() throws Exception {
        try (Tmux tmux = start(Map.of("NO_COLOR", "1"))) {
            tmux.line("select pg_sleep(30);");
            awaitRunning("select pg_sleep(30)");
            long pressed = System.currentTimeMillis();
            tmux.press("C-c");
            tmux.waitFor(s -> s.contains("canceling statement due to user request") && lastLine(s).startsWith(prompt()),
                    1_000);
            assertTrue(System.currentTimeMillis() - pressed < 1_000);
            tmux.line("select 40 + 2 as answer;");
            String screen = tmux.waitFor(s -> s.contains("(1 row)"), 5_000);
            assertTrue(screen.contains("     42"), screen);
            assertTrue(tmux.running(), "Ctrl-C never ends the shell");
        }
    }

    private static void awaitRunning(String query) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            while (System.currentTimeMillis() < deadline) {
                try (ResultSet rs = st.executeQuery("select count(*) from pg_stat_activity where state = 'active' "
                        + "and query like '" + query.replace("'", "''") + "%'")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError(query + " never started");
    }

    @Test
    void historyIsPrivateKeepsNoPasswordRecallsAMultiLineStatementAsTypedAndSearches() throws Exception {
        Path history = home.resolve("history");
        try (Tmux tmux = start(Map.of("NO_COLOR", "1", "WADB_HISTORY", history.toString()))) {
            tmux.line("select 7 as seven;");
            tmux.waitFor(s -> s.contains("seven"), 5_000);
            tmux.line("select 'hunter2' as password;");
            tmux.line("\\echo postgresql://app:hunter2@db.example/x");
            tmux.line("select 1 as");
            tmux.line("  one;");
            tmux.waitFor(s -> s.contains(" one\n"), 5_000);
            tmux.press("Up");
            String screen = tmux.waitFor(s -> lastLine(s).endsWith("-#   one;"), 3_000);
            List<String> lines = screen.lines().filter(l -> !l.isBlank()).toList();
            assertEquals(prompt() + " select 1 as", lines.get(lines.size() - 2), screen);
            clear(tmux).press("C-r").type("seven");
            screen = tmux.waitFor(s -> lastLine(s).startsWith("bck-i-search: seven"), 3_000);
            lines = screen.lines().filter(l -> !l.isBlank()).toList();
            assertEquals(prompt() + " select 7 as seven;", lines.get(lines.size() - 2), "Ctrl-R finds it:\n" + screen);
            tmux.press("C-g");
            clear(tmux).line("\\q");
            awaitExit(tmux);
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(history)));
        String stored = Files.readString(history);
        assertTrue(stored.contains("select 7 as seven;"), stored);
        assertTrue(stored.contains("select 1 as\\n  one;"), "one entry, as typed:\n" + stored);
        assertFalse(stored.contains("hunter2"), stored);
        assertFalse(stored.toLowerCase().contains("password"), stored);
    }

    private static void awaitExit(Tmux tmux) throws Exception {
        long deadline = System.currentTimeMillis() + 5_000;
        while (tmux.running() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertFalse(tmux.running(), "\\q ends the REPL");
    }

    @Test
    void noColorMeansNoEscapeCodes() throws Exception {
        String typed = "select 'text', 42 from chats -- comment";
        try (Tmux tmux = start(Map.of("NO_COLOR", "1"))) {
            tmux.type(typed);
            tmux.waitFor(s -> s.contains(typed), 3_000);
            tmux.press("Enter").type(";").press("Enter");
            tmux.waitFor(s -> s.contains("(2 rows)"), 5_000);
            assertFalse(tmux.screenWithEscapes().contains("\u001b["), tmux.screenWithEscapes());
        }
        try (Tmux tmux = start(Map.of())) {
            tmux.type(typed);
            tmux.waitFor(s -> s.contains(typed), 3_000);
            assertTrue(tmux.screenWithEscapes().contains("\u001b["), "with colour on, the same line is highlighted");
        }
    }

    @Test
    void thePagerStartsForALongResultAndNotForAShortOne() throws Exception {
        Path calls = home.resolve("pager-calls");
        Path paged = home.resolve("paged");
        Path pager = home.resolve("pager.sh");
        Files.writeString(pager, "#!/bin/sh\necho called >> '" + calls + "'\ncat > '" + paged + "'\n");
        Files.setPosixFilePermissions(pager, PosixFilePermissions.fromString("rwx------"));
        try (Tmux tmux = start(Map.of("NO_COLOR", "1", "PAGER", pager.toString()))) {
            tmux.line("select generate_series(1, 200) as n;");
            // The prompt comes back once the pager has exited, which it does at the end of its input.
            tmux.waitFor(s -> Files.exists(calls) && lastLine(s).equals(prompt()), 5_000);
            assertEquals(List.of("called"), Files.readAllLines(calls));
            assertTrue(Files.readString(paged).contains("(200 rows)"), "the whole result went to the pager");
            tmux.line("select 'short' as s;");
            tmux.waitFor(s -> s.contains(" short"), 5_000);
            assertEquals(List.of("called"), Files.readAllLines(calls), "a short result prints directly");
            tmux.line("select repeat('w', 200) as wide;");  // one row, wider than the 160-column window
            tmux.waitFor(s -> lastLine(s).equals(prompt()) && Files.exists(paged) && readQuietly(paged).contains("www"), 5_000);
            assertEquals(List.of("called", "called"), Files.readAllLines(calls), "a result wider than the screen is paged");
            tmux.line("\\pset pager off");
            tmux.waitFor(s -> s.contains("Pager usage is off."), 3_000);
            tmux.line("select generate_series(1, 200) as n;");
            tmux.waitFor(s -> s.contains("(200 rows)"), 5_000);
            assertEquals(List.of("called", "called"), Files.readAllLines(calls), "\\pset pager off");
        }
    }

    @Test
    void aLostConnectionIsReportedWithItsTransactionAndMadeAgain() throws Exception {
        try (Tmux tmux = start(Map.of("NO_COLOR", "1"))) {
            tmux.line("begin;");
            tmux.waitFor(s -> s.contains(db.name() + "=*#"), 5_000);
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() "
                        + "and pid <> pg_backend_pid() and backend_type = 'client backend'");
            }
            tmux.line("select 1 as after;");
            String screen = tmux.waitFor(s -> s.contains("connected again"), 10_000);
            assertTrue(screen.contains("the server went away"), screen);
            assertTrue(screen.contains("the transaction that was open is lost"), screen);
            tmux.line("select 2 as again;");
            // The result prints before the prompt is drawn again: wait for the prompt after it, not just the result.
            screen = tmux.waitFor(s -> s.contains("(1 row)") && !lastLine(s).equals("(1 row)"), 5_000);
            assertTrue(lastLine(screen).startsWith(prompt()), "back to a prompt outside any transaction:\n" + screen);
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}

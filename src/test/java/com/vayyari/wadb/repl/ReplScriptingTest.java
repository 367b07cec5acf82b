package com.vayyari.wadb.repl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.Tmux;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** psql's script language at the prompt, typed as a user types it: COPY data at {@code >>}, PROMPT1, {@code \if}. */
class ReplScriptingTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @TempDir
    Path home;

    private Tmux start() throws Exception {
        Tmux tmux = Tmux.startFromClassPath(Map.of("HOME", home.toString(), "PAGER", "", "NO_COLOR", "1"), "--url", db.url());
        tmux.waitFor(s -> s.contains(db.name() + "=#"), 20_000);
        return tmux;
    }

    @Test
    void copyDataIsTypedAtPromptThreeAndCtrlDEndsIt() throws Exception {
        try (Tmux tmux = start()) {
            tmux.line("create table t (id int, note text);");
            tmux.waitFor(s -> s.contains("CREATE TABLE"), 10_000);
            tmux.line("copy t from stdin with (format csv);");
            tmux.waitFor(s -> s.contains("End with a backslash and a period on a line by itself, or an EOF signal.\n>>"), 10_000);
            tmux.line("1,one");
            tmux.waitFor(s -> s.contains(">> 1,one\n>>"), 10_000);
            tmux.line("\\.");
            tmux.waitFor(s -> s.contains("COPY 1"), 10_000);
            tmux.line("copy t from stdin with (format csv);");
            tmux.waitFor(s -> s.split("End with a backslash", -1).length == 3, 10_000);
            tmux.line("2,two");
            // Between two reads the terminal is back in cooked mode, where the tty itself would eat a Ctrl-D
            // typed ahead: press it once the next prompt shows that the line reader owns the terminal again.
            tmux.waitFor(s -> s.contains(">> 2,two\n>>"), 10_000);
            tmux.press("C-d");
            String screen = tmux.waitFor(s -> s.contains("COPY 1\n" + db.name() + "=#") && s.indexOf("COPY 1") != s.lastIndexOf("COPY 1"), 10_000);
            assertTrue(screen.contains(">> 2,two"), screen);
        }
    }

    @Test
    void dashNTypesLinesAsTheyAreWithoutCompletionOrHistory() throws Exception {
        try (Tmux tmux = Tmux.startFromClassPath(Map.of("HOME", home.toString(), "PAGER", "", "NO_COLOR", "1"),
                "--url", db.url(), "-n")) {
            tmux.waitFor(s -> s.contains(db.name() + "=#"), 20_000);
            tmux.line("select 'kept' as word;");
            tmux.waitFor(s -> s.contains("(1 row)"), 10_000);
            // Tab is a character like any other (psql -n has no completion): the statement fails on it.
            tmux.type("sel").press("Tab").line("ect 1;");
            tmux.waitFor(s -> s.contains("syntax error at or near \"sel\""), 10_000);
            tmux.line("\\q");
            // \q ends the program and its tmux session: its screen is gone, not a thing to wait for
            tmux.waitUntilEnded(10_000);
        }
        assertTrue(!java.nio.file.Files.exists(home.resolve(".wadb_history")), "no history is written");
    }

    @Test
    void promptOneFollowsItsVariableAndShowsABranchNotTaken() throws Exception {
        try (Tmux tmux = start()) {
            tmux.line("\\set PROMPT1 '%n|%/%R%x%# '");
            tmux.waitFor(s -> s.contains("|" + db.name() + "=#"), 10_000);
            tmux.line("\\if false");
            tmux.waitFor(s -> s.contains("|" + db.name() + "@#"), 10_000);
            tmux.line("select 'skipped';");
            tmux.line("\\endif");
            tmux.line("begin;");
            String screen = tmux.waitFor(s -> s.contains("|" + db.name() + "=*#"), 10_000);
            assertTrue(!screen.contains("skipped\n(1 row)"), screen);
        }
    }
}

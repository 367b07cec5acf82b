package com.vayyari.wadb.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.Required;
import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.Tmux;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The REPL in a real terminal (tmux), typed into as a person would. */
class ReplSessionIT {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @TempDir
    static Path home;

    @BeforeAll
    static void needsTmux() {
        Required.tmux();
    }

    @Test
    void multiLineQueryTableExpandedTransactionsAndQuit() throws Exception {
        try (Tmux tmux = Tmux.start(Map.of("HOME", home.toString(), "NO_COLOR", "1"), "--url", db.url())) {
            String prompt = db.name() + "=#"; // capture-pane drops trailing spaces
            tmux.waitFor(s -> s.contains(prompt), 20_000);
            tmux.line("select 1 as id,").line("  'two' as name;");
            String screen = tmux.waitFor(s -> s.contains("(1 row)"), 10_000);
            assertTrue(screen.contains(db.name() + "-# "), "continuation prompt:\n" + screen);
            // capture-pane drops trailing spaces, so the header line ends at "name".
            assertTrue(screen.contains(" id | name\n----+------\n  1 | two\n(1 row)"), screen);

            tmux.line("\\x");
            tmux.waitFor(s -> s.contains("Expanded display is on."), 5_000);
            tmux.line("select 1 as id;");
            screen = tmux.waitFor(s -> s.contains("-[ RECORD 1 ]"), 5_000);
            assertTrue(screen.contains("id | 1"), screen);

            tmux.line("begin;");
            tmux.waitFor(s -> s.contains(db.name() + "=*#"), 5_000);
            tmux.line("select 1/0;");
            screen = tmux.waitFor(s -> s.contains(db.name() + "=!#"), 5_000);
            assertTrue(screen.contains("ERROR:  division by zero"), screen);
            tmux.line("rollback;");
            tmux.waitFor(s -> s.contains("ROLLBACK"), 5_000);

            tmux.line("select g, repeat('x', 200) from generate_series(1, 5000000) g;");
            Thread.sleep(1500);
            long pressed = System.currentTimeMillis();
            tmux.press("C-c");
            screen = tmux.waitFor(s -> s.contains("canceling statement due to user request"), 5_000);
            long took = System.currentTimeMillis() - pressed;
            assertTrue(took < 3_000, "Ctrl-C during a streaming fetch took " + took + " ms");
            tmux.line("select 40 + 2 as answer;");
            tmux.waitFor(s -> s.contains("answer | 42"), 5_000);

            tmux.line("\\q");
            long deadline = System.currentTimeMillis() + 5_000;
            while (tmux.running() && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertFalse(tmux.running(), "\\q must end the REPL");
        }
    }
}

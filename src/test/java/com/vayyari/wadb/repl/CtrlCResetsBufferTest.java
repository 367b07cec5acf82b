package com.vayyari.wadb.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.Tmux;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C at the prompt drops the query buffer, as in psql: a statement begun before it, even one with a backslash
 * command on its line, never runs when a later {@code ;} arrives.
 */
class CtrlCResetsBufferTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @TempDir
    Path home;

    @Test
    void ctrlCDropsAStatementBegunOnEarlierLines() throws Exception {
        try (Tmux tmux = Tmux.startFromClassPath(Map.of("HOME", home.toString(), "PAGER", "", "NO_COLOR", "1"),
                "--url", db.url())) {
            String prompt = db.name() + "=#";
            tmux.waitFor(s -> s.contains(prompt), 20_000);
            tmux.line("select 41+1 as x \\x");
            tmux.waitFor(s -> s.contains("Expanded display is on."), 5_000);
            tmux.line("junk");
            tmux.waitFor(s -> s.contains(db.name() + "-#"), 5_000);
            tmux.press("C-c");
            tmux.waitFor(s -> s.strip().endsWith(prompt), 5_000);
            tmux.line(";");
            tmux.line("select 'after' as marker;");
            String screen = tmux.waitFor(s -> s.contains("marker | after"), 5_000);
            assertFalse(screen.contains("ERROR"), "the dropped buffer was sent:\n" + screen);
            assertFalse(screen.contains("x | 42"), "the dropped buffer ran:\n" + screen);
            assertTrue(tmux.running());
        }
    }
}

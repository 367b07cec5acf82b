package com.vayyari.wadb.pset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.Required;
import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.Tmux;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In a terminal, {@code wrapped} and {@code \x auto} fit the terminal's width when no {@code \pset columns} is set:
 * psql and wadb typed the same lines in the same 160-column tmux window show the same screen.
 */
class TerminalWidthTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final String[] LINES = {
        "\\pset format wrapped",
        "select repeat('abcdef ', 30) as a, 'x' as b;",
        "\\pset format aligned",
        "\\x auto",
        "select repeat('abcdef ', 30) as a, 'x' as b;",
        "select 1 as a, 2 as b;",
    };

    @BeforeAll
    static void needsTmux() {
        Required.that(Tmux.available(), "tmux is not installed: the terminal tests need it");
    }

    private static String screen(Tmux tmux) throws Exception {
        for (int i = 0; i < LINES.length; i++) {
            // One line at a time, each at a fresh prompt: typed ahead, a line would be echoed twice.
            int prompts = i + 1;
            tmux.waitFor(s -> s.split("=#", -1).length > prompts, 20_000);
            tmux.line(LINES[i]);
        }
        // The last query's row, then the prompt again: everything typed has run.
        String screen = tmux.waitFor(s -> s.contains(" 1 | 2") && s.strip().endsWith("=#"), 20_000);
        // From the first line typed: the start-up banners are not this test's business.
        return screen.substring(screen.lastIndexOf('\n', screen.indexOf(LINES[0])) + 1).stripTrailing();
    }

    @Test
    void wrappedAndExpandedAutoFitTheTerminal() throws Exception {
        Map<String, String> env = Map.of("PAGER", "", "NO_COLOR", "1", "PSQL_PAGER", "");
        String[] args = {"-X", "-q", "-P", "pager=off", db.url()};
        String psql;
        try (Tmux tmux = Tmux.startProgram(env, Path.of("/usr/bin/psql"), args)) {
            psql = screen(tmux);
        }
        String wadb;
        try (Tmux tmux = Tmux.startFromClassPath(env, "-X", "-q", "-P", "pager=off", "--url", db.url())) {
            wadb = screen(tmux);
        }
        assertTrue(psql.contains(".abcdef") && psql.contains("-[ RECORD 1 ]"), psql);
        assertEquals(psql, wadb);
    }
}

package com.vayyari.wadb.pset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.Required;
import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.Tmux;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

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

    @TempDir
    Path dir;

    /** A script whose output is the terminal (not the shell) asks the terminal its width too, as psql's ioctl. */
    @Test
    void aScriptWritingToTheTerminalFitsItToo() throws Exception {
        Path script = Files.writeString(dir.resolve("wide.sql"), String.join("\n", LINES) + "\n\\echo done\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String wadb = "'" + java + "' -cp '" + System.getProperty("java.class.path") + "' com.vayyari.wadb.Main";
        Map<String, String> env = Map.of("PAGER", "", "NO_COLOR", "1");
        String psql = scriptScreen(env, "/usr/bin/psql -X -q -P pager=off -d '" + db.url() + "' -f '" + script + "'");
        String ours = scriptScreen(env, wadb + " -X -q -P pager=off --url '" + db.url() + "' -f '" + script + "'");
        assertTrue(psql.contains(".abcdef") && psql.contains("-[ RECORD 1 ]"), psql);
        assertEquals(psql, ours);
    }

    /** The screen once {@code command} has run in the window (kept open afterwards), from its first result on. */
    private static String scriptScreen(Map<String, String> env, String command) throws Exception {
        try (Tmux tmux = Tmux.startProgram(env, Path.of("/bin/sh"), "-c", command + " 2>/dev/null; sleep 60")) {
            String screen = tmux.waitFor(s -> s.contains("done"), 30_000);
            return screen.substring(screen.indexOf(" a ") >= 0 ? screen.lastIndexOf('\n', screen.indexOf(" a ")) + 1 : 0)
                    .stripTrailing();
        }
    }
}

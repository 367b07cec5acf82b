package com.vayyari.wadb.script;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.PsqlOracle;
import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.Tmux;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code exit} and {@code quit} at the prompt, as psql 15's mainloop.c reads them; in a script they are SQL. */
class QuitWordsTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @TempDir
    Path home;

    @Test
    void exitLeavesAnEmptyPromptAndHintsOtherwise() throws Exception {
        try (Tmux tmux = Tmux.startFromClassPath(Map.of("HOME", home.toString(), "PAGER", "", "NO_COLOR", "1"),
                "--url", db.url())) {
            String prompt = db.name() + "=#";
            String continuation = db.name() + "-#";
            tmux.waitFor(s -> s.contains(prompt), 20_000);
            tmux.line("select 1");
            tmux.line("exit");
            tmux.waitFor(s -> s.contains("Use \\q to quit."), 5_000);
            tmux.press("C-c");
            tmux.waitFor(s -> s.strip().endsWith(prompt), 5_000);
            tmux.line("select 'open quote");
            tmux.line("quit");
            tmux.waitFor(s -> s.contains("Use control-D to quit."), 5_000);
            tmux.press("C-c");
            tmux.waitFor(s -> s.strip().endsWith(prompt), 5_000);
            tmux.line(" exit");  // indented: perhaps an identifier, so SQL
            tmux.waitFor(s -> s.strip().endsWith(continuation), 5_000);
            tmux.press("C-c");
            tmux.waitFor(s -> s.strip().endsWith(prompt), 5_000);
            assertTrue(tmux.running());
            tmux.line("QUIT ; ");
            long deadline = System.currentTimeMillis() + 10_000;
            while (tmux.running() && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertFalse(tmux.running(), "quit at an empty prompt leaves");
        }
    }

    @Test
    void inAScriptExitIsAnIdentifier() throws Exception {
        PsqlOracle.script("exit\n;\nquit;\nselect 1 as after;\n").args("-v", "ON_ERROR_STOP=0").viaStdin().assertSame();
    }
}

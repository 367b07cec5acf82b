package com.vayyari.wadb.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.Tmux;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 17: at the prompt, a first word one slip from a command gets a hint, never an SQL continuation. */
class CommandTypoTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @TempDir
    Path home;

    @Test
    void slipsOfOneEditAreCaught() {
        assertEquals(Optional.of("wadb: no command \"serach\" (did you mean search?)"), CommandTypo.hint("serach invoice"));
        assertEquals(Optional.of("wadb: no command \"chat\" (did you mean chats?)"), CommandTypo.hint("chat"));
        assertEquals(Optional.of("wadb: no command \"Stauts\" (did you mean stats or status?)"), CommandTypo.hint("  Stauts;"));
        assertEquals(Optional.of("wadb: no command \"exprt\" (did you mean export?)"), CommandTypo.hint("exprt chats"));
        assertEquals(Optional.of("wadb: no command \"seatch\" (did you mean search?)"), CommandTypo.hint("seatch x"));
        assertEquals(Optional.of("wadb: no command \"importt\" (did you mean import?)"), CommandTypo.hint("importt f"));
        assertEquals(0, StatementParser.pendingState("serach invoice", false), "Enter takes the line at once");
        assertEquals('-', StatementParser.pendingState("serach invoice", true), "inside a statement it is SQL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"select 1", "set x = 1", "reset all", "start transaction", "end", "undo", "search x",
        "stats", "values (1)", "table chats", "move next from c", "close c", "load 'x'", "statistics y", "serach.x",
        "searching", "update chats set x = 1", "media", "s"})
    void sqlAndRealCommandsAreNeverIntercepted(String line) {
        assertEquals(Optional.empty(), CommandTypo.hint(line), line);
    }

    @Test
    void theReplHintsInsteadOfWaitingForASemicolon() throws Exception {
        try (Tmux tmux = Tmux.startFromClassPath(Map.of("HOME", home.toString(), "PAGER", "", "NO_COLOR", "1"),
                "-At", "--url", db.url())) {
            String prompt = db.name() + "=#";
            tmux.waitFor(s -> s.contains(prompt), 20_000);
            tmux.line("serach invoice");
            tmux.waitFor(s -> s.contains("did you mean search?"), 5_000);
            tmux.line("select 'aft' || 'er';");
            String screen = tmux.waitFor(s -> s.lines().anyMatch("after"::equals) || s.contains("ERROR"), 5_000);
            assertTrue(screen.contains("wadb: no command \"serach\" (did you mean search?)"), screen);
            assertTrue(screen.lines().anyMatch("after"::equals), "the slip was left in the buffer:\n" + screen);
        }
    }
}

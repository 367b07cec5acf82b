package com.vayyari.wadb.e2e;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 17: -c WORD, help from the command line, and "did you mean" for mistyped commands and options. */
class MainCommandLineHelpTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @ParameterizedTest
    @ValueSource(strings = {"status", "chats", "excluded", "changes"})
    void dashCTakesAOneWordCommand(String command) {
        Result viaC = wadb().run("--url", db.url(), "-c", command);
        Result direct = wadb().run("--url", db.url(), command);
        assertEquals(0, viaC.exitCode(), viaC.err());
        assertEquals("", viaC.err());
        assertEquals(direct.out(), viaC.out());
    }

    @Test
    void dashCStillRunsSqlAndBackslashCommandsBesideACommand() {
        Result result = wadb().run("--url", db.url(), "-At", "-c", "select 41 + 1", "-c", "status", "-c", "\\echo done");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("42\n"), result.out());
        assertTrue(result.out().endsWith("done\n"), result.out());
    }

    @Test
    void helpEndsWithTheReplsCommandTable() {
        Result result = wadb().run("--help");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("Usage: wadb"), result.out());
        String table = result.out().substring(result.out().indexOf("Commands (type one at the prompt"));
        assertTrue(table.contains("\n  search ") && table.contains("\n  help "), table);
        assertTrue(table.strip().endsWith("SQL statements end with ;"), table);
        Result repl = wadb().stdin("help\n").run("--url", db.url());
        // The same table as the REPL's help, plus what only a shell has use for (completion scripts).
        List<String> shellOnly = new ArrayList<>(names(table));
        shellOnly.removeAll(names(repl.out()));
        assertEquals(List.of("completion"), shellOnly);
        assertTrue(names(table).containsAll(names(repl.out())), table);
        assertEquals(repl.out().lines().findFirst(), table.lines().findFirst());
        assertEquals(repl.out().strip().lines().reduce((a, b) -> b), table.strip().lines().reduce((a, b) -> b));
    }

    /** The command names of a help table, in its order. */
    private static List<String> names(String table) {
        return table.lines().filter(line -> line.startsWith("  ")).map(line -> line.strip().split(" ")[0]).toList();
    }

    @Test
    void helpCommandShowsTheUsageOrOneCommandsHelp() {
        assertEquals(wadb().run("--help").out(), wadb().run("help").out());
        Result search = wadb().run("help", "search");
        assertEquals(0, search.exitCode(), search.err());
        assertEquals(wadb().run("search", "--help").out(), search.out());
        Result typo = wadb().run("help", "serach");
        assertEquals(1, typo.exitCode());
        assertEquals("wadb: no command \"serach\" (did you mean search?)\n", typo.err());
    }

    @Test
    void aMistypedCommandIsNotTakenForADatabaseName() {
        Result result = wadb().run("serach", "invoice");
        assertEquals(1, result.exitCode());
        assertTrue(result.err().startsWith("wadb: no command \"serach\" (did you mean search?)"), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
    }

    @Test
    void aMistypedOptionGetsPicocliSuggestionInEveryDoor() {
        Result direct = wadb().run("--url", db.url(), "search", "x", "--limt", "3");
        assertEquals(1, direct.exitCode());
        assertTrue(direct.err().startsWith("wadb: Unknown option: '--limt' (did you mean --limit?)\n"), direct.err());
        Result piped = wadb().stdin("search x --limt 3\n").run("--url", db.url());
        assertTrue(piped.err().contains("Unknown option: '--limt' (did you mean --limit?)"), piped.err());
        Result viaC = wadb().run("--url", db.url(), "-c", "search x --limt 3");
        assertTrue(viaC.err().contains("Unknown option: '--limt' (did you mean --limit?)"), viaC.err());
    }
}

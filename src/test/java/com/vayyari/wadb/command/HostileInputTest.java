package com.vayyari.wadb.command;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every argument of every command gets hostile text: SQL injection, quotes, backslashes, NUL, 10,000 characters,
 * LIKE wildcards. Each run ends with exit 0 (a literal match) or one clear error line, and afterwards the schema
 * and every row are as they were.
 */
class HostileInputTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    private static final List<String> VALUES = List.of(
            "'; drop table messages; --",
            "Robert'); DROP TABLE chats;--",
            "\"double\" 'single' `back` $(rm -rf /)",
            "back\\slash\\",
            "nul\u0000byte",
            "x".repeat(10_000),
            "%_",
            "two\nlines",
            "😀👍🏽 ünïcødé");

    /** Command lines with X where the hostile value goes; state changes run as --dry-run. */
    private static final List<String> TEMPLATES = List.of(
            "search X", "search hello --chat X", "search hello --sender X", "search hello --since X",
            "search hello --until X", "search hello --media X", "search hello --limit X", "search hello --context X",
            "chats --like X", "chats --limit X", "messages X", "messages Family --before X", "messages Family --around X",
            "messages Family --limit X", "media --status X", "media --type X", "media --chat X", "stats --by X",
            "stats --chat X", "stats --sender X", "excluded X", "status X", "changes --limit X",
            "exclude X --dry-run", "exclude X --create --dry-run", "exclude Family --reason X --dry-run",
            "include X --dry-run", "include Family --dry-run X", "pause --reason X --dry-run", "resume --dry-run X",
            "undo X --dry-run", "export --table X --csv", "export --query X --csv", "export --command X");

    @Test
    void everyArgumentOnTheCommandLine() throws Exception {
        Seed.load(db);
        Map<String, String> data = DbState.data(db);
        String schema = DbState.schema(db);
        List<String> problems = new ArrayList<>();
        for (String template : TEMPLATES) {
            for (String value : VALUES) {
                List<String> args = new ArrayList<>(List.of("--url", db.url(), "--csv"));
                for (String word : template.split(" ")) {
                    args.add(word.equals("X") ? value : word);
                }
                Result result = wadb().run(args.toArray(String[]::new));
                String problem = judge(result, value, Set.of(0, 1, 3));
                if (problem != null) {
                    problems.add(template + " with " + Arguments.show(value) + ": " + problem);
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(data, DbState.data(db));
        assertEquals(schema, DbState.schema(db));
    }

    /** Piped lines take the same arguments, and fail the same way: a refused value is exit 1 there too. */
    @Test
    void everyTextArgumentInPipedInput() throws Exception {
        Seed.load(db);
        Map<String, String> data = DbState.data(db);
        List<String> problems = new ArrayList<>();
        for (String template : TEMPLATES) {
            for (String value : VALUES) {
                if (value.contains("\n")) {
                    continue;
                }
                String line = template.replace("X", "'" + value.replace("'", "'\\''") + "'");
                Result result = wadb().stdin(line + "\n").run("-q", "--url", db.url(), "--csv");
                String problem = judge(result, value, Set.of(0, 1, 3));
                if (problem != null) {
                    problems.add(line.substring(0, Math.min(line.length(), 80)) + ": " + problem);
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(data, DbState.data(db));
    }

    @Test
    void hostileTextIsStoredAndFoundLiterally() throws Exception {
        Seed.load(db);
        String hostile = "'; drop table messages; -- \\ %_";
        Result exclude = wadb().run("--url", db.url(), "exclude", "Family", "--reason", hostile);
        assertEquals(0, exclude.exitCode(), exclude.err());
        assertEquals(hostile, StateCommandsTest.scalarIn(db, "SELECT exclude_reason FROM chat_tracking_state"));
        db.execute("INSERT INTO messages (message_id, jid, content, \"timestamp\") VALUES"
                + " ('h1', '14155550100@s.whatsapp.net', $$please don't drop table messages; ok$$, 5)");
        Result search = wadb().run("--url", db.url(), "--csv", "search", "'; drop table messages; --");
        assertEquals(0, search.exitCode(), search.err());
        assertEquals(List.of("h1"), Csv.column(search.out(), "message_id"));
        assertEquals("9", StateCommandsTest.scalarIn(db, "SELECT count(*) FROM messages"));
    }

    /** Null when the run is acceptable, else what is wrong with it. */
    private static String judge(Result result, String value, Set<Integer> allowed) {
        if (!allowed.contains(result.exitCode())) {
            return "exit " + result.exitCode() + ": " + result.err();
        }
        if (result.err().contains("Exception") || result.err().contains("\tat ") || result.err().contains("internal error")) {
            return "stack trace or internal error: " + result.err();
        }
        if (result.exitCode() != 0) {
            // The bad value itself may hold a newline; Main adds psql's "Try ... --help" line to usage errors.
            // The server's notices before its error print as psql prints them (a 10,000-character word is
            // first a NOTICE that the identifier will be truncated).
            List<String> lines = result.err().replace(value, "<value>").lines()
                    .filter(line -> !line.startsWith("Try \"wadb "))
                    .dropWhile(line -> line.startsWith("NOTICE:  ") || line.startsWith("WARNING:  ")).toList();
            // a server error prints as psql prints it: ERROR:  … and maybe LINE, caret, DETAIL …
            boolean serverError = !lines.isEmpty() && lines.get(0).startsWith("ERROR:  ");
            if (!serverError && (lines.size() != 1 || !lines.get(0).startsWith("wadb: "))) {
                return "not one error line: " + result.err();
            }
            if (value.indexOf('\0') >= 0 && !lines.get(0).contains("NUL") && !lines.get(0).contains("Invalid value")
                    && !lines.get(0).contains("Unmatched argument")) {
                return "NUL not named: " + lines.get(0);
            }
        } else if (value.indexOf('\0') >= 0) {
            return "NUL accepted";
        }
        return null;
    }
}

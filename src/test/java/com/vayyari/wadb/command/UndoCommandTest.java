package com.vayyari.wadb.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code undo} puts back the exact rows, only while nobody changed them since; {@code changes} lists it all. */
class UndoCommandTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @BeforeEach
    void seed() throws Exception {
        Seed.load(db);
    }

    private static Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--url";
        all[1] = db.url();
        System.arraycopy(args, 0, all, 2, args.length);
        return com.vayyari.wadb.support.WadbRun.wadb().run(all);
    }

    private static Result ok(String... args) {
        Result result = run(args);
        assertEquals(0, result.exitCode(), result.err());
        return result;
    }

    private static String rows(String table) throws Exception {
        return scalar("SELECT coalesce(string_agg(to_jsonb(t)::text, '|' ORDER BY to_jsonb(t)::text), '') FROM " + table + " t");
    }

    private static String scalar(String sql) throws Exception {
        return StateCommandsTest.scalarIn(db, sql);
    }

    @Test
    void undoRestoresTheExactRowsAndWalksBack() throws Exception {
        ok("exclude", "Family", "--reason", "first");
        String afterExclude = rows("chat_tracking_state");
        ok("pause", "--reason", "maintenance");
        String paused = rows("processing_state");
        ok("resume", "--from-now");
        ok("include", "Family");

        Result undoInclude = ok("undo");
        assertTrue(undoInclude.out().startsWith("undid change 4 (include Family): 1 row restored\n"), undoInclude.out());
        Result undoResume = ok("undo");
        assertTrue(undoResume.out().startsWith("undid change 3 (resume --from-now): 2 rows restored"), undoResume.out());
        assertEquals(paused, rows("processing_state"), "timestamps and reason exactly as they were");
        assertEquals(afterExclude, rows("chat_tracking_state"));
        ok("undo");
        ok("undo");
        assertEquals("", rows("chat_tracking_state"), "the row exclude created is gone again");
        assertTrue(ok("undo").out().startsWith("nothing to undo"));
        assertEquals("4", scalar("SELECT count(*) FROM state_changes WHERE undone_by IS NOT NULL"));
        assertEquals("5,6,7,8", scalar("SELECT string_agg(id::text, ',' ORDER BY id) FROM state_changes WHERE undoes IS NOT NULL"));
    }

    @Test
    void undoIsRefusedWhenTheRowsChangedSince() throws Exception {
        ok("exclude", "Family");
        ok("include", "Family", "--from-now");
        Map<String, String> before = DbState.data(db);
        Result refused = run("undo", "1");
        assertEquals(3, refused.exitCode());
        assertEquals("wadb: change 1 cannot be undone: chat_tracking_state row " + Seed.FAMILY
                + " has changed since (see `changes`); nothing was changed\n", refused.err());
        assertEquals(before, DbState.data(db));

        db.execute("UPDATE chat_tracking_state SET last_processed_message_id = 'f3'");
        assertEquals(3, run("undo").exitCode(), "a change by another client blocks the undo too");
        assertEquals("f3", scalar("SELECT last_processed_message_id FROM chat_tracking_state"));
    }

    @Test
    void undoOfAnUndoRedoesAndAnUndoneChangeIsNotUndoneTwice() throws Exception {
        ok("pause", "--reason", "x");
        String paused = rows("processing_state");
        ok("undo", "1");
        assertEquals("f", scalar("SELECT is_paused FROM processing_state"));
        Result twice = run("undo", "1");
        assertEquals(1, twice.exitCode());
        assertEquals("wadb: change 1 was already undone by change 2 (undo 2 redoes it)\n", twice.err());
        ok("undo", "2");
        assertEquals(paused, rows("processing_state"));
        assertEquals(1, run("undo", "99").exitCode());
    }

    @Test
    void aCreatedChatIsRemovedOnlyWhileItHasNoMessages() throws Exception {
        ok("exclude", "4915112345678@s.whatsapp.net", "--create");
        db.execute("INSERT INTO messages (message_id, jid, content, \"timestamp\")"
                + " VALUES ('new1', '4915112345678@s.whatsapp.net', 'arrived meanwhile', 1)");
        Map<String, String> before = DbState.data(db);
        Result refused = run("undo");
        assertEquals(3, refused.exitCode());
        assertTrue(refused.err().contains("a chat with messages is never deleted"), refused.err());
        assertEquals(before, DbState.data(db));

        db.execute("DELETE FROM messages WHERE message_id = 'new1'");
        ok("undo");
        assertEquals("0", scalar("SELECT count(*) FROM chats WHERE jid = '4915112345678@s.whatsapp.net'"));
    }

    @Test
    void changesListsWhoWhenWhatAndTheUndo() throws Exception {
        ok("exclude", "Bob", "--reason", "spam");
        ok("undo");
        Result list = ok("--csv", "changes");
        var rows = Csv.rows(list.out());
        assertEquals(2, rows.size());
        assertEquals("undo 1", rows.get(0).get("command"));
        assertEquals("1", rows.get(0).get("undoes"));
        assertEquals("exclude Bob --reason spam", rows.get(1).get("command"));
        assertEquals("2", rows.get(1).get("undone_by"));
        assertEquals(scalar("SELECT current_user"), rows.get(1).get("changed_by"));
        Result full = ok("--json", "changes", "--rows", "--limit", "1");
        assertTrue(full.out().contains("\"rows_before\""), full.out());
        Result piped = com.vayyari.wadb.support.WadbRun.wadb().stdin("changes --limit 1\n").run("-q", "--url", db.url());
        assertEquals(0, piped.exitCode(), piped.err());
        assertTrue(piped.out().contains("undo 1"), piped.out());
    }
}

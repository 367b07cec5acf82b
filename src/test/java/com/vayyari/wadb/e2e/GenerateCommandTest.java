package com.vayyari.wadb.e2e;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code generate} through the command line and piped doors; a repeat is refused and changes nothing. */
class GenerateCommandTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();
    @RegisterExtension
    static final TestDatabase paused = TestDatabase.withSchema();

    @Test
    void generatesOnceRefusesTheSameSeedAgainAndWorksPiped() {
        Result first = wadb().run("--url", db.url(), "generate", "--chats", "20", "--messages", "3000", "--seed", "1");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.err().contains("3,000 messages"), first.err());
        assertEquals("3000\n", count());

        Result again = wadb().run("--url", db.url(), "generate", "--chats", "20", "--messages", "3000", "--seed", "1");
        assertEquals(3, again.exitCode());
        assertEquals(1, again.err().lines().count(), again.err());
        assertEquals("3000\n", count());

        Result piped = wadb().stdin("generate --chats 5 --messages 100 --seed 2\nselect count(*) from messages;\n")
                .run("--url", db.url(), "-A", "-t");
        assertEquals(0, piped.exitCode(), piped.err());
        assertEquals("3100\n", piped.out());
    }

    /**
     * A second generate rewrites processing_state (here it resumes a paused system): recorded like any state
     * change, so `changes` shows it and `undo` puts the pause back, instead of refusing to undo the pause because
     * its row changed behind the log's back.
     */
    @Test
    void aSecondGenerateRecordsItsChangeOfTheStateTables() {
        Result seeded = wadb().run("--url", paused.url(), "generate", "--chats", "3", "--messages", "50", "--seed", "11");
        assertEquals(0, seeded.exitCode(), seeded.err());
        Result pause = wadb().run("--url", paused.url(), "pause", "--reason", "disk full");
        assertEquals(0, pause.exitCode(), pause.err());

        Result second = wadb().run("--url", paused.url(), "generate", "--chats", "4", "--messages", "60", "--seed", "12",
                "--until", "2025-06-01T00:00:00Z");
        assertEquals(0, second.exitCode(), second.err());
        assertEquals("f\n", sql("select is_paused from processing_state"));
        assertEquals("generate --chats 4 --messages 60 --seed 12 --until '2025-06-01 00:00:00+00'|true|disk full|t\n", sql("""
                select s.command, s.rows_before -> 0 -> 'row' ->> 'is_paused', s.rows_before -> 0 -> 'row' ->> 'pause_reason',
                       s.rows_after -> 0 -> 'row' = to_jsonb(p)
                  from state_changes s, processing_state p order by s.id desc limit 1"""));

        Result undo = wadb().run("--url", paused.url(), "undo");
        assertEquals(0, undo.exitCode(), undo.err());
        assertEquals("t|disk full\n", sql("select is_paused, pause_reason from processing_state"));
    }

    @Test
    void badSizesAndReadOnlySessionsAreRefusedWithExitOne() {
        Result bad = wadb().run("--url", db.url(), "generate", "--chats", "0");
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().startsWith("wadb: generate: "), bad.err());
        Result readOnly = wadb().run("--url", db.url(), "--read-only", "generate");
        assertEquals(1, readOnly.exitCode());
        assertTrue(readOnly.err().contains("read-only"), readOnly.err());
    }

    private static String sql(String query) {
        Result result = wadb().run("--url", paused.url(), "-A", "-t", "-c", query);
        assertEquals(0, result.exitCode(), result.err());
        return result.out();
    }

    private static String count() {
        return wadb().run("--url", db.url(), "-A", "-t", "-c", "select count(*) from messages where message_id like '3EB0%'").out();
    }
}

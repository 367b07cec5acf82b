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

    @Test
    void badSizesAndReadOnlySessionsAreRefusedWithExitOne() {
        Result bad = wadb().run("--url", db.url(), "generate", "--chats", "0");
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().startsWith("wadb: generate: "), bad.err());
        Result readOnly = wadb().run("--url", db.url(), "--read-only", "generate");
        assertEquals(1, readOnly.exitCode());
        assertTrue(readOnly.err().contains("read-only"), readOnly.err());
    }

    private static String count() {
        return wadb().run("--url", db.url(), "-A", "-t", "-c", "select count(*) from messages where message_id like '3EB0%'").out();
    }
}

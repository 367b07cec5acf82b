package com.vayyari.wadb.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.exit.WadbException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The pieces without a database: JIDs, masking, time windows, globs, the one-statement guard, explain text. */
class PureHelpersTest {

    @Test
    void jidsAreValidatedAndCUsIsNormalised() {
        assertEquals("919876543210@s.whatsapp.net", Jids.normalize("919876543210@c.us"));
        assertEquals("919876543210@s.whatsapp.net", Jids.normalize(" 919876543210@S.WhatsApp.net "));
        assertEquals("919876543210-1600000000@g.us", Jids.normalize("919876543210-1600000000@g.us"));
        assertEquals("120363012345678901@g.us", Jids.normalize("120363012345678901@g.us"));
        assertEquals("status@broadcast", Jids.normalize("status@broadcast"));
        assertEquals("123456789@lid", Jids.normalize("123456789@lid"));
        assertEquals("120363000000000001@newsletter", Jids.normalize("120363000000000001@newsletter"));
        for (String bad : new String[] {"abc@s.whatsapp.net", "12@g.us.evil", "@s.whatsapp.net", "1-2-3@g.us",
                "1@c.us; drop table chats", "x".repeat(10_000) + "@lid"}) {
            WadbException e = assertThrows(WadbException.class, () -> Jids.normalize(bad), bad);
            assertEquals(1, e.exitCode());
            assertTrue(e.getMessage().startsWith("not a WhatsApp JID: \""), e.getMessage());
            assertTrue(e.getMessage().length() < 300, "long values are cut in the message");
        }
    }

    @Test
    void maskingKeepsTwoAndFourDigits() {
        assertEquals("91•••••3210@s.whatsapp.net", Masking.text("919876543210@s.whatsapp.net"));
        assertEquals("12•••••8901@g.us", Masking.jids("120363012345678901@g.us"));
        assertEquals("91•••••3210-1600000000@g.us", Masking.jids("919876543210-1600000000@g.us"));
        assertEquals("call +91•••••3210 or 41•••••0100 now", Masking.text("call +91 98765 43210 or 4155550100 now"));
        assertEquals("on 2024-05-01 at 10:30, order ABC12345678", Masking.text("on 2024-05-01 at 10:30, order ABC12345678"));
        assertEquals("{\"size\": 12345678, \"from\": \"91•••••3210@s.whatsapp.net\"}",
                Masking.jids("{\"size\": 12345678, \"from\": \"919876543210@s.whatsapp.net\"}"));
        assertEquals("status@broadcast", Masking.text("status@broadcast"));
    }

    @Test
    void timeWindowsReadDatesAgesAndWords() {
        ZoneId zone = ZoneId.of("Asia/Kolkata");
        Instant now = ZonedDateTime.of(2024, 5, 10, 15, 30, 0, 0, zone).toInstant();
        TimeWindows times = new TimeWindows(Clock.fixed(now, zone));
        long midnight = ZonedDateTime.of(2024, 5, 10, 0, 0, 0, 0, zone).toEpochSecond();
        assertEquals(now.getEpochSecond() - 7 * 86400, times.lower("--since", "7d"));
        assertEquals(now.getEpochSecond() - 12 * 3600, times.lower("--since", "12h"));
        assertEquals(now.getEpochSecond() - 2 * 7 * 86400, times.lower("--since", "2w"));
        assertEquals(midnight, times.lower("--since", "today"));
        assertEquals(midnight + 86400, times.upper("--until", "today"));
        assertEquals(midnight - 86400, times.lower("--since", "yesterday"));
        assertEquals(midnight, times.upper("--until", "yesterday"));
        long may1 = ZonedDateTime.of(2024, 5, 1, 0, 0, 0, 0, zone).toEpochSecond();
        assertEquals(may1, times.lower("--since", "2024-05-01"));
        assertEquals(may1 + 86400, times.upper("--until", "2024-05-01"), "a day as an upper bound includes it");
        assertEquals(may1 + 14 * 3600 + 30 * 60, times.lower("--since", "2024-05-01 14:30"));
        assertEquals(may1 + 14 * 3600 + 30 * 60 + 15, times.lower("--since", "2024-05-01T14:30:15"));
        assertEquals(Instant.parse("2024-05-01T14:30:00Z").getEpochSecond(), times.lower("--since", "2024-05-01T14:30Z"));
        assertEquals(Instant.parse("2024-05-01T09:00:00Z").getEpochSecond(), times.lower("--since", "2024-05-01 14:30+05:30"));
        // as the commands print times (psql's timestamptz text: whole-hour offsets without minutes)
        assertEquals(Instant.parse("2024-05-01T14:30:15Z").getEpochSecond(), times.lower("--since", "2024-05-01 14:30:15+00"));
        assertEquals(Instant.parse("2024-05-01T19:30:15Z").getEpochSecond(), times.upper("--before", "2024-05-01 14:30:15-05"));
        WadbException bad = assertThrows(WadbException.class, () -> times.lower("--since", "last tuesday"));
        assertTrue(bad.getMessage().startsWith("--since: cannot read \"last tuesday\" as a time"), bad.getMessage());
    }

    @Test
    void globsBecomeLikePatternsWithLiteralPercentAndUnderscore() {
        assertEquals("%fam%", Globs.toLike("fam"));
        assertEquals("%100\\%%", Globs.toLike("100%"));
        assertEquals("%a\\_b\\\\%", Globs.toLike("a_b\\"));
        assertEquals("91%@s.whatsapp.net", Globs.toLike("91*@s.whatsapp.net"));
        assertEquals("a_c", Globs.toLike("a?c"));
    }

    @Test
    void queryMustBeOneBalancedStatement() {
        assertEquals("SELECT 1", SingleStatement.of("SELECT 1 ;; "));
        assertEquals("SELECT ';', \"a;b\", $$;)$$, $t$ ( $t$, E'\\';' /* ; ( */ -- ;)\nFROM x",
                SingleStatement.of("SELECT ';', \"a;b\", $$;)$$, $t$ ( $t$, E'\\';' /* ; ( */ -- ;)\nFROM x;"));
        assertEquals("SELECT $1", SingleStatement.of("SELECT $1"));
        for (String bad : new String[] {"SELECT 1; SELECT 2", "SELECT 1) TO STDOUT; DROP TABLE t; --", "SELECT (1",
                "SELECT 1 \\; DROP TABLE t", "SELECT 'open", "SELECT /* open", "SELECT $$open", " ; ", "SELECT 1; -- ok\n;x"}) {
            assertThrows(WadbException.class, () -> SingleStatement.of(bad), bad);
        }
        assertEquals("SELECT 1", SingleStatement.of("SELECT 1; -- trailing comment"));
    }

    @Test
    void explainNumbersPlaceholdersAndQuotesValues() {
        Query query = Query.of("SELECT ? , ?, ?, ?", "it's", 42L, null, new String[] {"a\"b", "c"});
        assertEquals("SELECT $1 , $2, $3, $4;\n-- $1 = 'it''s'\n-- $2 = 42\n-- $3 = NULL\n-- $4 = '{\"a\\\"b\",\"c\"}'\n",
                query.explain());
    }
}

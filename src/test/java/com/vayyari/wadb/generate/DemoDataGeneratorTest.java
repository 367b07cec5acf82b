package com.vayyari.wadb.generate;

import static com.vayyari.wadb.generate.Sql.count;
import static com.vayyari.wadb.generate.Sql.fingerprint;
import static com.vayyari.wadb.generate.Sql.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The default run (50 chats, 10,000 messages, seed 42) in fresh databases: repeatable, valid, realistic. */
class DemoDataGeneratorTest {

    @RegisterExtension
    static final TestDatabase first = TestDatabase.withSchema();
    @RegisterExtension
    static final TestDatabase second = TestDatabase.withSchema();
    @RegisterExtension
    static final TestDatabase otherSeed = TestDatabase.withSchema();
    @RegisterExtension
    static final TestDatabase otherEnd = TestDatabase.withSchema();
    /** Ten days and five hours later than the default end. */
    private static final long LATER_END = GenerateOptions.DEFAULT_END + 10 * 86_400 + 5 * 3_600;

    private static final Map<String, String> TABLES = Map.of(
            "chats", "jid", "messages", "id", "media_files", "id", "chat_tracking_state", "jid",
            "processing_state", "id");

    private static GenerateReport report;

    @BeforeAll
    static void generate() throws SQLException {
        report = Sql.generate(first, GenerateOptions.defaults());
        Sql.generate(second, GenerateOptions.defaults());
        Sql.generate(otherSeed, GenerateOptions.defaults().withSeed(7));
        Sql.generate(otherEnd, GenerateOptions.defaults().withEnd(LATER_END));
    }

    @Test
    void theSameSeedGivesIdenticalRowsIdsIncluded() throws SQLException {
        for (Map.Entry<String, String> table : TABLES.entrySet()) {
            assertEquals(fingerprint(first, table.getKey(), table.getValue()),
                    fingerprint(second, table.getKey(), table.getValue()), table.getKey());
        }
    }

    @Test
    void anotherSeedGivesOtherRows() throws SQLException {
        for (String table : new String[] {"chats", "messages", "media_files"}) {
            assertNotEquals(fingerprint(first, table, TABLES.get(table)), fingerprint(otherSeed, table, TABLES.get(table)));
        }
        assertEquals(0, count(otherSeed, "SELECT count(*) FROM chats WHERE jid = ANY (?::text[])",
                scalar(first, "SELECT array_agg(jid)::text FROM chats")));
    }

    @Test
    void theReportCountsWhatIsStored() throws SQLException {
        assertEquals(50, report.chats());
        assertEquals(10_000, report.messages());
        assertEquals(count(first, "SELECT count(*) FROM chats WHERE is_group"), report.groups());
        assertEquals(count(first, "SELECT count(*) FROM media_files"), report.mediaFiles());
        assertEquals(count(first, "SELECT count(*) FROM chat_tracking_state"), report.trackedChats());
        assertEquals(count(first, "SELECT count(*) FROM chat_tracking_state WHERE is_excluded"), report.excludedChats());
        assertEquals(10_000, count(first, "SELECT count(*) FROM messages"));
    }

    @Test
    void theFilledTablesHaveStatisticsAtOnce() throws SQLException {
        // never analyzed, a table's reltuples is -1 and the planner guesses; ANALYZE sets it to the row count
        assertEquals(10_000, count(first, "SELECT reltuples::bigint FROM pg_class WHERE oid = 'messages'::regclass"));
        assertEquals(50, count(first, "SELECT reltuples::bigint FROM pg_class WHERE oid = 'chats'::regclass"));
    }

    @Test
    void theFilledTablesAreVacuumedSoIndexOnlyScansPay() throws SQLException {
        // a fresh table has no visibility map: chats' counts would read every message's heap page (issue 17)
        assertEquals(count(first, "SELECT relpages FROM pg_class WHERE oid = 'messages'::regclass"),
                count(first, "SELECT relallvisible FROM pg_class WHERE oid = 'messages'::regclass"));
        assertTrue(count(first, "SELECT relallvisible FROM pg_class WHERE oid = 'messages'::regclass") > 0);
    }

    @Test
    void runningItAgainIsRefusedAndChangesNothing() throws SQLException {
        String before = fingerprint(first, "messages", "id");
        GeneratedDataExistsException e = assertThrows(GeneratedDataExistsException.class,
                () -> Sql.generate(first, GenerateOptions.defaults().withMessages(5)));
        assertTrue(e.getMessage().contains("seed 42") && e.getMessage().contains("DELETE FROM chats"), e.getMessage());
        assertEquals("23505", e.getSQLState());
        assertEquals(before, fingerprint(first, "messages", "id"));
    }

    @Test
    void jidsFollowWhatsAppsPatterns() throws SQLException {
        String person = "^[1-9][0-9]{7,14}@s\\.whatsapp\\.net$";
        String group = "^([1-9][0-9]{7,14}-[0-9]{9,10}|120363[0-9]{12})@g\\.us$";
        assertEquals(0, count(first, "SELECT count(*) FROM chats WHERE NOT (jid ~ ? AND NOT is_group OR jid ~ ? AND is_group)",
                person, group));
        assertEquals(0, count(first, "SELECT count(*) FROM messages WHERE sender_jid !~ ?", person));
        assertTrue(count(first, "SELECT count(*) FROM chats WHERE jid ~ '^120363'") > 0);
        assertTrue(count(first, "SELECT count(*) FROM chats WHERE jid ~ '-[0-9]+@g\\.us$'") > 0);
        assertTrue(count(first, "SELECT count(DISTINCT substr(jid, 1, 2)) FROM chats WHERE NOT is_group") > 3,
                "several country codes");
    }

    @Test
    void sendersBelongToTheirChat() throws SQLException {
        String owner = scalar(first, "SELECT DISTINCT sender_jid FROM messages WHERE is_from_me");
        assertEquals(0, count(first, """
                SELECT count(*) FROM messages m JOIN chats c USING (jid)
                 WHERE NOT m.is_from_me AND NOT c.is_group AND m.sender_jid <> c.jid"""));
        assertEquals(0, count(first, """
                SELECT count(*) FROM messages m JOIN chats c USING (jid)
                 WHERE c.is_group AND NOT c.metadata -> 'participants' @> jsonb_build_array(
                       jsonb_build_object('jid', m.sender_jid, 'name', m.sender_name))"""));
        assertEquals(0, count(first, "SELECT count(*) FROM messages WHERE is_from_me <> (sender_jid = ?)", owner));
    }

    @Test
    void repliesPointToEarlierMessagesOfTheSameChat() throws SQLException {
        assertTrue(count(first, "SELECT count(*) FROM messages WHERE metadata ->> 'reply_to' IS NOT NULL") > 300);
        assertEquals(0, count(first, """
                SELECT count(*) FROM messages m
                 WHERE m.metadata ->> 'reply_to' IS NOT NULL AND NOT EXISTS (
                       SELECT 1 FROM messages r WHERE r.message_id = m.metadata ->> 'reply_to'
                          AND r.jid = m.jid AND r.id < m.id)"""));
    }

    @Test
    void mediaMessagesHaveOneMediaFileEachInEveryStatus() throws SQLException {
        assertEquals(count(first, "SELECT count(*) FROM messages WHERE media_type IS NOT NULL"),
                count(first, """
                        SELECT count(*) FROM media_files f JOIN messages m USING (message_id)
                         WHERE f.jid = m.jid AND f.media_type = m.media_type AND f.minio_url = m.media_url
                           AND m.media_url = 'http://minio:9000/whatsapp-media/' || m.jid || '/' || m.message_id
                                             || substring(m.media_url from '\\.[a-z0-9]+$')"""));
        assertEquals("{failed,migrated,pending,uploaded}",
                scalar(first, "SELECT array_agg(DISTINCT upload_status ORDER BY upload_status) FROM media_files"));
        assertEquals("{audio,document,photo,video}",
                scalar(first, "SELECT array_agg(DISTINCT media_type ORDER BY media_type) FROM media_files"));
        assertEquals(0, count(first, "SELECT count(*) FROM media_files WHERE (deeplens_url IS NOT NULL) <> (upload_status = 'migrated')"));
        assertEquals(0, count(first, "SELECT count(*) FROM messages WHERE media_type = 'photo' AND media_url NOT LIKE '%.jpg'"));
    }

    @Test
    void someChatsAreExcludedWithReasonsAndOthersHaveResumePoints() throws SQLException {
        assertEquals(3, count(first, "SELECT count(*) FROM chat_tracking_state WHERE is_excluded AND exclude_reason <> '' AND excluded_at IS NOT NULL"));
        assertTrue(count(first, "SELECT count(*) FROM chat_tracking_state WHERE NOT is_excluded") > 20);
        assertEquals(0, count(first, """
                SELECT count(*) FROM chat_tracking_state t
                 WHERE NOT t.is_excluded AND NOT EXISTS (
                       SELECT 1 FROM messages m WHERE m.message_id = t.last_processed_message_id AND m.jid = t.jid)"""));
        assertEquals("f", scalar(first, "SELECT is_paused FROM processing_state"));
        assertEquals("t", scalar(first, "SELECT paused_at < resumed_at AND updated_at = resumed_at FROM processing_state"));
    }

    @Test
    void timesComeFromTheGivenEndNotTheClock() throws SQLException {
        long end = GenerateOptions.DEFAULT_END;
        assertEquals("t", scalar(first, """
                SELECT max("timestamp") < ?::bigint - 60 AND max("timestamp") >= ?::bigint - 86400 - 60
                       AND min("timestamp") >= ?::bigint - 367 * 86400
                       AND bool_and(created_at >= to_timestamp("timestamp") AND created_at < to_timestamp(?))
                  FROM messages""", end, end, end, end));
        assertEquals("t", scalar(first, """
                SELECT bool_and(c.created_at < (SELECT to_timestamp(min("timestamp")) FROM messages)
                                AND c.updated_at < to_timestamp(?)) FROM chats c""", end));
        assertEquals("t", scalar(first, """
                SELECT bool_and(updated_at >= created_at AND updated_at < to_timestamp(?)) FROM media_files""", end));
        assertEquals("t", scalar(first, """
                SELECT bool_and(updated_at < to_timestamp(?)) FROM chat_tracking_state""", end));
    }

    @Test
    void anotherEndMovesTheSameMessagesByWholeDays() throws SQLException {
        String fields = "SELECT md5(string_agg(concat_ws('|', message_id, sender_jid, content, media_type, metadata),"
                + " E'\\n' ORDER BY id)) FROM messages";
        assertEquals(scalar(first, fields), scalar(otherEnd, fields));
        String[] times = scalar(first, "SELECT string_agg(\"timestamp\"::text, ',' ORDER BY id) FROM messages").split(",");
        String[] later = scalar(otherEnd, "SELECT string_agg(\"timestamp\"::text, ',' ORDER BY id) FROM messages").split(",");
        long shift = Long.parseLong(later[0]) - Long.parseLong(times[0]);
        assertEquals(10 * 86_400, shift, "the end moved by ten days and five hours");
        for (int i = 0; i < times.length; i++) {
            assertEquals(shift, Long.parseLong(later[i]) - Long.parseLong(times[i]), "message " + i);
        }
    }

    @Test
    void seedFortyTwoHasTheChatsAndMessageReadmeNames() throws SQLException {
        assertEquals("true|true|Personal chat, not for archiving", scalar(first, """
                SELECT c.is_group || '|' || t.is_excluded || '|' || t.exclude_reason
                  FROM chats c JOIN chat_tracking_state t USING (jid) WHERE lower(c.name) = 'family'"""));
        assertEquals(1, count(first, "SELECT count(*) FROM chats WHERE lower(name) = 'family'"), "one match for the name");
        assertEquals("Family", scalar(first,
                "SELECT c.name FROM messages m JOIN chats c USING (jid) GROUP BY c.name ORDER BY count(*) DESC LIMIT 1"),
                "the busiest chat");
        assertEquals("false|false", scalar(first, """
                SELECT c.is_group || '|' || coalesce(t.is_excluded, false)
                  FROM chats c LEFT JOIN chat_tracking_state t USING (jid) WHERE c.jid = '919876543210@s.whatsapp.net'"""));
        // two days before the data ends, so `search '"see you tomorrow"' --chat Family --since 7d` finds it
        assertEquals("Family|See you tomorrow|true", scalar(first, """
                SELECT c.name || '|' || m.content || '|' || (m."timestamp" BETWEEN last - 3 * 86400 AND last - 2 * 86400)
                  FROM messages m JOIN chats c USING (jid), (SELECT max("timestamp") AS last FROM messages) l
                 WHERE m.message_id = '3EB0C767D2F1A4B8'"""));
        assertEquals(0, count(otherSeed, """
                SELECT (SELECT count(*) FROM chats WHERE lower(name) = 'family' OR jid = '919876543210@s.whatsapp.net')
                       + (SELECT count(*) FROM messages WHERE message_id = '3EB0C767D2F1A4B8')"""),
                "another seed has none of them, so both can share a database");
    }

    @Test
    void theChangeOfTheStateTablesIsRecorded() throws SQLException {
        String command = "generate --chats 50 --messages 10000 --seed 42 --until '2025-01-01 00:00:00+00'";
        assertEquals(1, count(first, "SELECT count(*) FROM state_changes WHERE command = ?", command));
        assertEquals("t", scalar(first, """
                SELECT s.rows_after -> 0 = jsonb_build_object('table', 'processing_state', 'key', '1', 'row', to_jsonb(p))
                       AND s.rows_before -> 0 -> 'row' ->> 'paused_at' IS NULL
                  FROM state_changes s, processing_state p"""));
        assertEquals(count(first, "SELECT count(*) FROM chat_tracking_state"), count(first, """
                SELECT count(*) FROM state_changes s, jsonb_array_elements(s.rows_after) WITH ORDINALITY a(e, i)
                  JOIN chat_tracking_state t ON a.e = jsonb_build_object('table', 'chat_tracking_state', 'key', t.jid,
                       'row', to_jsonb(t))
                 WHERE s.rows_before -> (i::int - 1) = jsonb_build_object('table', 'chat_tracking_state', 'key', t.jid,
                       'row', NULL::jsonb)"""));
    }

    @Test
    void textIsMultilingualWithEmojiAndSurvivesQuoting() throws SQLException {
        for (String script : new String[] {"[\u0C00-\u0C7F]", "[\u0900-\u097F]", "[\u0600-\u06FF]", "[\u4E00-\u9FFF]",
                "[\uD83C\uDF00-\uD83E\uDEFF]"}) {
            assertTrue(count(first, "SELECT count(*) FROM messages WHERE content ~ ?", script) > 20, script);
            assertTrue(count(first, "SELECT count(*) FROM messages WHERE sender_name ~ ?", script) > 0, "names in " + script);
        }
        assertTrue(count(first, "SELECT count(*) FROM messages WHERE content LIKE 'He said \"coming\" but still not here%'") > 0);
        assertTrue(count(first, "SELECT count(*) FROM messages WHERE content LIKE ?", "Shopping list:\n1. rice\n2. dal\n3. curd%") > 0);
    }

    @Test
    void fullTextSearchFindsAFrequentWord() throws SQLException {
        long textMessages = count(first, "SELECT count(*) FROM messages WHERE media_type IS NULL");
        long found = count(first, "SELECT count(*) FROM messages WHERE content_tsv @@ to_tsquery('simple', ?)", "tomorrow");
        double expected = textMessages * TextComposer.keywordShare("tomorrow") / 100;
        assertTrue(Math.abs(found - expected) < expected * 0.25, found + " vs " + expected);
    }
}

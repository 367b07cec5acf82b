package com.vayyari.wadb.phonedb;

import static com.vayyari.wadb.phonedb.PhoneDbFixture.ANNA;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.BEN;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.GROUP;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.PHOTO_PATH;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.STATUS;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.vayyari.wadb.support.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every generation of {@code msgstore.db}, built from the real files' definitions with the fixture's rows, imported
 * and held row by row to what the fixture put in; then imported again, which must add nothing.
 */
class PhoneDbImportTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @TempDir
    Path dir;

    @BeforeEach
    void clean() throws Exception {
        db.execute("TRUNCATE chats CASCADE");
    }

    @ParameterizedTest
    @EnumSource(PhoneDbSchemas.class)
    void importsEveryChatAndEveryKindOfMessage(PhoneDbSchemas schema) throws Exception {
        Path file = PhoneDbFixture.build(schema, dir.resolve("msgstore.db"));
        PhoneDbFixture.Expected expected = PhoneDbFixture.expected(schema);
        SourceState before = SourceState.of(file);

        PhoneImportReport report = PhoneDbRuns.load(db, file, PhoneDbRuns.defaults());

        assertEquals(before, SourceState.of(file), "the phone's database was written to");
        assertEquals(List.of("msgstore.db"), PhoneDbRuns.fileNames(dir), "files appeared beside the source");
        assertEquals(schema.generation.label(), report.layout());
        assertEquals(3, report.chats());
        assertEquals(3, report.newChats());
        assertEquals(expected.messages(), report.read());
        assertEquals(expected.messages(), report.inserted());
        assertEquals(expected.peoples(), report.peoples());
        assertEquals(1, report.system());
        assertEquals(1, report.deleted());
        assertEquals(1, report.calls());
        assertEquals(expected.mediaRows(), report.mediaRows());

        Q q = new Q(db);
        assertEquals(List.of(GROUP + "|Family|true|group", ANNA + "||false|person", STATUS + "||false|broadcast"),
                q.rows("SELECT jid || '|' || coalesce(name, '') || '|' || is_group || '|' || (metadata ->> 'kind') "
                        + "FROM chats ORDER BY is_group DESC, jid"));
        assertEquals(expected.messages(), q.number("SELECT count(*) FROM messages"));
        assertEquals(expected.peoples(), q.number("SELECT count(*) FROM messages WHERE NOT metadata ? 'kind'"));
        assertEquals(List.of("call|1", "deleted|1", "system|1"), q.rows("SELECT metadata ->> 'kind' || '|' || count(*) "
                + "FROM messages WHERE metadata ? 'kind' GROUP BY metadata ->> 'kind' ORDER BY 1"));
        assertEquals(0, q.number("SELECT count(*) FROM messages WHERE message_id = '-1' OR jid = '-1'"));

        assertEquals(ANNA + "|false|Hallo|" + T0 / 1000, q.text("SELECT sender_jid || '|' || is_from_me || '|' || content "
                + "|| '|' || \"timestamp\" FROM messages WHERE message_id = 'K1'"));
        assertEquals("|true|Hi Anna|K1", q.text("SELECT coalesce(sender_jid, '') || '|' || is_from_me || '|' || content "
                + "|| '|' || (metadata ->> 'reply_to') FROM messages WHERE message_id = 'K2'"));
        assertEquals("photo|Beach|image/jpeg|12345", q.text("SELECT media_type || '|' || content || '|' || "
                + "(metadata -> 'media' ->> 'mime_type') || '|' || (metadata -> 'media' ->> 'size') FROM messages "
                + "WHERE message_id = 'K3'"));
        assertEquals("video|video/mp4", q.text("SELECT media_type || '|' || (metadata -> 'media' ->> 'mime_type') "
                + "FROM messages WHERE message_id = 'K4'"));
        assertEquals(0, q.number("SELECT count(*) FROM media_files WHERE message_id = 'K4'"), "a file the phone lacks");
        if (expected.mediaRows() > 0) {
            String path = schema.generation == Generation.LEGACY ? LegacyFixtureRows.LEGACY_PHOTO_PATH : PHOTO_PATH;
            assertEquals("K3|" + ANNA + "|photo|image/jpeg|IMG-20231114-WA0001.jpg|12345|" + path + "|pending|"
                    + path, q.text("SELECT message_id || '|' || jid || '|' || media_type || '|' || mime_type || '|' "
                    + "|| file_name || '|' || file_size || '|' || minio_url || '|' || upload_status || '|' "
                    + "|| (metadata ->> 'phone_path') FROM media_files"));
        }
        assertEquals(ANNA + "|deleted|", q.text("SELECT sender_jid || '|' || (metadata ->> 'kind') || '|' "
                + "|| coalesce(content, '') FROM messages WHERE message_id = 'K5'"));
        String callId = schema.generation == Generation.MODERN ? "call-CALL1" : "K6";
        boolean callDetails = schema.generation == Generation.MODERN || schema == PhoneDbSchemas.LEGACY_2018B;
        assertEquals(ANNA + "|call|" + (callDetails ? "true|42" : "false|"), q.text("SELECT jid || '|' || "
                + "(metadata ->> 'kind') || '|' || (metadata -> 'call' ->> 'video') || '|' || "
                + "coalesce(metadata -> 'call' ->> 'duration', '') FROM messages WHERE message_id = '" + callId + "'"));
        assertEquals(GROUP + "|" + ANNA + "|system|1", q.text("SELECT jid || '|' || sender_jid || '|' || "
                + "(metadata ->> 'kind') || '|' || (metadata ->> 'action') FROM messages WHERE message_id = 'K7'"));
        assertEquals(ANNA + "|Moin", q.text("SELECT sender_jid || '|' || content FROM messages WHERE message_id = 'K8'"));
        assertEquals(BEN + "|Wer kommt?", q.text("SELECT sender_jid || '|' || content FROM messages WHERE message_id = 'K9'"));
        assertEquals(STATUS + "|" + BEN + "|Urlaub", q.text("SELECT jid || '|' || sender_jid || '|' || content "
                + "FROM messages WHERE message_id = 'K12'"));
        if (expected.reactions()) {
            assertEquals("[{\"sender\": \"" + ANNA + "\", \"reaction\": \"\uD83D\uDC4D\", \"timestamp\": "
                    + (PhoneDbFixture.minute(10) / 1000) + "}]",
                    q.text("SELECT metadata -> 'reactions' FROM messages WHERE message_id = 'K10'"));
        } else {
            assertNull(q.text("SELECT metadata -> 'reactions' FROM messages WHERE message_id = 'K10'"));
        }
        if (expected.edits()) {
            assertEquals("Treffen um 6|true|Treffen um 5", q.text("SELECT content || '|' || (metadata ->> 'edited') "
                    + "|| '|' || (metadata -> 'edits' -> 0 ->> 'text') FROM messages WHERE message_id = 'K11'"));
            assertEquals(0, q.number("SELECT count(*) FROM messages WHERE message_id = 'K11E'"), "an edit is no message");
        }
    }

    @ParameterizedTest
    @EnumSource(PhoneDbSchemas.class)
    void importingTheSameDatabaseAgainAddsNothing(PhoneDbSchemas schema) throws Exception {
        Path file = PhoneDbFixture.build(schema, dir.resolve("msgstore.db"));
        PhoneDbRuns.load(db, file, PhoneDbRuns.defaults());
        String before = PhoneDbRuns.fingerprint(db);

        List<List<Long>> told = new ArrayList<>();
        PhoneImportReport again = PhoneDbRuns.load(db, file,
                PhoneDbRuns.defaults().withProgress((read, total) -> told.add(List.of(read, total))));

        // Its progress ends at every row the file holds: the messages, and an edit's row where the layout has them.
        PhoneDbFixture.Expected expected = PhoneDbFixture.expected(schema);
        long rows = expected.messages() + (expected.edits() ? 1 : 0);
        assertEquals(List.of(List.of(rows, rows)), told);
        assertEquals(0, again.inserted());
        assertEquals(0, again.newChats());
        assertEquals(0, again.mediaRows());
        assertEquals(PhoneDbFixture.expected(schema).messages(), again.alreadyPresent());
        assertEquals(before, PhoneDbRuns.fingerprint(db));
    }

    /** Rows of one-column queries of the test's own. */
    record Q(TestDatabase db) {
        List<String> rows(String sql) throws Exception {
            return PhoneDbRuns.rows(db, sql);
        }

        String text(String sql) throws Exception {
            List<String> rows = rows(sql);
            assertEquals(1, rows.size(), sql);
            return rows.get(0);
        }

        long number(String sql) throws Exception {
            return Long.parseLong(text(sql));
        }
    }
}

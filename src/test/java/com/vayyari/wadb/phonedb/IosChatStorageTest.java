package com.vayyari.wadb.phonedb;

import static com.vayyari.wadb.phonedb.PhoneDbFixture.ANNA;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.BEN;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.GROUP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vayyari.wadb.support.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** iOS {@code ChatStorage.sqlite} to the same rows as Android's database. */
class IosChatStorageTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @TempDir
    Path dir;

    @BeforeEach
    void clean() throws Exception {
        db.execute("TRUNCATE chats CASCADE");
    }

    private List<String> rows(String sql) throws Exception {
        return PhoneDbRuns.rows(db, sql);
    }

    @Test
    void importsChatsMessagesRepliesReactionsMediaAndWhatsAppsOwnRows() throws Exception {
        Path file = IosFixture.build(dir.resolve("ChatStorage.sqlite"));
        SourceState before = SourceState.of(file);

        PhoneImportReport report = PhoneDbRuns.load(db, file, PhoneDbRuns.defaults());

        assertEquals(before, SourceState.of(file));
        assertEquals(List.of("ChatStorage.sqlite"), PhoneDbRuns.fileNames(dir));
        assertEquals("iOS ChatStorage", report.layout());
        assertEquals(List.of(2L, 7L, 7L, 5L, 1L, 1L, 0L, 1L), List.of(report.chats(), report.read(), report.inserted(),
                report.peoples(), report.system(), report.deleted(), report.calls(), report.mediaRows()));
        assertEquals(List.of(GROUP + "|Family|true", ANNA + "|Anna|false"),
                rows("SELECT jid || '|' || name || '|' || is_group FROM chats ORDER BY is_group DESC"));
        assertEquals(List.of(
                "I1|" + ANNA + "|f|Hallo||" + PhoneDbFixture.T0 / 1000 + "|{}",
                "I2||t|Hi Anna||" + (PhoneDbFixture.T0 / 1000 + 60) + "|{\"reply_to\": \"I1\", \"reactions\": [{\"sender\": \""
                        + ANNA + "\", \"reaction\": \"\uD83D\uDC4D\"}]}",
                "I3|" + ANNA + "|f|Beach|photo|" + (PhoneDbFixture.T0 / 1000 + 120) + "|{\"media\": {\"path\": \""
                        + IosFixture.PHOTO_PATH + "\", \"size\": 12345, \"file_name\": \"IMG_0001.jpg\"}}",
                "I4||t||video|" + (PhoneDbFixture.T0 / 1000 + 180) + "|{\"media\": {\"size\": 999}}",
                "I5|" + ANNA + "|f|||" + (PhoneDbFixture.T0 / 1000 + 240) + "|{\"kind\": \"deleted\"}",
                "I6|" + ANNA + "|f|Family||" + (PhoneDbFixture.T0 / 1000 + 300) + "|{\"kind\": \"system\"}",
                "I7|" + BEN + "|f|Wer kommt?||" + (PhoneDbFixture.T0 / 1000 + 360) + "|{\"reactions\": [{\"sender\": \"" + ANNA
                        + "\", \"reaction\": \"\u2764\uFE0F\"}, {\"sender\": \"" + BEN + "\", \"reaction\": \"\uD83D\uDE02\"}]}"),
                rows("SELECT concat_ws('|', message_id, coalesce(sender_jid, ''), is_from_me, coalesce(content, ''), "
                        + "coalesce(media_type, ''), \"timestamp\", metadata) FROM messages ORDER BY message_id"));
        assertEquals(List.of("I3|photo|12345|IMG_0001.jpg|" + IosFixture.PHOTO_PATH),
                rows("SELECT concat_ws('|', message_id, media_type, file_size, file_name, minio_url) FROM media_files"));

        List<List<Long>> told = new ArrayList<>();
        PhoneImportReport again = PhoneDbRuns.load(db, file,
                PhoneDbRuns.defaults().withProgress((read, total) -> told.add(List.of(read, total))));
        assertEquals(List.of(0L, 7L, 0L), List.of(again.inserted(), again.alreadyPresent(), again.mediaRows()));
        assertEquals(List.of(List.of(7L, 7L)), told, "every row of ZWAMESSAGE read");
    }
}

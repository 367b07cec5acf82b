package com.vayyari.wadb.phonedb;

import static com.vayyari.wadb.phonedb.PhoneDbFixture.ANNA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.importer.ChatImporter;
import com.vayyari.wadb.importer.ImportOptions;
import com.vayyari.wadb.importer.ImportReport;
import com.vayyari.wadb.importer.ParseOptions;
import com.vayyari.wadb.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A chat imported from an export first and from the phone's database later: the messages both hold are one row. */
class ExportOverlapTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @TempDir
    Path dir;

    @Test
    void messagesOfAnExportTakeTheDatabasesIdsAndAreNotAddedTwice() throws Exception {
        // The fixture's K1 (Anna, 22:13:20 UTC), K2 (me, 22:14:20), the video K4 (me, 22:16:20) and the deleted K5
        // (Anna, 22:17:20) as an Android export writes them, to the minute, plus a message the database does not have.
        Path export = Files.writeString(dir.resolve("WhatsApp Chat with Anna.txt"), """
                14/11/2023, 22:13 - Anna: Hallo
                14/11/2023, 22:14 - Me: Hi Anna
                14/11/2023, 22:16 - Me: <Media omitted>
                14/11/2023, 22:17 - Anna: This message was deleted
                14/11/2023, 22:30 - Anna: only in the export
                14/11/2023, 22:35 - Anna: location: https://maps.google.com/?q=52.520007,13.404954
                14/11/2023, 22:36 - Anna: Missed voice call
                """);
        try (Connection c = db.connect()) {
            new ChatImporter(c).importFile(export, ANNA, null, new ParseOptions(ZoneOffset.UTC, null, "Me"),
                    ImportOptions.defaults());
        }
        Path file = PhoneDbFixture.build(PhoneDbSchemas.MODERN_2025_03, dir.resolve("msgstore.db"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            // Anna's location, which the export wrote to fewer decimals, and the call she made that nobody answered
            PhoneDbFixture.modernLocation(c, ANNA, "K24", PhoneDbFixture.minute(22), 52.52000659999999, 13.404954);
            PhoneDbFixture.modernCall(c, ANNA, "CALL2", PhoneDbFixture.minute(23), false, 0, 2);
        }

        PhoneImportReport report = PhoneDbRuns.load(db, file, PhoneDbRuns.defaults());

        assertEquals(6, report.fromExports());
        assertEquals(8, report.inserted());  // 14 in the file; K1, K2, K4, K5, K24 and CALL2 came with the export
        assertTrue(report.summary().contains("6 already present, 6 of them from chat exports"), report.summary());
        // The location keeps the export's line and gains the database's coordinates; the call its facts.
        assertEquals(List.of("K24|location: https://maps.google.com/?q=52.520007,13.404954|52.52000659999999|imp",
                "call-CALL2|Missed voice call|0|imp"), PhoneDbRuns.rows(db, "SELECT concat_ws('|', message_id, content, "
                + "coalesce(metadata #>> '{location,latitude}', metadata #>> '{call,duration}'), "
                + "left(metadata ->> 'export_id', 3)) FROM messages WHERE message_id IN ('K24', 'call-CALL2') "
                + "ORDER BY message_id"));
        // concat_ws leaves out what is NULL: the export's own message has no export_id and no reply_to
        assertEquals(List.of("K1|" + ANNA + "|f|" + PhoneDbFixture.T0 / 1000 + "|imp",
                "K2||t|" + (PhoneDbFixture.T0 / 1000 + 60) + "|imp|K1",
                "imp||f|" + (PhoneDbFixture.T0 / 1000 + 1000)),
                PhoneDbRuns.rows(db, "SELECT concat_ws('|', left(message_id, 3), "
                        + "coalesce(sender_jid, ''), is_from_me, \"timestamp\", left(metadata ->> 'export_id', 3), "
                        + "metadata ->> 'reply_to') FROM messages WHERE content IN ('Hallo', 'Hi Anna', 'only in the export') "
                        + "ORDER BY \"timestamp\""));
        // The video the export could not name takes the database's media type; the stub keeps its kind.
        assertEquals(List.of("K4|video|t|imp", "K5|deleted|f|imp"), PhoneDbRuns.rows(db, "SELECT concat_ws('|', "
                + "message_id, coalesce(media_type, metadata ->> 'kind'), is_from_me, left(metadata ->> 'export_id', 3)) "
                + "FROM messages WHERE message_id IN ('K4', 'K5') ORDER BY message_id"));
        assertEquals(List.of("9"), PhoneDbRuns.rows(db, "SELECT count(*) FROM messages WHERE jid = '" + ANNA + "'"));

        // The export once more: its first two messages now carry the database's ids, and are still found.
        String before = PhoneDbRuns.fingerprint(db);
        try (Connection c = db.connect()) {
            ImportReport again = new ChatImporter(c).importFile(export, ANNA, null,
                    new ParseOptions(ZoneOffset.UTC, null, "Me"), ImportOptions.defaults());
            assertEquals(List.of(0L, 5L), List.of(again.inserted(), again.alreadyPresent()));
        }
        assertEquals(before, PhoneDbRuns.fingerprint(db));
    }
}

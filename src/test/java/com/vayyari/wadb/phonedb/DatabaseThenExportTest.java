package com.vayyari.wadb.phonedb;

import static com.vayyari.wadb.phonedb.PhoneDbFixture.ANNA;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.GROUP;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.modernCall;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.modernLocation;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.modernMessage;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.minute;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/**
 * A chat imported from the phone's database first and from a text export later: the messages both hold stay the
 * database's rows, with its ids, and only what the database lacks is added — the other order of
 * {@link ExportOverlapTest}.
 */
class DatabaseThenExportTest {

    private static final long T = PhoneDbFixture.T0 / 1000;  // 22:13:20 UTC

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @TempDir
    static Path dir;

    @Test
    void theDatabasesRowsStayAndOnlyWhatItLacksIsAdded() throws Exception {
        importDatabase();
        // To the minute, as an Android export writes them: the fixture's K1, K2, the captioned photo K3, the video
        // K4 (which the export cannot name) and the deleted K5; two
        // "ok" in one minute where the database has one; a message of several lines; one the database lacks.
        Path export = Files.writeString(dir.resolve("WhatsApp Chat with Anna.txt"), """
                14/11/2023, 22:13 - Anna: Hallo
                14/11/2023, 22:14 - Me: Hi Anna
                14/11/2023, 22:15 - Anna: IMG-20231114-WA0001.jpg (file attached)
                Beach
                14/11/2023, 22:16 - Me: <Media omitted>
                14/11/2023, 22:17 - Anna: This message was deleted
                14/11/2023, 22:33 - Anna: ok
                14/11/2023, 22:33 - Anna: ok
                14/11/2023, 22:34 - Me: line one
                line two
                14/11/2023, 22:35 - Anna: Alexanderplatz
                location: https://maps.google.com/?q=52.520007,13.404954
                14/11/2023, 22:36 - Anna: Missed voice call
                14/11/2023, 22:37 - Anna: Treffpunkt: https://maps.google.com/?q=52.5,13.4
                14/11/2023, 22:38 - Anna: https://maps.google.com/?q=52.5,13.4 is where we meet
                14/11/2023, 22:40 - Anna: newer, only in the export
                """);
        String before = PhoneDbRuns.fingerprint(db);

        ImportReport dryRun = importExport(export, ANNA, true);

        assertEquals(before, PhoneDbRuns.fingerprint(db));
        assertEquals(List.of(11L, 2L, 9L), counts(dryRun));
        assertEquals(List.of(11L, 2L, 9L), counts(importExport(export, ANNA, false)));
        assertEquals(List.of(
                "K1|" + ANNA + "|f|" + T + "|Hallo",
                "K2||t|" + (T + 60) + "|Hi Anna",
                "K3|" + ANNA + "|f|" + (T + 120) + "|Beach",
                "K4||t|" + (T + 180) + "|",
                "imp||f|" + (T + 1180) + "|ok",
                "K20|" + ANNA + "|f|" + (T + 1200) + "|ok",
                "K21||t|" + (T + 1260) + "|line one\nline two",
                "K24|" + ANNA + "|f|" + (T + 1320) + "|",
                "K25|" + ANNA + "|f|" + (T + 1440) + "|Treffpunkt: https://maps.google.com/?q=52.5,13.4",
                "K26|" + ANNA + "|f|" + (T + 1500) + "|https://maps.google.com/?q=52.5,13.4 is where we meet",
                "imp||f|" + (T + 1600) + "|newer, only in the export"),
                peoplesMessages(ANNA));
        assertEquals(List.of("K5"), PhoneDbRuns.rows(db, "SELECT message_id FROM messages WHERE jid = '" + ANNA
                + "' AND metadata ->> 'kind' = 'deleted'"));
        // The export's missed call is the database's, not a second call; the answered one it does not list stays.
        assertEquals(List.of("call-CALL1|42", "call-CALL2|0"), PhoneDbRuns.rows(db, "SELECT message_id || '|' || "
                + "(metadata #>> '{call,duration}') FROM messages WHERE jid = '" + ANNA + "' AND metadata ->> 'kind' = "
                + "'call' ORDER BY message_id"));
        assertEquals(List.of("K3|1"), PhoneDbRuns.rows(db, "SELECT message_id || '|' || count(*) FROM media_files "
                + "WHERE jid = '" + ANNA + "' GROUP BY message_id"));

        String after = PhoneDbRuns.fingerprint(db);
        assertEquals(List.of(11L, 0L, 11L), counts(importExport(export, ANNA, false)));
        assertEquals(after, PhoneDbRuns.fingerprint(db));
    }

    @Test
    void aSenderOrMediaTypeTheDatabaseContradictsIsAnotherMessage() throws Exception {
        importDatabase();
        // Anna's number on K8 (hers, from her second device) and on K9, which the database says Ben sent; her photo
        // K22 as a video, which it is not, and K23 as an attachment the export could not name.
        Path export = Files.writeString(dir.resolve("WhatsApp Chat with Family.txt"), """
                14/11/2023, 22:20 - +49 151 11111111: Moin
                14/11/2023, 22:21 - +49 151 11111111: Wer kommt?
                14/11/2023, 22:22 - Me: Ich
                14/11/2023, 22:43 - +49 151 11111111: VID-20231114-WA0002.mp4 (file attached)
                14/11/2023, 22:44 - +49 151 11111111: <Media omitted>
                """);

        assertEquals(List.of(5L, 2L, 3L), counts(importExport(export, GROUP, false)));
        assertEquals(List.of("K8|4915111111111@s.whatsapp.net|f|" + (T + 420) + "|Moin",
                "imp|4915111111111@s.whatsapp.net|f|" + (T + 460) + "|Wer kommt?",
                "K9|4915122222222@s.whatsapp.net|f|" + (T + 480) + "|Wer kommt?",
                "K10||t|" + (T + 540) + "|Ich",
                "K11||t|" + (T + 720) + "|Treffen um 6",
                "imp|4915111111111@s.whatsapp.net|f|" + (T + 1780) + "|",
                "K22|4915111111111@s.whatsapp.net|f|" + (T + 1800) + "|",
                "K23|4915111111111@s.whatsapp.net|f|" + (T + 1860) + "|"),
                peoplesMessages(GROUP));
    }

    /**
     * The fixture's modern file, with a second "ok" minute and a message of two lines in Anna's chat and two photos
     * without a caption from Anna in the group; imported again, it adds nothing.
     */
    private static void importDatabase() throws Exception {
        Path file = dir.resolve("msgstore.db");
        if (!Files.exists(file)) {
            PhoneDbFixture.build(PhoneDbSchemas.MODERN_2025_03, file);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                modernMessage(c, ANNA, 0, "K20", null, minute(20), 0, "ok");
                modernMessage(c, ANNA, 1, "K21", null, minute(21), 0, "line one\nline two");
                // Anna's location, which the export writes to fewer decimals; a missed call; a location line typed as
                // text and a link within a sentence, both text in the database as in the export
                modernLocation(c, ANNA, "K24", minute(22), 52.52000659999999, 13.404954);
                modernCall(c, ANNA, "CALL2", minute(23), false, 0, 2);
                modernMessage(c, ANNA, 0, "K25", null, minute(24), 0, "Treffpunkt: https://maps.google.com/?q=52.5,13.4");
                modernMessage(c, ANNA, 0, "K26", null, minute(25), 0, "https://maps.google.com/?q=52.5,13.4 is where we meet");
                modernMessage(c, GROUP, 0, "K22", ANNA, minute(30), 1, null);  // photos without a caption
                modernMessage(c, GROUP, 0, "K23", ANNA, minute(31), 1, null);
            }
        }
        PhoneDbRuns.load(db, file, PhoneDbRuns.defaults());
    }

    private static ImportReport importExport(Path export, String chat, boolean dryRun) throws Exception {
        try (Connection c = db.connect()) {
            return new ChatImporter(c).importFile(export, chat, null, new ParseOptions(ZoneOffset.UTC, null, "Me"),
                    ImportOptions.defaults().withDryRun(dryRun));
        }
    }

    /** A chat's people's messages: id (an export's as {@code imp}), sender, from me, time, text. */
    private static List<String> peoplesMessages(String chat) throws Exception {
        return PhoneDbRuns.rows(db, "SELECT concat_ws('|', CASE WHEN message_id LIKE 'imp-%' THEN 'imp' "
                + "ELSE message_id END, coalesce(sender_jid, ''), is_from_me, \"timestamp\", coalesce(content, '')) "
                + "FROM messages WHERE jid = '" + chat + "' AND metadata ->> 'kind' IS NULL "
                + "ORDER BY \"timestamp\", message_id");
    }

    /** Read, new, already present. */
    private static List<Long> counts(ImportReport report) {
        return List.of(report.parsed(), report.inserted(), report.alreadyPresent());
    }
}

package com.vayyari.wadb.importer;

import static com.vayyari.wadb.importer.ImportFixtures.fixture;
import static com.vayyari.wadb.importer.ImportFixtures.row;
import static com.vayyari.wadb.importer.ImportFixtures.rows;
import static com.vayyari.wadb.importer.ParserFixtures.epoch;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vayyari.wadb.importer.ImportFixtures.Row;
import com.vayyari.wadb.support.TestDatabase;
import java.sql.Connection;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each fixture export imported into a real database and checked row by row. */
class FixtureImportTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    private static final String GROUP = "120363012345678901@g.us";
    private static final String PERSON = "15551234567@s.whatsapp.net";

    @BeforeEach
    void clean() throws Exception {
        db.execute("TRUNCATE chats CASCADE");
    }

    private static ImportReport load(String fixture, String jid, ZoneId zone, String me) throws Exception {
        try (Connection c = db.connect()) {
            return new ChatImporter(c).importFile(fixture(fixture), jid, null, new ParseOptions(zone, null, me),
                    ImportOptions.defaults());
        }
    }

    private static List<Row> rowsOf(String jid) throws Exception {
        try (Connection c = db.connect()) {
            return rows(c, jid);
        }
    }

    @Test
    void android24HourGroupWithSystemLinesMediaMarksAndNonLatinNames() throws Exception {
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        ImportReport report = load("android-24h-group.txt", GROUP, kolkata, "Ravi");
        assertEquals(List.of(
                row(epoch("2021-01-13T09:05", kolkata), "Ravi", null, true, "Good morning everyone ☀️", null),
                row(epoch("2021-01-13T09:06", kolkata), "+91 98765 43210", "919876543210@s.whatsapp.net", false,
                        "శుభోదయం! 🙏", null),
                row(epoch("2021-01-13T09:06", kolkata), "రవి కుమార్", null, false, "అందరికీ నమస్కారం", null),
                row(epoch("2021-01-13T09:07", kolkata), "محمد", null, false, "صباح الخير", null),
                row(epoch("2021-01-13T09:08", kolkata), "李雷", null, false, "早上好 👋", null),
                row(epoch("2021-01-13T09:10", kolkata), "Ravi", null, true,
                        "Shopping list:\n- milk\tand tabs\n- C:\\temp\\eggs", null),
                row(epoch("2021-01-13T09:11", kolkata), "Ravi", null, true, "Breakfast 🍳", "photo"),
                row(epoch("2021-01-13T09:12", kolkata), "李雷", null, false, null, "unknown"),
                new Row(epoch("2021-01-13T09:20", kolkata), "Ravi", null, true, "Bye 👋", null, null, "{\"edited\": true}")),
                rowsOf(GROUP));
        assertEquals(9, report.parsed());
        assertEquals(9, report.inserted());
        assertEquals(0, report.alreadyPresent());
        assertEquals(10, report.parse().systemLines());
        assertEquals(2, report.parse().mediaMessages());
        assertEquals(0, report.parse().unparsedCount());
        assertEquals(ExportLayout.ANDROID, report.parse().layout());
        assertEquals(DateOrder.DMY, report.parse().dateOrder());
        assertEquals("day over 12 in the first field (line 4)", report.parse().dateOrderDecidedBy());
        assertEquals(kolkata, report.parse().zone());
        assertEquals(1, report.mediaRows(), "the .txt names IMG-20210113-WA0001.jpg as attached");
        try (Connection c = db.connect()) {
            assertEquals(1, ImportFixtures.count(c, "SELECT count(*) FROM media_files WHERE file_name = "
                    + "'IMG-20210113-WA0001.jpg' AND media_type = 'photo' AND upload_status = 'pending' "
                    + "AND minio_url = '' AND file_size IS NULL"));
        }
    }

    @Test
    void android12HourWithNarrowNoBreakSpacesAndMonthFirstDates() throws Exception {
        ZoneId utc = ParserFixtures.UTC;
        ImportReport report = load("android-12h-us.txt", PERSON, utc, null);
        assertEquals(List.of(
                row(epoch("2021-01-05T09:05", utc), "Alice", null, false, "Hi Bob", null),
                row(epoch("2021-01-05T12:00", utc), "Bob", null, false, "Lunch?", null),
                row(epoch("2021-01-13T23:59", utc), "Alice", null, false, "Late night 🌙\nsecond line", null),
                row(epoch("2021-01-14T00:01", utc), "Bob", null, false, null, "video"),
                row(epoch("2021-01-14T00:02", utc), "Alice", null, false, "AM works too", null),
                row(epoch("2021-01-14T13:15", utc), "Bob", null, false, null, "audio")),
                rowsOf(PERSON));
        assertEquals(DateOrder.MDY, report.parse().dateOrder());
        assertEquals("day over 12 in the second field (line 4)", report.parse().dateOrderDecidedBy());
        assertEquals(1, report.parse().systemLines());
    }

    @Test
    void iosWithSecondsDotsByteOrderMarkAndPlaceholders() throws Exception {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        ImportReport report = load("ios-dots.txt", GROUP, tokyo, "Alice");
        assertEquals(List.of(
                row(epoch("2021-01-13T09:05:10", tokyo), "Alice", null, true, "Hello 😀", null),
                row(epoch("2021-01-13T09:06:00", tokyo), "+1 (555) 123-4567", PERSON, false, "Hi from a number", null),
                row(epoch("2021-01-13T09:07:30", tokyo), "Alice", null, true, null, "photo"),
                row(epoch("2021-01-13T09:08:00", tokyo), "Alice", null, true, null, "photo"),
                row(epoch("2021-01-13T09:09:00", tokyo), "田中", null, false, "二行の\nメッセージ", null),
                row(epoch("2021-01-13T09:10:00", tokyo), "Alice", null, true, null, "document")),
                rowsOf(GROUP));
        assertEquals(ExportLayout.IOS, report.parse().layout());
        assertEquals(3, report.parse().systemLines());
        assertEquals(DateOrder.DMY, report.parse().dateOrder());
    }

    @Test
    void dashSeparatedTwoDigitYearsWithoutComma() throws Exception {
        ZoneId utc = ParserFixtures.UTC;
        load("android-dash.txt", PERSON, utc, null);
        assertEquals(List.of(
                row(epoch("2020-12-31T23:59", utc), "Jan", null, false, "Bijna!", null),
                row(epoch("2021-01-01T00:00", utc), "Jan", null, false, "Gelukkig nieuwjaar 🎉", null),
                row(epoch("2021-01-01T00:01", utc), "Eva", null, false, "Jij ook!", null)),
                rowsOf(PERSON));
    }

    @Test
    void bothSidesOfDaylightSavingChangesInNewYork() throws Exception {
        load("dst-new-york.txt", PERSON, ZoneId.of("America/New_York"), null);
        List<Long> stamps = rowsOf(PERSON).stream().map(Row::timestamp).toList();
        // 01:30 EST = 06:30Z, 03:30 EDT = 07:30Z; 00:30 EDT = 04:30Z, 02:30 EST = 07:30Z
        assertEquals(List.of(1615703400L, 1615707000L, 1636259400L, 1636270200L), stamps);
    }
}

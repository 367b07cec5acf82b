package com.vayyari.wadb.importer;

import static com.vayyari.wadb.importer.ImportFixtures.count;
import static com.vayyari.wadb.importer.ImportFixtures.fingerprint;
import static com.vayyari.wadb.importer.ImportFixtures.fixture;
import static com.vayyari.wadb.importer.ImportFixtures.fixtureText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Importing again, importing more, dry runs, and files that must change nothing. */
class ReimportAndFailureTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    private static final String CHAT = "919876543210@s.whatsapp.net";
    private static final ParseOptions UTC = new ParseOptions(ParserFixtures.UTC, null, null);

    @TempDir
    Path dir;

    @BeforeEach
    void clean() throws Exception {
        db.execute("TRUNCATE chats CASCADE");
    }

    private static ImportReport load(Path file, ImportOptions options) throws Exception {
        try (Connection c = db.connect()) {
            return new ChatImporter(c).importFile(file, CHAT, null, UTC, options);
        }
    }

    private static long messages() throws Exception {
        try (Connection c = db.connect()) {
            return count(c, "SELECT count(*) FROM messages");
        }
    }

    @Test
    void importingTheSameExportAgainAddsNothing() throws Exception {
        load(fixture("android-24h-group.txt"), ImportOptions.defaults());
        String before = fingerprint(db);
        ImportReport again = load(fixture("android-24h-group.txt"), ImportOptions.defaults());
        assertEquals(0, again.inserted());
        assertEquals(9, again.alreadyPresent());
        assertEquals(before, fingerprint(db));
    }

    @Test
    void aLongerExportOfTheSameChatAddsOnlyTheNewMessages() throws Exception {
        Path shorter = Files.writeString(dir.resolve("short.txt"), """
                31/12/2020, 23:59 - Jan: ok
                31/12/2020, 23:59 - Eva: ok
                """);
        Path longer = Files.writeString(dir.resolve("long.txt"), """
                31/12/2020, 23:59 - Jan: ok
                31/12/2020, 23:59 - Eva: ok
                31/12/2020, 23:59 - Jan: ok
                01/01/2021, 00:00 - Jan: ok
                01/01/2021, 00:01 - Eva: Happy new year
                """);
        assertEquals(2, load(shorter, ImportOptions.defaults()).inserted());
        ImportReport more = load(longer, ImportOptions.defaults());
        assertEquals(3, more.inserted());
        assertEquals(2, more.alreadyPresent());
        assertEquals(5, messages());
    }

    @Test
    void anExportThatRepeatsAMessageIdFallsBackToMergingAndKeepsOne() throws Exception {
        Path file = Files.writeString(dir.resolve("jumps.txt"), """
                01/01/2021, 10:00 - Jan: ok
                02/01/2021, 13:00 - Jan: a day and more later
                01/01/2021, 10:00 - Jan: ok
                """);
        ImportReport report = load(file, ImportOptions.defaults());
        assertEquals(3, report.parsed());
        assertEquals(2, report.inserted());
        assertEquals(1, report.alreadyPresent());
        assertEquals(2, messages());
    }

    @Test
    void aDryRunReportsWhatWouldBeImportedAndWritesNothing() throws Exception {
        String before = fingerprint(db);
        ImportReport dry = load(fixture("android-dash.txt"), ImportOptions.defaults().withDryRun(true));
        assertEquals(3, dry.inserted());
        assertTrue(dry.dryRun());
        assertTrue(dry.summary().startsWith("dry run: would import 3 of 3 messages into " + CHAT), dry.summary());
        assertEquals(before, fingerprint(db));
    }

    @Test
    void unreadableLinesAreReportedOrUnderStrictChangeNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("top.txt"), "Exported by a tool\n\n" + fixtureText("android-dash.txt"));
        String before = fingerprint(db);
        ImportException strict = assertThrows(ImportException.class,
                () -> load(file, ImportOptions.defaults().withStrict(true)));
        assertEquals("1 unreadable lines in top.txt (first at line 1); nothing imported", strict.getMessage());
        assertEquals(before, fingerprint(db));
        ImportReport lenient = load(file, ImportOptions.defaults());
        assertEquals(List.of(1L), lenient.parse().unparsedLines());
        assertEquals(3, lenient.inserted());
    }

    @Test
    void aBinaryFileIsAClearErrorAndChangesNothing() throws Exception {
        load(fixture("android-dash.txt"), ImportOptions.defaults());
        String before = fingerprint(db);
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Path binary = Files.write(dir.resolve("photo.txt"), noise);
        ImportException e = assertThrows(ImportException.class, () -> load(binary, ImportOptions.defaults()));
        assertTrue(e.getMessage().startsWith("photo.txt is not a text chat export"), e.getMessage());
        assertEquals(before, fingerprint(db));
    }

    @Test
    void bytesThatAreNoTextAfterGoodLinesAreFoundBeforeAnythingIsWritten() throws Exception {
        Path file = dir.resolve("half.txt");
        byte[] good = (fixtureText("android-dash.txt") + "31-12-20 23:59 - Jan: ").getBytes(
                java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(good, good.length + 2);
        bad[good.length] = (byte) 0xff;
        bad[good.length + 1] = (byte) 0xfe;
        Files.write(file, bad);
        String before = fingerprint(db);
        ImportException e = assertThrows(ImportException.class, () -> load(file, ImportOptions.defaults()));
        assertEquals("half.txt is not a text chat export (no UTF-8 text at line 4)", e.getMessage());
        assertEquals(before, fingerprint(db));
    }

    @Test
    void aFailureWhileCopyingRollsBackTheChatAndTheRowsCopiedSoFar() throws Exception {
        String good = "31-12-20 23:59 - Jan: one\n31-12-20 23:59 - Jan: two\n";
        byte[] first = good.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] changed = java.util.Arrays.copyOf(first, first.length + 1);
        changed[first.length] = (byte) 0xff; // no UTF-8: the file changed on disk between the two passes
        byte[][] reads = {first, changed};
        int[] opened = {0};
        ExportSource changing = ExportSource.of("changing.txt", () -> new java.io.ByteArrayInputStream(
                reads[Math.min(opened[0]++, 1)]));
        String before = fingerprint(db);
        try (Connection c = db.connect(); ParsedExport messages = new ChatExportParser(UTC).open(changing)) {
            ImportException e = assertThrows(ImportException.class, () -> new ChatImporter(c).importMessages(
                    CHAT, "Jan", messages, MediaLibrary.NONE, ImportOptions.defaults()));
            assertEquals("changing.txt is not a text chat export (no UTF-8 text at line 3)", e.getMessage());
            assertTrue(c.getAutoCommit());
        }
        assertEquals(before, fingerprint(db));
    }

    @Test
    void aFileWithoutAnyMessageLineIsAClearError() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "shopping\nmilk\n");
        ImportException e = assertThrows(ImportException.class, () -> load(notes, ImportOptions.defaults()));
        assertTrue(e.getMessage().startsWith("no WhatsApp message line in notes.txt"), e.getMessage());
        ImportException missing = assertThrows(ImportException.class,
                () -> load(dir.resolve("gone.txt"), ImportOptions.defaults()));
        assertEquals("no such file: " + dir.resolve("gone.txt"), missing.getMessage());
    }

    @Test
    void aGivenNameNamesTheChatAndTheFileNameOnlyFillsANewOne() throws Exception {
        Path named = Files.copy(fixture("android-dash.txt"), dir.resolve("WhatsApp Chat with Jan de Vries.txt"));
        load(named, ImportOptions.defaults());
        assertEquals("Jan de Vries", chatName());
        try (Connection c = db.connect()) {
            new ChatImporter(c).importFile(named, CHAT, "Jan", UTC, ImportOptions.defaults());
        }
        assertEquals("Jan", chatName());
        load(named, ImportOptions.defaults());
        assertEquals("Jan", chatName());
    }

    @Test
    void anImportIntoAnOpenTransactionIsRefusedAndCommitsNothingOfIt() throws Exception {
        String before = fingerprint(db);
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("INSERT INTO chats (jid, name) VALUES ('910000000001@s.whatsapp.net', 'open')");
            }
            assertThrows(IllegalStateException.class, () -> new ChatImporter(c).importFile(
                    fixture("android-dash.txt"), CHAT, null, UTC, ImportOptions.defaults()));
            assertEquals(before, fingerprint(db), "neither the import nor the open transaction was committed");
            assertEquals(1, count(c, "SELECT count(*) FROM chats WHERE name = 'open'"), "that transaction is still open");
            c.rollback();
        }
        assertEquals(before, fingerprint(db));
    }

    @Test
    void theConnectionsAutoCommitIsRestored() throws Exception {
        try (Connection c = db.connect()) {
            new ChatImporter(c).importFile(fixture("android-dash.txt"), CHAT, null, UTC, ImportOptions.defaults());
            assertTrue(c.getAutoCommit());
            assertNotEquals(0, count(c, "SELECT count(*) FROM messages"));
        }
    }

    private static String chatName() throws Exception {
        try (Connection c = db.connect(); var st = c.createStatement();
                var rs = st.executeQuery("SELECT name FROM chats")) {
            rs.next();
            return rs.getString(1);
        }
    }
}

package com.vayyari.wadb.importer;

import static com.vayyari.wadb.importer.ImportFixtures.zip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18's accounting, on the altered samples of {@code ../shared/wa-public/derived/}: every unreadable line
 * reported with its number, {@code --strict} refusing them, and a failed or text-only zip leaving no files.
 */
class ImportAccountingTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    private static final String CHAT = "wa-derived@g.us";

    @TempDir
    Path dir;

    @BeforeEach
    void clean() throws Exception {
        db.execute("TRUNCATE chats CASCADE");
    }

    private ImportReport load(Path file, ImportOptions options) throws Exception {
        try (Connection c = db.connect()) {
            return new ChatImporter(c).importFile(file, CHAT, null, ParseOptions.defaults(ZoneOffset.UTC),
                    options.withMediaDir(dir.resolve("media")));
        }
    }

    private static Path derived(String name) {
        Path file = WaPublicCorpus.DIR.resolve("derived").resolve(name);
        assertTrue(Files.isRegularFile(file), "the wa-public corpus is missing: no " + file);
        return file;
    }

    private static long messages() throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM messages")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void assertUnreadable(String sample, List<Long> lines) throws Exception {
        ImportReport report = load(derived(sample), ImportOptions.defaults());
        assertEquals(7, report.inserted(), sample);
        assertEquals(lines, report.parse().unparsedLines(), sample);
        assertEquals(report.parse().lines(), report.parse().accountedLines(), sample);
    }

    @Test
    void proseBeforeTheFirstMessageIsReported() throws Exception {
        assertUnreadable("preface.txt", List.of(1L, 2L));
    }

    @Test
    void anImpossibleDateIsReportedWithItsContinuation() throws Exception {
        assertUnreadable("baddate.txt", List.of(7L, 8L));
    }

    @Test
    void monthThirteenIsReported() throws Exception {
        assertUnreadable("month13.txt", List.of(7L));
    }

    @Test
    void headersInAnotherLocaleAreReportedAndStrictRefusesThem() throws Exception {
        assertUnreadable("mixed_locale_lines.txt", List.of(5L, 6L));
        db.execute("TRUNCATE chats CASCADE");
        ImportException e = assertThrows(ImportException.class,
                () -> load(derived("mixed_locale_lines.txt"), ImportOptions.defaults().withStrict(true)));
        assertTrue(e.getMessage().contains("2 unreadable lines"), e.getMessage());
        assertTrue(e.getMessage().contains("2 headers in another layout"), e.getMessage());
        assertEquals(0, messages());
    }

    @Test
    void aZipThatIsNoChatLeavesNoExtractedFile() throws Exception {
        assertThrows(ImportException.class, () -> load(derived("garbage_chat.zip"), ImportOptions.defaults()));
        assertFalse(Files.exists(dir.resolve("media")));
        assertEquals(0, messages());
    }

    @Test
    void aTextOnlyZipLeavesNoMediaFolder() throws Exception {
        ImportReport report = load(WaPublicCorpus.DIR.resolve("rwhatsapp/sample.zip"), ImportOptions.defaults());
        assertEquals(7, report.inserted());
        assertFalse(Files.exists(dir.resolve("media")));
    }

    @Test
    void aStrictRefusalAfterExtractingTakesTheFilesBack() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("_chat.txt", ("[12/07/2017, 22:35:00] Ann: \u200E<attached: 00000001-PHOTO.jpg>\n"
                + "[31/02/2017, 22:36:00] Ann: no such day\n").getBytes(StandardCharsets.UTF_8));
        entries.put("00000001-PHOTO.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9});
        Path file = zip(dir.resolve("strict.zip"), entries);
        assertThrows(ImportException.class, () -> load(file, ImportOptions.defaults().withStrict(true)));
        assertFalse(Files.exists(dir.resolve("media")));
        assertEquals(0, messages());
        assertEquals(1, load(file, ImportOptions.defaults()).mediaRows());
        assertTrue(Files.isRegularFile(dir.resolve("media/00000001-PHOTO.jpg")));
    }
}

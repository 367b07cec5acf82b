package com.vayyari.wadb.importer;

import static com.vayyari.wadb.importer.ImportFixtures.count;
import static com.vayyari.wadb.importer.ImportFixtures.fingerprint;
import static com.vayyari.wadb.importer.ImportFixtures.fixtureText;
import static com.vayyari.wadb.importer.ImportFixtures.zip;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Zipped exports: the chat text inside, media files extracted and recorded once, damaged zips refused. */
class ZipImportTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    private static final String CHAT = "120363012345678901@g.us";
    private static final ParseOptions TOKYO = new ParseOptions(java.time.ZoneId.of("Asia/Tokyo"), null, "Alice");
    private static final String PHOTO = "00000012-PHOTO-2021-01-13-09-07-30.jpg";
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0,
        (byte) 0xFF, (byte) 0xD9};

    @TempDir
    Path dir;

    @BeforeEach
    void clean() throws Exception {
        db.execute("TRUNCATE chats CASCADE");
    }

    private Path iosZip(String name) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("_chat.txt", fixtureText("ios-dots.txt").getBytes(StandardCharsets.UTF_8));
        entries.put(PHOTO, JPEG);
        return zip(dir.resolve(name), entries);
    }

    private static ImportReport load(Path file, ImportOptions options) throws Exception {
        try (Connection c = db.connect()) {
            return new ChatImporter(c).importFile(file, CHAT, null, TOKYO, options);
        }
    }

    @Test
    void aZipWithChatTextAndAPhotoCreatesAPendingMediaRowForItsMessage() throws Exception {
        Path media = dir.resolve("media");
        ImportReport report = load(iosZip("chat.zip"), ImportOptions.defaults().withMediaDir(media));
        assertEquals(6, report.inserted());
        assertEquals(1, report.mediaRows());
        Path extracted = media.resolve(PHOTO);
        assertArrayEquals(JPEG, Files.readAllBytes(extracted));
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT f.jid, f.media_type, f.mime_type, f.file_name, f.file_size, f.minio_url, f.upload_status, "
                        + "m.media_url, m.media_type, m.sender_name FROM media_files f "
                        + "JOIN messages m USING (message_id)")) {
            assertTrue(rs.next());
            assertEquals(CHAT, rs.getString(1));
            assertEquals("photo", rs.getString(2));
            assertEquals("image/jpeg", rs.getString(3));
            assertEquals(PHOTO, rs.getString(4));
            assertEquals(JPEG.length, rs.getLong(5));
            assertEquals(extracted.toUri().toString(), rs.getString(6));
            assertEquals(extracted, Path.of(URI.create(rs.getString(6))));
            assertEquals("pending", rs.getString(7));
            assertEquals(rs.getString(6), rs.getString(8));
            assertEquals("photo", rs.getString(9));
            assertEquals("Alice", rs.getString(10));
            assertFalse(rs.next());
        }
    }

    @Test
    void importingTheZipAgainAddsNoMessagesAndNoMediaRows() throws Exception {
        Path zip = iosZip("chat.zip");
        load(zip, ImportOptions.defaults());
        String before = fingerprint(db);
        ImportReport again = load(zip, ImportOptions.defaults());
        assertEquals(0, again.inserted());
        assertEquals(0, again.mediaRows());
        assertEquals(before, fingerprint(db));
        assertTrue(Files.isRegularFile(dir.resolve("chat_media").resolve(PHOTO)), "default media dir beside the zip");
    }

    @Test
    void theZipAfterItsTextAddsTheMediaRowsToTheMessagesAlreadyThere() throws Exception {
        Path txt = Files.writeString(dir.resolve("chat.txt"), fixtureText("ios-dots.txt"));
        assertEquals(6, load(txt, ImportOptions.defaults()).inserted());
        ImportReport zipped = load(iosZip("chat.zip"), ImportOptions.defaults().withMediaUrlPrefix("s3://wa-media/in"));
        assertEquals(0, zipped.inserted());
        assertEquals(1, zipped.mediaRows());
        try (Connection c = db.connect()) {
            assertEquals(1, count(c, "SELECT count(*) FROM messages WHERE media_url = 's3://wa-media/in/" + PHOTO + "'"));
            assertEquals(1, count(c, "SELECT count(*) FROM media_files WHERE minio_url = 's3://wa-media/in/" + PHOTO + "'"));
        }
    }

    @Test
    void androidZipWithWhatsAppChatWithTextNamesTheChat() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("WhatsApp Chat with Family.txt", """
                13/01/2021, 09:11 - Ravi: IMG-20210113-WA0001.jpg (file attached)
                Breakfast
                13/01/2021, 09:12 - Ravi: PTT-20210113-WA0002.opus (file attached)
                """.getBytes(StandardCharsets.UTF_8));
        entries.put("IMG-20210113-WA0001.jpg", JPEG);
        entries.put("PTT-20210113-WA0002.opus", new byte[] {'O', 'g', 'g', 'S'});
        Path zip = zip(dir.resolve("export.zip"), entries);
        ImportReport report = load(zip, ImportOptions.defaults().withMediaUrlPrefix("http://minio:9000/media/"));
        assertEquals(2, report.mediaRows());
        try (Connection c = db.connect()) {
            assertEquals(1, count(c, "SELECT count(*) FROM chats WHERE name = 'Family'"));
            assertEquals(1, count(c, "SELECT count(*) FROM media_files WHERE media_type = 'audio' AND mime_type = 'audio/ogg'"
                    + " AND minio_url = 'http://minio:9000/media/PTT-20210113-WA0002.opus' AND file_size = 4"));
        }
    }

    @Test
    void aTruncatedZipIsAClearErrorAndChangesNothing() throws Exception {
        load(iosZip("good.zip"), ImportOptions.defaults());
        byte[] whole = Files.readAllBytes(iosZip("chat.zip"));
        Path truncated = Files.write(dir.resolve("truncated.zip"), Arrays.copyOf(whole, whole.length / 2));
        String before = fingerprint(db);
        ImportException e = assertThrows(ImportException.class, () -> load(truncated, ImportOptions.defaults()));
        assertTrue(e.getMessage().startsWith("truncated.zip is not a readable zip archive (truncated or damaged?)"),
                e.getMessage());
        assertEquals(before, fingerprint(db));
    }

    @Test
    void aZipWithoutChatTextIsAClearError() throws Exception {
        Path zip = zip(dir.resolve("photos.zip"), Map.of("a.jpg", JPEG, "b.jpg", JPEG));
        ImportException e = assertThrows(ImportException.class, () -> load(zip, ImportOptions.defaults()));
        assertEquals("photos.zip holds no chat text (_chat.txt or 'WhatsApp Chat with … .txt')", e.getMessage());
    }

    @Test
    void aDryRunOfAZipExtractsNothingAndWritesNothing() throws Exception {
        String before = fingerprint(db);
        ImportReport dry = load(iosZip("chat.zip"), ImportOptions.defaults().withDryRun(true));
        assertEquals(6, dry.inserted());
        assertEquals(1, dry.mediaRows());
        assertFalse(Files.exists(dir.resolve("chat_media")));
        assertEquals(before, fingerprint(db));
    }

    @Test
    void onlyMediaFilesReachTheMediaDirectoryNeverTheChatText() throws Exception {
        Path iosMedia = dir.resolve("ios-media");
        load(iosZip("ios.zip"), ImportOptions.defaults().withMediaDir(iosMedia));
        assertEquals(List.of(PHOTO), fileNames(iosMedia));

        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("WhatsApp Chat with Family.txt", """
                13/01/2021, 09:11 - Ravi: IMG-20210113-WA0001.jpg (file attached)
                """.getBytes(StandardCharsets.UTF_8));
        entries.put("IMG-20210113-WA0001.jpg", JPEG);
        entries.put("backup/_chat.txt", "a second copy of the text".getBytes(StandardCharsets.UTF_8));
        load(zip(dir.resolve("android.zip"), entries), ImportOptions.defaults());
        assertEquals(List.of("IMG-20210113-WA0001.jpg"), fileNames(dir.resolve("android_media")),
                "the default media directory beside the zip");
    }

    private static List<String> fileNames(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}

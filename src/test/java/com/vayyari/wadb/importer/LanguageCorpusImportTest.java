package com.vayyari.wadb.importer;

import static com.vayyari.wadb.importer.ImportFixtures.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vayyari.wadb.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real exports in each language of the corpus ({@code ../shared/wa-public}), imported into PostgreSQL and held
 * to MANIFEST.md's figures: people's messages, authors, first and last time, multi-line messages, media, and
 * WhatsApp's own lines (stored with metadata.kind). Headers other layouts need are issue 18's other half.
 */
class LanguageCorpusImportTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    private static final String CHAT = "15550001111@s.whatsapp.net";

    @TempDir
    Path media;

    @BeforeEach
    void clean() throws Exception {
        db.execute("TRUNCATE chats CASCADE");
    }

    /** A file of the corpus, failing (not skipping) when the corpus is not there. */
    private static Path corpusFile(String name) {
        Path file = WaPublicCorpus.DIR.resolve(name);
        assertTrue(Files.isRegularFile(file), "the wa-public corpus is missing: no " + file);
        return file;
    }

    private ImportReport load(String name) throws Exception {
        try (Connection c = db.connect()) {
            return new ChatImporter(c).importFile(corpusFile(name), CHAT, null,
                    new ParseOptions(ZoneOffset.UTC, null, null), ImportOptions.defaults().withMediaDir(media));
        }
    }

    /** MANIFEST: "1 encryption notice + 2 deleted stubs" in each iOS language file. */
    @ParameterizedTest
    @ValueSource(strings = {
        "whats_json/english_ios.txt", "whats_json/deutch_ios.txt", "whats_json/french_ios.txt",
        "whats_json/spanish_ios.txt", "whats_json/portugal_ios.txt", "whats_json/italian_ios.txt",
        "whats_json/russian_ios.txt", "whats_json/ukrainian_ios.txt", "whats_json/czech_ios.txt",
        "whats_json/hindi_ios.txt", "whats_json/indonesian_ios.txt", "whats_json/japanese_ios.txt",
        "whats_json/thai_ios.txt",
    })
    void iosLanguagesKeepTheNoticeAndTheTwoDeletedStubsWithTheirKinds(String name) throws Exception {
        load(name);
        try (Connection c = db.connect()) {
            assertEquals(Map.of("system", 1L, "deleted", 2L), kinds(c), name);
            assertEquals(0, count(c, "SELECT count(*) FROM messages WHERE metadata ->> 'kind' = 'system' "
                    + "AND sender_name IS NOT NULL"), name + ": a notice has no sender");
            assertEquals(2, count(c, "SELECT count(*) FROM messages WHERE metadata ->> 'kind' = 'deleted' "
                    + "AND sender_name IS NOT NULL"), name + ": a stub keeps its sender");
        }
    }

    /** MANIFEST: "1 notice + 10 deleted/missed-call stubs"; the last two lines are missed calls. */
    @ParameterizedTest
    @ValueSource(strings = {"whats_json/english_android.txt", "whats_json/russian_android.txt",
        "whats_json/czech_android.txt"})
    void androidLanguagesKeepMissedCallsApartFromTheLastMessage(String name) throws Exception {
        load(name);
        try (Connection c = db.connect()) {
            assertEquals(2, count(c, "SELECT count(*) FROM messages WHERE metadata ->> 'kind' = 'call'"), name);
            assertEquals(1, count(c, "SELECT count(*) FROM messages WHERE metadata ->> 'kind' = 'system'"), name);
            assertEquals(8, count(c, "SELECT count(*) FROM messages WHERE metadata ->> 'kind' = 'deleted'"), name);
        }
    }

    /** MANIFEST derived/: "13 files named as its <attached: …> lines. Expected 13 media files linked (14 placeholders)". */
    @Test
    void aZipOfIosAttachmentsLinksEveryFileItBrings() throws Exception {
        ImportReport report = load("derived/english_ios_media_with_files.zip");
        assertEquals(13, report.mediaRows());
        try (Connection c = db.connect()) {
            assertEquals(13, count(c, "SELECT count(*) FROM media_files f JOIN messages m USING (message_id) "
                    + "WHERE f.minio_url <> '' AND f.file_size IS NOT NULL AND m.media_url = f.minio_url"));
            assertEquals(0, count(c, "SELECT count(*) FROM media_files WHERE minio_url = ''"));
            assertEquals(3, count(c, "SELECT count(*) FROM media_files WHERE media_type = 'document' "
                    + "AND file_name IN ('00000046-Some file.txt', '00000047-Resume-Dmitry-Starkov.pdf', "
                    + "'00000048-Template.docx')"), "the documents with their title before <attached: …>");
        }
        try (var files = Files.list(media)) {
            assertEquals(13, files.count());
        }
    }

    @Test
    void theTextExportKeepsAttachmentNamesPendingAndItsZipLinksThem() throws Exception {
        ImportReport text = load("whats_json/english_ios_media.txt");
        assertEquals(13, text.mediaRows());
        try (Connection c = db.connect()) {
            assertEquals(13, count(c, "SELECT count(*) FROM media_files WHERE upload_status = 'pending' "
                    + "AND minio_url = '' AND file_size IS NULL AND file_name IS NOT NULL"));
        }
        ImportReport zip = load("derived/english_ios_media_with_files.zip");
        assertEquals(0, zip.inserted());
        assertEquals(13, zip.mediaRows());
        try (Connection c = db.connect()) {
            assertEquals(13, count(c, "SELECT count(*) FROM media_files"));
            assertEquals(0, count(c, "SELECT count(*) FROM media_files WHERE minio_url = ''"));
            assertEquals(13, count(c, "SELECT count(*) FROM messages WHERE media_url IS NOT NULL"));
        }
    }

    /** pustur/expected.json: the file name each message of attachments.txt names (null: none). */
    @Test
    void attachmentFormsGiveTheFileNamesPusturExpects() throws Exception {
        load("pustur/attachments.txt");
        JsonNode expected = new ObjectMapper().readTree(corpusFile("pustur/expected.json").toFile());
        List<String> names = new ArrayList<>();
        for (JsonNode entry : expected) {
            if (entry.get("file").asText().endsWith("pustur/attachments.txt")) {
                entry.get("expected_files").forEach(n -> names.add(n.isNull() ? null : n.asText()));
            }
        }
        assertEquals(5, names.size(), "pustur/expected.json lists attachments.txt's five messages");
        List<String> found = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT f.file_name FROM messages m "
                + "LEFT JOIN media_files f USING (message_id) ORDER BY m.\"timestamp\", m.id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        assertEquals(names, found);
    }

    private static Map<String, Long> kinds(Connection c) throws SQLException {
        return grouped(c, "SELECT metadata ->> 'kind', count(*) FROM messages WHERE metadata ->> 'kind' IS NOT NULL "
                + "GROUP BY 1 ORDER BY 1");
    }

    private static Map<String, Long> grouped(Connection c, String sql) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }
}

package com.vayyari.wadb.phonedb;

import com.vayyari.wadb.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Running the importer on a test database, and reading back what it did. */
final class PhoneDbRuns {

    private PhoneDbRuns() {
    }

    static PhoneImportOptions defaults() {
        return new PhoneImportOptions(null, null, null, null, null, false);
    }

    static PhoneImportReport load(TestDatabase db, Path file, PhoneImportOptions options) throws Exception {
        try (Connection c = db.connect()) {
            return new PhoneDbImporter(c).importFile(file, options);
        }
    }

    static List<String> rows(TestDatabase db, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    /** Everything the import writes, as text: equal before and after means nothing changed. */
    static String fingerprint(TestDatabase db) throws Exception {
        return String.join("\n", rows(db, "SELECT string_agg(concat_ws('|', jid, name, is_group, metadata), ',' ORDER BY jid) FROM chats"))
                + String.join("\n", rows(db, "SELECT string_agg(concat_ws('|', id, message_id, jid, sender_jid, sender_name, "
                        + "is_from_me, content, media_type, \"timestamp\", metadata), ',' ORDER BY id) FROM messages"))
                + String.join("\n", rows(db, "SELECT string_agg(concat_ws('|', id, message_id, jid, media_type, mime_type, "
                        + "file_name, file_size, minio_url, metadata), ',' ORDER BY id) FROM media_files"));
    }

    static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

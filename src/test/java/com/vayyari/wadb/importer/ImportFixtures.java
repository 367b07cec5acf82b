package com.vayyari.wadb.importer;

import com.vayyari.wadb.support.TestDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Test helpers for imports: fixture files, zips, the rows a chat ended up with, a fingerprint of the database. */
final class ImportFixtures {

    private ImportFixtures() {
    }

    /** A message row as the tests compare it. */
    record Row(long timestamp, String senderName, String senderJid, boolean fromMe, String content, String mediaType,
            String mediaUrl, String metadata) {
    }

    static Row row(long timestamp, String senderName, String senderJid, boolean fromMe, String content, String mediaType) {
        return new Row(timestamp, senderName, senderJid, fromMe, content, mediaType, null, "{}");
    }

    /** A fixture under {@code src/test/resources/importer/}. */
    static Path fixture(String name) {
        URL url = ImportFixtures.class.getResource("/importer/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String fixtureText(String name) throws IOException {
        return Files.readString(fixture(name));
    }

    /** Writes a zip with the given entries (name → bytes), in that order. */
    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /** The chat's people's messages in time order, then in import order. */
    static List<Row> rows(Connection c, String jid) throws SQLException {
        return rows(c, jid, "IS NULL");
    }

    /** WhatsApp's own lines the chat keeps (notices, deleted-message stubs, missed calls): metadata.kind set. */
    static List<Row> whatsAppLines(Connection c, String jid) throws SQLException {
        return rows(c, jid, "IS NOT NULL");
    }

    private static List<Row> rows(Connection c, String jid, String kindTest) throws SQLException {
        String sql = "SELECT \"timestamp\", sender_name, sender_jid, is_from_me, content, media_type, media_url, "
                + "metadata::text FROM messages WHERE jid = ? AND metadata ->> 'kind' " + kindTest
                + " ORDER BY \"timestamp\", id";
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, jid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
        }
        return rows;
    }

    /** Every row of the three tables an import writes, as one string: equal strings, unchanged database. */
    static String fingerprint(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return fingerprint(c);
        }
    }

    private static String fingerprint(Connection c) throws SQLException {
        String sql = "SELECT (SELECT coalesce(string_agg(x::text, '|' ORDER BY jid), '') FROM chats x)"
                + " || '#' || (SELECT coalesce(string_agg(x::text, '|' ORDER BY id), '') FROM messages x)"
                + " || '#' || (SELECT coalesce(string_agg(x::text, '|' ORDER BY id), '') FROM media_files x)";
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

package com.vayyari.wadb.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The schema of ddl/ as a user of the data sees it: comments, keys, cascades, checks, search. */
class SchemaTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @BeforeEach
    void clean() throws SQLException {
        db.execute("TRUNCATE chats CASCADE; UPDATE processing_state SET is_paused = false");
    }

    @Test
    void everyTableAndColumnHasAComment() throws SQLException {
        List<String> missing = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT c.relname, a.attname
                       FROM pg_class c
                       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
                       LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                      WHERE c.relkind = 'r'
                        AND (obj_description(c.oid, 'pg_class') IS NULL
                             OR col_description(c.oid, a.attnum) IS NULL)""")) {
            while (rs.next()) {
                missing.add(rs.getString(1) + "." + rs.getString(2));
            }
        }
        assertEquals(List.of(), missing, "tables/columns without COMMENT");
    }

    @Test
    void theFiveTablesExist() throws SQLException {
        for (String table : List.of("chats", "messages", "chat_tracking_state", "processing_state", "media_files")) {
            assertEquals(table, scalar("SELECT to_regclass('public." + table + "')::text"));
        }
    }

    @Test
    void deletingAChatCascadesAndDeletingAMessageNullsMedia() throws SQLException {
        db.execute("""
                INSERT INTO chats (jid, name) VALUES ('911234567890@s.whatsapp.net', 'Asha');
                INSERT INTO messages (message_id, jid, content, "timestamp")
                     VALUES ('m1', '911234567890@s.whatsapp.net', 'hello', 1700000000),
                            ('m2', '911234567890@s.whatsapp.net', 'photo', 1700000001);
                INSERT INTO chat_tracking_state (jid) VALUES ('911234567890@s.whatsapp.net');
                INSERT INTO media_files (message_id, jid, media_type, minio_url)
                     VALUES ('m2', '911234567890@s.whatsapp.net', 'photo', 'http://minio/b/1.jpg');
                """);
        db.execute("DELETE FROM messages WHERE message_id = 'm2'");
        assertEquals("1", scalar("SELECT count(*) FROM media_files WHERE message_id IS NULL"));

        db.execute("DELETE FROM chats WHERE jid = '911234567890@s.whatsapp.net'");
        assertEquals("0", scalar("SELECT count(*) FROM messages"));
        assertEquals("0", scalar("SELECT count(*) FROM chat_tracking_state"));
        assertEquals("0", scalar("SELECT count(*) FROM media_files"));
    }

    @Test
    void fullTextSearchFindsAWordOfTheContentThroughTheGinIndex() throws SQLException {
        db.execute("""
                INSERT INTO chats (jid) VALUES ('1@s.whatsapp.net');
                INSERT INTO messages (message_id, jid, content, "timestamp")
                     VALUES ('a', '1@s.whatsapp.net', 'Meet at the railway station tomorrow', 1),
                            ('b', '1@s.whatsapp.net', 'nothing here', 2);
                """);
        assertEquals("a", scalar("SELECT message_id FROM messages "
                + "WHERE content_tsv @@ websearch_to_tsquery('simple', 'Railway')"));
        assertTrue(scalar("SELECT indexdef FROM pg_indexes WHERE indexname = 'idx_messages_content_tsv'")
                .contains("USING gin (content_tsv)"));
    }

    @Test
    void checkConstraintsRejectUnknownValues() throws SQLException {
        db.execute("INSERT INTO chats (jid) VALUES ('2@s.whatsapp.net')");
        assertSqlState("23514", "INSERT INTO chat_tracking_state (jid, resume_mode) VALUES ('2@s.whatsapp.net', 'sometime')");
        assertSqlState("23514", "INSERT INTO media_files (jid, media_type, minio_url) VALUES ('2@s.whatsapp.net', 'sticker', 'x')");
        assertSqlState("23514", "INSERT INTO media_files (jid, media_type, minio_url, upload_status) "
                + "VALUES ('2@s.whatsapp.net', 'photo', 'x', 'lost')");
        assertSqlState("23514", "INSERT INTO processing_state (id) VALUES (2)");
        assertSqlState("23505", "INSERT INTO processing_state (id) VALUES (1)");
        assertEquals("1", scalar("SELECT count(*) FROM processing_state"));
        assertFalse(Boolean.parseBoolean(scalar("SELECT is_paused::text FROM processing_state")));
    }

    private static void assertSqlState(String expected, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> db.execute(sql));
        assertEquals(expected, e.getSQLState(), e.getMessage());
    }

    private static String scalar(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}

package com.vayyari.wadb.command;

import com.vayyari.wadb.support.TestDatabase;
import java.sql.SQLException;

/** A small WhatsApp history every command test starts from; times are relative to now so windows can be tested. */
final class Seed {

    static final String ASHA = "919876543210@s.whatsapp.net";
    static final String BOB = "14155550100@s.whatsapp.net";
    static final String FAMILY = "120363012345678901@g.us";
    static final String DEALS = "120363099999999999@g.us";
    static final String CLUB = "447700900123@s.whatsapp.net";

    private Seed() {
    }

    static void load(TestDatabase db) throws SQLException {
        db.execute("""
                TRUNCATE chats, messages, chat_tracking_state, media_files, state_changes RESTART IDENTITY CASCADE;
                UPDATE processing_state SET is_paused = false, paused_at = NULL, resumed_at = NULL, pause_reason = NULL;
                INSERT INTO chats (jid, name, is_group) VALUES
                  ('919876543210@s.whatsapp.net', 'Asha', false),
                  ('14155550100@s.whatsapp.net', 'Bob', false),
                  ('120363012345678901@g.us', 'Family', true),
                  ('120363099999999999@g.us', '100% real_deals', true),
                  ('447700900123@s.whatsapp.net', '1000 realxdeals club', false);
                INSERT INTO messages (message_id, jid, sender_jid, sender_name, is_from_me, content, media_type, "timestamp")
                VALUES
                  ('a1', '919876543210@s.whatsapp.net', '919876543210@s.whatsapp.net', 'Asha', false,
                   'Invoice for May attached', 'document', extract(epoch FROM now())::bigint - 3 * 86400),
                  ('a2', '919876543210@s.whatsapp.net', '910000000001@s.whatsapp.net', NULL, true,
                   'thanks, paying the invoice today', NULL, extract(epoch FROM now())::bigint - 2 * 86400),
                  ('f1', '120363012345678901@g.us', '14155550100@s.whatsapp.net', 'Bob', false,
                   'dinner tonight?', NULL, extract(epoch FROM now())::bigint - 86400),
                  ('f2', '120363012345678901@g.us', '919876543210@s.whatsapp.net', 'Asha', false,
                   'invoice invoice invoice, call me on +91 98765 43210', NULL, extract(epoch FROM now())::bigint - 5 * 3600),
                  ('f3', '120363012345678901@g.us', '910000000001@s.whatsapp.net', NULL, true,
                   'see you at dinner', NULL, extract(epoch FROM now())::bigint - 4 * 3600),
                  ('b1', '14155550100@s.whatsapp.net', '14155550100@s.whatsapp.net', 'Bob', false,
                   E'100% sure, it''s an a_b test\\nsecond line', NULL, extract(epoch FROM now())::bigint - 3600),
                  ('t1', '14155550100@s.whatsapp.net', '14155550100@s.whatsapp.net', 'Bob', false,
                   'tiebreak word', NULL, extract(epoch FROM now())::bigint - 1800),
                  ('t2', '14155550100@s.whatsapp.net', '14155550100@s.whatsapp.net', 'Bob', false,
                   'tiebreak word', NULL, extract(epoch FROM now())::bigint - 900);
                INSERT INTO media_files (message_id, jid, media_type, mime_type, file_name, file_size, minio_url, upload_status)
                VALUES ('a1', '919876543210@s.whatsapp.net', 'document', 'application/pdf', 'may.pdf', 1234,
                        'http://minio/wa/a1.pdf', 'failed'),
                       (NULL, '120363012345678901@g.us', 'photo', 'image/jpeg', 'dinner.jpg', 99,
                        'http://minio/wa/p.jpg', 'uploaded');
                """);
    }
}

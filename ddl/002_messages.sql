-- 002_messages.sql — every WhatsApp message, with full-text search on its content.
-- Idempotent: safe to run any number of times.

CREATE TABLE IF NOT EXISTS messages (
    id           bigserial   PRIMARY KEY,
    message_id   text        NOT NULL UNIQUE,
    jid          text        NOT NULL REFERENCES chats (jid) ON DELETE CASCADE,
    sender_jid   text,
    sender_name  text,
    is_from_me   boolean     NOT NULL DEFAULT false,
    content      text,
    media_type   text,
    media_url    text,
    "timestamp"  bigint      NOT NULL,
    metadata     jsonb       NOT NULL DEFAULT '{}'::jsonb,
    created_at   timestamptz NOT NULL DEFAULT now(),
    -- 'simple' configuration: messages are multilingual, so no language's stemmer fits them all.
    content_tsv  tsvector    GENERATED ALWAYS AS (to_tsvector('simple', coalesce(content, ''))) STORED
);

CREATE INDEX IF NOT EXISTS idx_messages_jid_timestamp ON messages (jid, "timestamp" DESC);
CREATE INDEX IF NOT EXISTS idx_messages_timestamp     ON messages ("timestamp");
CREATE INDEX IF NOT EXISTS idx_messages_sender_jid    ON messages (sender_jid);
CREATE INDEX IF NOT EXISTS idx_messages_media_type    ON messages (media_type) WHERE media_type IS NOT NULL;
CREATE INDEX IF NOT EXISTS idx_messages_content_tsv   ON messages USING gin (content_tsv);

COMMENT ON TABLE  messages             IS 'All WhatsApp messages, with full-text search on content';
COMMENT ON COLUMN messages.id          IS 'Surrogate key (auto-increment)';
COMMENT ON COLUMN messages.message_id  IS 'WhatsApp message id (opaque string), unique';
COMMENT ON COLUMN messages.jid         IS 'Chat the message belongs to (references chats.jid, ON DELETE CASCADE)';
COMMENT ON COLUMN messages.sender_jid  IS 'JID of the sender; for direct chats usually the chat JID or our own';
COMMENT ON COLUMN messages.sender_name IS 'Display name of the sender at the time of the message';
COMMENT ON COLUMN messages.is_from_me  IS 'True when the message was sent by this account';
COMMENT ON COLUMN messages.content     IS 'Message text (caption for media messages)';
COMMENT ON COLUMN messages.media_type  IS 'Kind of attached media (photo, video, audio, document, ...), NULL for plain text';
COMMENT ON COLUMN messages.media_url   IS 'MinIO URL of the attached media';
COMMENT ON COLUMN messages."timestamp" IS 'When the message was sent, in unix seconds';
COMMENT ON COLUMN messages.metadata    IS 'Additional message data as JSONB (reply-to, reactions, raw payload, ...)';
COMMENT ON COLUMN messages.created_at  IS 'When the row was stored';
COMMENT ON COLUMN messages.content_tsv IS 'Full-text search vector of content (simple configuration), generated';
